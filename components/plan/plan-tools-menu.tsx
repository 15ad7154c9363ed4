import { useTranslations } from "next-intl";
import { AppLink } from "@/components/app-link/app-link";
import { briefsRoutes, planRoutes } from "@/lib/site/site-routes";

const tools = [
  { href: planRoutes.questions, label: "questions" },
  { href: planRoutes.review, label: "review" },
  { href: planRoutes.history, label: "history" },
  { href: planRoutes.print, label: "print" },
  { href: planRoutes.card, label: "card" },
  { href: planRoutes.exportFile, label: "export" },
  { href: planRoutes.importFile, label: "import" },
  { href: briefsRoutes.list, label: "briefs" },
] as const;

/** Every tool for the plan behind one line; a <details>, so it opens without JavaScript. */
export function PlanToolsMenu() {
  const t = useTranslations("plan.tools");
  return (
    <details className="print-hidden mb-6" data-plan-tools="">
      <summary className="inline-block cursor-pointer py-2 font-bold">{t("summary")}</summary>
      <nav aria-label={t("summary")}>
        <ul className="mt-1 mb-0 list-none rounded-md border-2 border-gray-200 p-2">
          {tools.map((tool) => (
            <li key={tool.href}>
              <AppLink href={tool.href} className="inline-block py-2">
                {t(tool.label)}
              </AppLink>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  );
}
