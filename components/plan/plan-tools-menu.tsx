import { AppLink } from "@/components/app-link/app-link";
import { planRoutes } from "@/lib/site/site-routes";

const tools = [
  { href: planRoutes.questions, label: "Your answers" },
  { href: planRoutes.review, label: "Review my plan" },
  { href: planRoutes.history, label: "History" },
  { href: planRoutes.print, label: "Print" },
  { href: planRoutes.card, label: "Wallet card" },
  { href: planRoutes.exportFile, label: "Save a locked copy" },
  { href: planRoutes.importFile, label: "Bring back a copy" },
];

/** Every tool for the plan behind one line; a <details>, so it opens without JavaScript. */
export function PlanToolsMenu() {
  return (
    <details className="print-hidden mb-6" data-plan-tools="">
      <summary className="inline-block cursor-pointer py-2 font-bold">Plan tools</summary>
      <nav aria-label="Plan tools">
        <ul className="mt-1 mb-0 list-none rounded-md border-2 border-gray-200 p-2">
          {tools.map((tool) => (
            <li key={tool.href}>
              <AppLink href={tool.href} className="inline-block py-2">
                {tool.label}
              </AppLink>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  );
}
