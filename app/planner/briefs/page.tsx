import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AppLink } from "@/components/app-link/app-link";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { listBriefs } from "@/lib/brief-store/brief-store";
import { currentDisplay } from "@/lib/settings/current-display";
import { describeTimeIn } from "@/lib/site/describe-time";
import { briefsRoutes, planRoutes, siteRoutes } from "@/lib/site/site-routes";
import { pageTitle } from "@/lib/site/page-title";
import { endAllBriefsAction, endBriefAction } from "./brief-actions";
import { BriefsEnded } from "./briefs-ended";

export const generateMetadata = pageTitle("makeAPlan");

type Query = { ended?: string | string[]; count?: string | string[]; confirm?: string | string[] };
type Props = { session: SignedIn; searchParams: Promise<Query> };

const first = (value: string | string[] | undefined) => [value ?? ""].flat()[0];

/** Her briefs: to whom, what each holds, when it ends and when it was last opened; end one or all. */
async function BriefsPage({ session, searchParams }: Props) {
  const [briefs, query, display, locale, t, parts, format] = await Promise.all([
    listBriefs(session),
    searchParams,
    currentDisplay(),
    getLocale(),
    getTranslations("helperBriefs.list"),
    getTranslations("helperBriefs.parts"),
    getFormatter(),
  ]);
  const zone = display.timeZone?.name;
  const now = new Date();
  const confirming = first(query.confirm) === "all" && briefs.length > 0;
  return (
    <>
      <p className="mb-2 text-sm">
        <AppLink href={siteRoutes.makeAPlan.href}>{t("back")}</AppLink>
      </p>
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      <BriefsEnded ended={first(query.ended)} count={Number(first(query.count)) || 0} />
      {briefs.length === 0 ? (
        <>
          <p data-briefs-none="">{t("none")}</p>
          <ul>
            <li>
              <AppLink href={planRoutes.section("trusted-people")}>{t("makeFromPeople")}</AppLink>
            </li>
            <li>
              <AppLink href={siteRoutes.changePlan.href}>{t("makeFromSupporters")}</AppLink>
            </li>
          </ul>
        </>
      ) : (
        <ul className="list-none pl-0">
          {briefs.map((brief, index) => {
            const headingId = `brief-${index}`;
            return (
              <li key={brief.id} className="mb-4 rounded-md border border-gray-300 p-4" data-brief="">
                <p id={headingId} className="mb-1 text-lg font-bold" data-brief-label="">
                  {brief.label}
                </p>
                <p className="mb-1">
                  {brief.parts.length > 0
                    ? t("holds", { parts: format.list(brief.parts.map((part) => parts(part))) })
                    : t("holdsNothing")}
                </p>
                <p className="mb-1">
                  {t("ends", { date: format.dateTime(brief.expiresAt, { dateStyle: "long", timeZone: zone }) })}
                </p>
                <p className="mb-2 text-muted" data-brief-opened="">
                  {brief.lastOpenedAt
                    ? t("opened", { time: describeTimeIn(brief.lastOpenedAt, zone, now, locale) })
                    : t("notOpened")}
                </p>
                <form action={endBriefAction}>
                  <input type="hidden" name="briefId" value={brief.id} />
                  <button
                    type="submit"
                    aria-describedby={headingId}
                    className="min-h-11 rounded-md border-2 border-ink px-4 py-1 font-bold"
                  >
                    {t("endOne")}
                  </button>
                </form>
              </li>
            );
          })}
        </ul>
      )}
      {briefs.length > 0 && <p className="text-sm text-muted">{t("openedNote")}</p>}
      {briefs.length > 0 && !confirming && (
        <p>
          <AppLink
            href={`${briefsRoutes.list}?confirm=all`}
            className="inline-block min-h-11 rounded-md bg-exit px-5 py-2 font-bold text-white no-underline"
          >
            {t("endAll")}
          </AppLink>
        </p>
      )}
      {confirming && (
        <section
          aria-labelledby="end-all"
          className="rounded-md border-l-4 border-exit bg-red-50 p-4"
          data-briefs-confirm=""
        >
          <h2 id="end-all" className="mt-0">
            {t("endAll")}
          </h2>
          <p>{t("endAllAsk", { count: briefs.length })}</p>
          <form action={endAllBriefsAction} className="flex flex-wrap items-center gap-4">
            <button type="submit" className="min-h-11 rounded-md bg-exit px-5 py-2 font-bold text-white">
              {t("endAllYes")}
            </button>
            <AppLink href={briefsRoutes.list}>{t("endAllNo")}</AppLink>
          </form>
        </section>
      )}
    </>
  );
}

export default guardedPage(BriefsPage);
