import type { Metadata } from "next";
import { SignOutButton } from "@/components/account/sign-out-button";
import { AppLink } from "@/components/app-link/app-link";
import { requireSession } from "@/lib/auth/require-session";
import { database } from "@/lib/db/database";
import { loadPlan } from "@/lib/plan/plan-store";
import { reviewIsDue } from "@/lib/plan/review-due";
import { listRecords } from "@/lib/records/record-store";
import { describeTime } from "@/lib/site/describe-time";
import { planRoutes, siteRoutes } from "@/lib/site/site-routes";
import { pageOrUnavailable } from "@/components/errors/page-or-unavailable";

export const metadata: Metadata = { title: siteRoutes.account.title };

async function AccountPage() {
  const session = await requireSession();
  const [profile] = await listRecords(database(), session, "profile");
  const plan = await loadPlan(database(), session);
  return (
    <>
      <h1>Your account</h1>
      <p>
        Signed in as <strong>{profile?.value.username ?? "you"}</strong>.
      </p>
      <p className="rounded-md bg-calm p-4" data-last-sign-in="">
        {session.previousSignInAt
          ? `Before this visit, this account was last signed in ${describeTime(session.previousSignInAt)}. If that was not you, change your passphrase and sign out everywhere.`
          : "This is the first time this account has been signed in."}
      </p>
      {reviewIsDue(plan.value) && (
        <p role="status" className="rounded-md border-l-4 border-link bg-calm p-4" data-review-due="">
          You asked to look over your plan by {plan.value.reviewBy}. <AppLink href={planRoutes.review} className="font-bold">Review my plan</AppLink>
        </p>
      )}
      <ul>
        <li>
          <AppLink href={siteRoutes.makeAPlan.href}>Your safety plan</AppLink>
        </li>
        <li>
          <AppLink href={siteRoutes.changePlan.href}>{siteRoutes.changePlan.navLabel}</AppLink>
        </li>
        <li>
          <AppLink href={siteRoutes.changePassphrase.href}>{siteRoutes.changePassphrase.navLabel}</AppLink>
        </li>
        <li>
          <AppLink href={siteRoutes.sessions.href}>{siteRoutes.sessions.navLabel}</AppLink>
        </li>
        <li>
          <AppLink href={siteRoutes.displaySettings.href}>{siteRoutes.displaySettings.navLabel}</AppLink>
        </li>
        <li>
          <AppLink href={siteRoutes.deleteAccount.href}>{siteRoutes.deleteAccount.navLabel}</AppLink>
        </li>
      </ul>
      <SignOutButton />
    </>
  );
}

export default pageOrUnavailable(AccountPage);
