import { SignOutButton } from "@/components/account/sign-out-button";
import { AppLink } from "@/components/app-link/app-link";
import { accountStore } from "@/lib/auth/account-store";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { reviewIsDue } from "@/lib/plan/review-due";
import { planOf } from "@/lib/plan-store/saved-plans";
import { planPlaces } from "@/lib/settings/plan-kind";
import { currentDisplay } from "@/lib/settings/current-display";
import { describeTimeIn } from "@/lib/site/describe-time";
import { planRoutes, siteRoutes } from "@/lib/site/site-routes";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("account");

async function AccountPage({ session }: { session: SignedIn }) {
  const [username, plan, display] = await Promise.all([
    accountStore.usernameOf(session),
    planOf(session),
    currentDisplay(),
  ]);
  const kind = display.planKind;
  return (
    <>
      <h1>Your account</h1>
      <p>
        Signed in as <strong>{username ?? "you"}</strong>.
      </p>
      <p className="rounded-md bg-calm p-4" data-last-sign-in="">
        {session.previousSignInAt
          ? `Before this visit, this account was last signed in ${describeTimeIn(session.previousSignInAt, display.timeZone?.name)}. If that was not you, change your passphrase and sign out everywhere.`
          : "This is the first time this account has been signed in."}
      </p>
      {kind === "safety" && reviewIsDue(plan.value) && (
        <p role="status" className="rounded-md border-l-4 border-link bg-calm p-4" data-review-due="">
          You asked to look over your plan by {plan.value.reviewBy}.{" "}
          <AppLink href={planRoutes.review} className="font-bold">
            Review my plan
          </AppLink>
        </p>
      )}
      <ul>
        {/* Only the plan the person chose; the other stays one quiet link away, below. */}
        <li>
          <AppLink href={planPlaces[kind].home}>{planPlaces[kind].name}</AppLink>
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
      <p className="mt-6 text-sm">
        <AppLink href={siteRoutes.planKind.href} className="text-muted">
          {siteRoutes.planKind.navLabel}
        </AppLink>
      </p>
    </>
  );
}

export default guardedPage(AccountPage);
