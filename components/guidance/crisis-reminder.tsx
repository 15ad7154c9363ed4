import { AppLink } from "@/components/app-link/app-link";
import { siteRoutes } from "@/lib/site/site-routes";

/** A calm pointer to help at the end of every guidance page. */
export function CrisisReminder() {
  return (
    <aside aria-labelledby="talk-now-heading" className="mt-8 rounded-md border-l-4 border-exit bg-red-50 p-4">
      <h2 id="talk-now-heading" className="mt-0 text-base">
        If you need to talk to someone now
      </h2>
      <p className="mb-0">
        In an emergency, call <a href="tel:911">911</a>. Free helplines are open day and night:{" "}
        <AppLink href={siteRoutes.getHelp.href}>see who you can call or text</AppLink>.
      </p>
    </aside>
  );
}
