import type { Metadata } from "next";
import { SignOutButton } from "@/components/account/sign-out-button";
import { AppLink } from "@/components/app-link/app-link";
import { accountStore } from "@/lib/auth/account-store";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { reviewIsDue } from "@/lib/plan/review-due";
import { planOf } from "@/lib/plan-store/saved-plans";
import { describeTime } from "@/lib/site/describe-time";
import { planRoutes, siteRoutes } from "@/lib/site/site-routes";

export const metadata: Metadata = { title: siteRoutes.account.title };

async function AccountPage({ session }: { session: SignedIn }) {
  const [username, plan] = await Promise.all([accountStore.usernameOf(session), planOf(session)]);
  return (
    <>
      <h1>Your account</h1>
      <p>
        Signed in as <strong>{username ?? "you"}</strong>.
      </p>
      <p className="rounded-md bg-calm p-4" data-last-sign-in="">
        {session.previousSignInAt
          ? `Before this visit, this account was last signed in ${describeTime(session.previousSignInAt)}. If that was not you, change your passphrase and sign out everywhere.`
          : "This is the first time this account has been signed in."}
      </p>
      {reviewIsDue(plan.value) && (
        <p role="status" className="rounded-md border-l-4 border-link bg-calm p-4" data-review-due="">
          You asked to look over your plan by {plan.value.reviewBy}.{" "}
          <AppLink href={planRoutes.review} className="font-bold">
            Review my plan
          </AppLink>
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

export default guardedPage(AccountPage);
