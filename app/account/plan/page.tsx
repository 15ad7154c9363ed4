import { getLocale, getTranslations } from "next-intl/server";
import { PlanKindForm } from "@/components/account/plan-kind-form";
import { AppLink } from "@/components/app-link/app-link";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { planKindStore } from "@/lib/settings/plan-kind-store";
import { siteRoutes } from "@/lib/site/site-routes";
import { choosePlanKindAction } from "./plan-kind-action";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("planKind");

async function PlanKindPage({ session }: { session: SignedIn }) {
  const [chosen, t, locale] = await Promise.all([planKindStore.of(session), getTranslations("account"), getLocale()]);
  return (
    <>
      <p className="mb-2 text-sm">
        <AppLink href={siteRoutes.account.href}>{t("back")}</AppLink>
      </p>
      <h1>{t("planKindPage.heading")}</h1>
      <p>{t("planKindPage.intro", { plan: t(`planNames.${chosen}`).toLocaleLowerCase(locale) })}</p>
      <PlanKindForm
        action={choosePlanKindAction}
        chosen={chosen}
        words={{
          label: t("planKind.label"),
          hint: t("planKind.hint"),
          safety: t("planKind.safety"),
          change: t("planKind.change"),
          save: t("planKindPage.save"),
        }}
      />
    </>
  );
}

export default guardedPage(PlanKindPage);
