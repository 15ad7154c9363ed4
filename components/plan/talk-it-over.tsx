import { useLocale, useTranslations } from "next-intl";
import { AppLink } from "@/components/app-link/app-link";
import { languagesOf } from "@/components/resource-directory/resource-card";
import { ResourceContact } from "@/components/resource-directory/resource-contact";
import { shortAddress } from "@/lib/content/crisis-lines";
import { directory } from "@/lib/content/guidance";
import { handOffFor, type HandOffLine } from "@/lib/content/hand-off-lines";
import { dialable, type Resource } from "@/lib/content/resource-schema";
import { servesCountry, whereServed } from "@/lib/content/service-area";
import { inLanguage } from "@/lib/content/in-language";
import { useRegionWords } from "@/lib/content/region-words";
import { TALK_IT_OVER_ID } from "@/lib/forms/reflection-form-state";
import type { Circumstances } from "@/lib/plan/circumstances";
import { lookBackWordsFor } from "@/lib/content/plan-words-for";
import { riskQuestion, type LookBackWords } from "@/lib/plan/risk-questions";
import { answeredYes, type RiskAnswers } from "@/lib/plan/risk-reflection";
import { planRoutes } from "@/lib/site/site-routes";

const named = (ids: HandOffLine["because"], words: LookBackWords, quote: (name: string) => string) =>
  ids.map((id) => quote(riskQuestion(id, words).short)).join(", ");

/** One line from the directory: who answers, how to reach them, and what reaching them can leave behind. */
function LineToCall({ resource: chosen, because }: { resource: Resource; because?: HandOffLine["because"] }) {
  const t = useTranslations("lookBack.talk");
  const directoryWords = useTranslations("pages.directory");
  const locale = useLocale();
  const regions = useRegionWords();
  const [resource = chosen] = inLanguage([chosen], locale);
  const quote = (name: string) => t("quoted", { name });
  return (
    <li className="mb-4" data-hand-off-line={resource.id}>
      <div data-directory="">
        <strong>{resource.name}</strong>
        {!servesCountry(resource) && ` (${whereServed(resource, regions)})`}
        <p className="mb-1">{resource.offers}</p>
        <ResourceContact resource={resource} />
        <p className="mb-1 text-sm text-muted">
          {resource.hours} · {languagesOf(resource, directoryWords)}
        </p>
      </div>
      {because && because.length > 0 && (
        <p className="mb-1 text-sm">{t("because", { named: named(because, lookBackWordsFor(locale), quote) })}</p>
      )}
      <p className="mb-0 text-sm">
        <strong>{t("leavesBehind")}</strong> <span data-directory="">{resource.traces}</span>
      </p>
    </li>
  );
}

/**
 * After the look back: which line in the directory the person could call, what they could say,
 * and what the call leaves behind. Chosen by where they live and what they answered "yes" to;
 * when nothing was "yes", the same lines are offered, because a line is always there.
 */
export function TalkItOver({ answers, circumstances }: { answers: RiskAnswers; circumstances: Circumstances }) {
  const t = useTranslations("lookBack.talk");
  const locale = useLocale();
  const words = lookBackWordsFor(locale);
  const yes = answeredYes(answers);
  const regions = useRegionWords();
  const handOff = handOffFor(directory(), circumstances, yes);
  const [emergency] = handOff.emergency ? inLanguage([handOff.emergency], locale) : [];
  const { lines, shelters } = handOff;
  const province = circumstances.province ? regions.name(circumstances.province) : handOff.province;
  const quote = (name: string) => t("quoted", { name });
  const openers = [t("firstWords"), ...yes.map((id) => riskQuestion(id, words).opener), t("shortOnTime")];
  return (
    <section
      id={TALK_IT_OVER_ID}
      aria-labelledby={`${TALK_IT_OVER_ID}-heading`}
      className="mt-8 rounded-md bg-calm p-4"
      data-hand-off=""
    >
      <h2 id={`${TALK_IT_OVER_ID}-heading`} className="mt-0">
        {t("heading")}
      </h2>
      {yes.length > 0 ? <p>{t("someYes")}</p> : <p>{t("noYes")}</p>}
      {emergency?.phone && (
        <p>
          <strong>{t("danger")}</strong>{" "}
          <span data-directory="">
            {emergency.name}, <a href={`tel:${dialable(emergency.phone)}`}>{emergency.phone}</a>
          </span>
        </p>
      )}
      <h3 className="text-base">{t("whoHeading")}</h3>
      <ul className="list-none pl-0">
        {lines.map((line) => (
          <LineToCall key={line.resource.id} resource={line.resource} because={line.because} />
        ))}
        {shelters && <LineToCall resource={shelters} />}
      </ul>
      {shelters && (
        <p className="text-sm">
          {province ? t("noProvinceLine", { province }) : t("allCanada")}{" "}
          <span data-directory="">{inLanguage([shelters], locale)[0]?.name ?? shelters.name}</span> (
          {shortAddress(shelters.url)}) {t("shelters")}
          {!province && (
            <>
              {" "}
              {t("addProvinceBefore")} <AppLink href={planRoutes.questions}>{t("addProvinceLink")}</AppLink>.
            </>
          )}
        </p>
      )}
      <h3 className="text-base">{t("sayHeading")}</h3>
      <p className="mb-1">{t("sayIntro")}</p>
      <ul data-openers="">
        {openers.map((opener) => (
          <li key={opener}>{quote(opener)}</li>
        ))}
      </ul>
      <h3 className="text-base">{t("phoneHeading")}</h3>
      <p className="mb-0">{t("phone")}</p>
    </section>
  );
}
