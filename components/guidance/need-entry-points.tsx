import { AppLink } from "@/components/app-link/app-link";
import { getTranslations } from "next-intl/server";
import { audienceWords } from "@/lib/content/audience-words";
import type { AudienceId } from "@/lib/content/audiences";
import { audienceCode } from "@/lib/content/guidance";
import { topicPath } from "@/lib/site/site-routes";

const byNeed: AudienceId[] = ["survivors", "friends-family", "people-who-used-violence", "workplaces"];
const alsoHere: AudienceId[] = ["everyone", "advocates"];

/** The ways in from the home page, named by what the person is worried about. */
export async function NeedEntryPoints() {
  const [t, words] = await Promise.all([getTranslations("home"), audienceWords()]);
  return (
    <>
      <ul className="grid list-none gap-3 pl-0 sm:grid-cols-2">
        {byNeed.map((id) => (
          <li key={id}>
            <AppLink
              href={topicPath(audienceCode(id))}
              className="block h-full rounded-md border-2 border-gray-300 p-4 font-bold no-underline hover:border-link"
            >
              {words(id).need}
              <span className="mt-1 block font-normal text-muted">{words(id).description}</span>
            </AppLink>
          </li>
        ))}
      </ul>
      <p>
        {t("alsoHere")}{" "}
        {alsoHere.map((id, index) => (
          <span key={id}>
            {index > 0 && " · "}
            <AppLink href={topicPath(audienceCode(id))}>{words(id).need}</AppLink>
          </span>
        ))}
      </p>
    </>
  );
}
