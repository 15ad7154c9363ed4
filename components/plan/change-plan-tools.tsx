import { AppLink } from "@/components/app-link/app-link";
import { changePlanRoutes } from "@/lib/site/site-routes";

const tools = [
  [changePlanRoutes.questions, "Your answers"],
  [changePlanRoutes.history, "Your plan over time"],
  [changePlanRoutes.print, "Print"],
  [changePlanRoutes.exportFile, "Save a locked copy"],
  [changePlanRoutes.importFile, "Bring back a copy"],
] as const;

/** The change plan's other pages, as one short list of links. */
export function ChangePlanTools() {
  return (
    <nav aria-label="Change plan tools" className="mb-6">
      <ul className="flex list-none flex-wrap gap-x-4 gap-y-1 pl-0 text-sm">
        {tools.map(([href, label]) => (
          <li key={href}>
            <AppLink href={href}>{label}</AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
