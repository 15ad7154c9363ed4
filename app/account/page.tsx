import { getLocale, getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/account/sign-out-button";
import { AppLink } from "@/components/app-link/app-link";
import { accountStore } from "@/lib/auth/account-store";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { describeDay } from "@/lib/plan/calendar-day";
import { reviewIsDue } from "@/lib/plan/review-due";
import { planOf } from "@/lib/plan-store/saved-plans";
import { planPlaces } from "@/lib/settings/plan-kind";
import { currentDisplay } from "@/lib/settings/current-display";
import { describeTimeIn } from "@/lib/site/describe-time";
import { planRoutes, siteRoutes } from "@/lib/site/site-routes";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("account");

async function AccountPage({ session }: { session: SignedIn }) {
  const [username, plan, display, locale, t, routes] = await Promise.all([
    accountStore.usernameOf(session),
    planOf(session),
    currentDisplay(),
    getLocale(),
    getTranslations("account"),
    getTranslations("routes"),
  ]);
  const kind = display.planKind;
  return (
    <>
      <h1>{t("home.heading")}</h1>
      <p>
        {`${t("home.signedInAs")} `}
        <strong>{username ?? t("home.you")}</strong>.
      </p>
      <p className="rounded-md bg-calm p-4" data-last-sign-in="">
        {session.previousSignInAt
          ? t("home.lastSignIn", {
              when: describeTimeIn(session.previousSignInAt, display.timeZone?.name, new Date(), locale),
            })
          : t("home.firstSignIn")}
      </p>
      {kind === "safety" && reviewIsDue(plan.value) && (
        <p role="status" className="rounded-md border-l-4 border-link bg-calm p-4" data-review-due="">
          {t("home.reviewBy", { date: plan.value.reviewBy ? describeDay(plan.value.reviewBy, locale) : "" })}{" "}
          <AppLink href={planRoutes.review} className="font-bold">
            {t("home.review")}
          </AppLink>
        </p>
      )}
      <ul>
        {/* Only the plan the person chose; the other stays one quiet link away, below. */}
        <li>
          <AppLink href={planPlaces[kind].home}>{t(`planNames.${kind}`)}</AppLink>
        </li>
        <li>
          <AppLink href={siteRoutes.changePassphrase.href}>{routes("changePassphrase")}</AppLink>
        </li>
        <li>
          <AppLink href={siteRoutes.sessions.href}>{routes("sessions")}</AppLink>
        </li>
        <li>
          <AppLink href={siteRoutes.displaySettings.href}>{routes("displaySettings")}</AppLink>
        </li>
        <li>
          <AppLink href={siteRoutes.deleteAccount.href}>{routes("deleteAccount")}</AppLink>
        </li>
      </ul>
      <SignOutButton label={t("signOut")} />
      <p className="mt-6 text-sm">
        <AppLink href={siteRoutes.planKind.href} className="text-muted">
          {routes("planKind")}
        </AppLink>
      </p>
    </>
  );
}

export default guardedPage(AccountPage);
