import { AppLink } from "@/components/app-link/app-link";
import { emergencyLine, footerCrisisLines, type CrisisLine } from "@/lib/resources/crisis-lines";
import { siteRoutes } from "@/lib/site/site-routes";

export function SiteFooter() {
  return (
    <footer className="print-hidden mt-12 border-t border-gray-200 bg-calm">
      <div className="mx-auto max-w-3xl px-4 py-6 text-sm">
        <h2 className="mt-0 text-base">Talk to someone</h2>
        <ul className="list-none pl-0">
          {[emergencyLine, ...footerCrisisLines].map((line) => (
            <FooterLine key={line.name} line={line} />
          ))}
        </ul>
        <p className="text-muted">
          A call can show up in the phone&apos;s call log or on a bill.{" "}
          <AppLink href={siteRoutes.getHelp.href}>More ways to get help</AppLink>
        </p>
        <p className="mb-0">
          <AppLink href={siteRoutes.aboutQuickExit.href}>About quick exit</AppLink>
          {" · "}
          <AppLink href={siteRoutes.howWeProtectYou.href}>How we protect you</AppLink>
        </p>
      </div>
    </footer>
  );
}

function FooterLine({ line }: { line: CrisisLine }) {
  return (
    <li className="mb-2">
      <span className="font-bold">{line.name}</span>: <a href={`tel:${line.dial}`}>{line.phone}</a>
      <span className="block text-muted">{line.description}</span>
    </li>
  );
}
