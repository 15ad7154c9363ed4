import { useTranslations } from "next-intl";
import { AppLink } from "@/components/app-link/app-link";

/**
 * Before anything goes on paper: paper can be found, and the person decides what is worth it. Without
 * `continueHref`, the page's own form comes next. The change plan's reader is thought to be the one who
 * hurt someone, so its warning asks who could read it instead.
 */
type Props = { continueHref?: string; what: "plan" | "card" | "changePlan" };

const found = { plan: "foundPlan", card: "foundCard", changePlan: "foundChangePlan" } as const;

export function PaperWarning({ continueHref, what }: Props) {
  const t = useTranslations("planFiles.paper");
  return (
    <section aria-labelledby="paper-heading" className="rounded-md border-2 border-exit p-4">
      <h2 id="paper-heading" className="mt-0">
        {t("heading")}
      </h2>
      <p>{t(found[what])}</p>
      <p className={continueHref ? undefined : "mb-0"}>{t("printer")}</p>
      {continueHref && (
        <p className="mb-0">
          <AppLink href={continueHref} className="font-bold">
            {t(what === "card" ? "continueCard" : "continuePlan")}
          </AppLink>
        </p>
      )}
    </section>
  );
}
