import { useLocale, useTranslations } from "next-intl";
import { AppLink } from "@/components/app-link/app-link";
import { crisisLinesFor, directoryOfShelters, namesWhereServed, shortAddress } from "@/lib/content/crisis-lines";
import { directory } from "@/lib/content/guidance";
import { inLanguage } from "@/lib/content/in-language";
import { useRegionWords } from "@/lib/content/region-words";
import { dialable } from "@/lib/content/resource-schema";
import { whereServed } from "@/lib/content/service-area";
import type { Circumstances } from "@/lib/plan/circumstances";
import { planRoutes, siteRoutes } from "@/lib/site/site-routes";

/**
 * The lines to call in a hurry, taken from the resource directory and chosen by the person's
 * answers: the whole country's, their province's if they said which, in the language they asked for
 * first. On paper, the links read as plain text.
 */
type Props = { answers: Circumstances; paper?: boolean; heading?: "h2" | "h3" | "h4" };

export function PlanCrisisLines({ answers, paper = false, heading: Heading = "h3" }: Props) {
  const t = useTranslations("plan.crisisLines");
  const locale = useLocale();
  const regions = useRegionWords();
  const chosen = crisisLinesFor(directory(), answers);
  const { hasRegionalLines, inTheirLanguage } = chosen;
  const lines = inLanguage(chosen.lines, locale);
  const province = answers.province ? regions.name(answers.province) : chosen.province;
  const languageNote =
    answers.preferredLanguage === "fr"
      ? t("inFrench")
      : answers.preferredLanguage === "other"
        ? t("interpreter")
        : undefined;
  const shelters = directoryOfShelters(inLanguage(directory(), locale));
  return (
    <div className="mb-4 rounded-md bg-calm p-3" data-crisis-lines="">
      <Heading className="mt-0 text-base">{t("heading")}</Heading>
      <ul className="mb-2">
        {lines.map((line) => (
          <li key={line.id}>
            <strong>{line.name}</strong>: <a href={`tel:${dialable(line.phone as string)}`}>{line.phone}</a>
            {namesWhereServed(line, chosen.province) && ` (${whereServed(line, regions)})`}
            {languageNote && inTheirLanguage.includes(line.id) && ` · ${languageNote}`}
          </li>
        ))}
      </ul>
      {!province && (
        <p className="mb-0 text-sm">
          {t("allCanada")}{" "}
          {paper
            ? t("addProvincePaper")
            : t.rich("addProvince", {
                answers: (words) => <AppLink href={planRoutes.questions}>{words}</AppLink>,
                resources: (words) => <AppLink href={siteRoutes.resources.href}>{words}</AppLink>,
              })}
        </p>
      )}
      {answers.preferredLanguage === "other" && inTheirLanguage.length === 0 && (
        <p className="mb-2 text-sm">{t("noInterpreterInfo")}</p>
      )}
      {province && !hasRegionalLines && (
        <p className="mb-0 text-sm">
          {t("noRegional", { province })}
          {shelters && ` ${t("shelters", { name: shelters.name, address: shortAddress(shelters.url) })}`}
        </p>
      )}
    </div>
  );
}
