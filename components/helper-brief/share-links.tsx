import { useTranslations } from "next-intl";
import { AppLink } from "@/components/app-link/app-link";
import { briefsRoutes } from "@/lib/site/site-routes";

/** "Share their part with them" beside each person already saved, and the way to her list of notes. */
export function ShareLinks({ people }: { people: { name: string; href: string }[] }) {
  const t = useTranslations("helperBriefs.entry");
  if (people.length === 0) return null;
  return (
    <section aria-labelledby="share-parts" className="print-hidden mt-8" data-share-links="">
      <h2 id="share-parts">{t("heading")}</h2>
      <p>{t("intro")}</p>
      <ul>
        {people.map((person, index) => (
          <li key={person.href} className="mb-2">
            <span id={`share-${index}`} className="font-bold">
              {person.name}
            </span>{" "}
            <AppLink href={person.href} aria-describedby={`share-${index}`}>
              {t("share")}
            </AppLink>
          </li>
        ))}
      </ul>
      <p>
        <AppLink href={briefsRoutes.list}>{t("list")}</AppLink>
      </p>
    </section>
  );
}
