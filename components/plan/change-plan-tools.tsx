import { useTranslations } from "next-intl";
import { AppLink } from "@/components/app-link/app-link";
import { briefsRoutes, changePlanRoutes } from "@/lib/site/site-routes";

const tools = [
  [changePlanRoutes.questions, "questions"],
  [changePlanRoutes.history, "history"],
  [changePlanRoutes.print, "print"],
  [changePlanRoutes.exportFile, "export"],
  [changePlanRoutes.importFile, "import"],
  [briefsRoutes.list, "briefs"],
] as const;

/** The change plan's other pages, as one short list of links. */
export function ChangePlanTools() {
  const t = useTranslations("changePlan.tools");
  return (
    <nav aria-label={t("label")} className="mb-6">
      <ul className="flex list-none flex-wrap gap-x-4 gap-y-1 pl-0 text-sm">
        {tools.map(([href, label]) => (
          <li key={href}>
            <AppLink href={href}>{t(label)}</AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
