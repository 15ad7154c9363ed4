import { pageTitle } from "@/lib/site/page-title";
import { notFound } from "next/navigation";
import { AppLink } from "@/components/app-link/app-link";
import { Breadcrumbs } from "@/components/breadcrumbs/breadcrumbs";
import { CrisisReminder } from "@/components/guidance/crisis-reminder";
import { GuidanceList } from "@/components/guidance/guidance-list";
import { audiences } from "@/lib/content/audiences";
import { audienceByCode, audienceCode, guidanceFor } from "@/lib/content/guidance";
import { linksForPath, siteRoutes } from "@/lib/site/site-routes";

export const generateMetadata = pageTitle("topics");

export default async function TopicPage({ params }: { params: Promise<{ code: string }> }) {
  const audience = audienceByCode((await params).code);
  if (!audience) notFound();
  const { label, short, description } = audiences[audience];
  return (
    <>
      <Breadcrumbs trail={[{ label: siteRoutes.home.navLabel, href: siteRoutes.home.href }, { label: short }]} />
      <h1>{label}</h1>
      <p className="text-lg text-muted">{description}</p>
      {audience === "people-who-used-violence" && (
        <p className="rounded-md border-l-4 border-link bg-calm p-4">
          <AppLink href={siteRoutes.changePlan.href} className="font-bold">
            Keep a private change plan
          </AppLink>
          : your values, your warning signs, what you do instead and who supports you, in an account only you can open.
        </p>
      )}
      {audience === "survivors" && (
        <p className="rounded-md border-l-4 border-link bg-calm p-4">
          <AppLink href={siteRoutes.makeAPlan.href} className="font-bold">
            Make a private safety plan
          </AppLink>{" "}
          that fits your situation, and change it whenever you need to.
        </p>
      )}
      <GuidanceList pages={guidanceFor(audience)} headingLevel={2} />
      <p>
        <AppLink href={linksForPath(audienceCode(audience))}>Services that can help</AppLink>
      </p>
      <CrisisReminder />
    </>
  );
}
