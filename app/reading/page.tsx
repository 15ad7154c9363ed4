import { AppLink } from "@/components/app-link/app-link";
import { GuidanceList } from "@/components/guidance/guidance-list";
import { audiences } from "@/lib/content/audiences";
import { guidanceFor } from "@/lib/content/guidance";
import { siteRoutes } from "@/lib/site/site-routes";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("helpSomeone");

export default function HelpSomeonePage() {
  return (
    <>
      <h1>Help someone</h1>
      <p>
        When someone you care about is being hurt, it is natural to want to fix it. What tends to help most is quieter
        than that: believing them, letting them decide, and being someone they can come back to.
      </p>
      <h2>{audiences["friends-family"].label}</h2>
      <GuidanceList pages={guidanceFor("friends-family")} />
      <h2>{audiences.workplaces.label}</h2>
      <GuidanceList pages={guidanceFor("workplaces")} />
      <p>
        Helplines talk with friends, family and co-workers too.{" "}
        <AppLink href={siteRoutes.getHelp.href}>See who you can call</AppLink>.
      </p>
    </>
  );
}
