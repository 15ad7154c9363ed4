import { useLocale, useTranslations } from "next-intl";
import { AppLink } from "@/components/app-link/app-link";
import { changePlanLinesFor } from "@/lib/content/crisis-lines";
import { directory } from "@/lib/content/guidance";
import { inLanguage } from "@/lib/content/in-language";
import { useRegionWords } from "@/lib/content/region-words";
import type { ProvinceCode } from "@/lib/content/regions";
import { dialable, type Resource } from "@/lib/content/resource-schema";
import { whereServed } from "@/lib/content/service-area";
import { changePlanRoutes } from "@/lib/site/site-routes";

function Line({ line, details }: { line: Resource; details?: string }) {
  return (
    <li data-line={line.id}>
      <strong>{line.name}</strong>: <a href={`tel:${dialable(line.phone as string)}`}>{line.phone}</a>
      {details && ` (${details})`}
    </li>
  );
}

type Props = { province?: ProvinceCode; paper?: boolean; heading?: "h2" | "h3" };

/**
 * The change plan's lines to call, all read from the resource directory: for right now, and those
 * made for people who want to stop using violence, where the person lives if they said. On paper,
 * no link to the questions.
 */
export function ChangePlanLines({ province, paper = false, heading: Heading = "h2" }: Props) {
  const t = useTranslations("changePlan.lines");
  const locale = useLocale();
  const regions = useRegionWords();
  const chosen = changePlanLinesFor(directory(), province);
  const lines = {
    urgent: inLanguage(chosen.urgent, locale),
    stopping: inLanguage(chosen.stopping, locale),
    province: province ? regions.name(province) : chosen.province,
  };
  return (
    <section aria-labelledby="change-lines-heading" className="mb-6 rounded-md bg-calm p-3" data-crisis-lines="">
      <Heading id="change-lines-heading" className="mt-0 text-base">
        {t("heading")}
      </Heading>
      <p className="mb-1 text-sm">{t("urgent")}</p>
      <ul className="mb-2">
        {lines.urgent.map((line) => (
          <Line key={line.id} line={line} />
        ))}
      </ul>
      <p className="mb-1 text-sm">{t("stopping")}</p>
      {lines.stopping.length > 0 ? (
        <ul className="mb-2">
          {lines.stopping.map((line) => (
            <Line key={line.id} line={line} details={`${whereServed(line, regions)}; ${line.hours}`} />
          ))}
        </ul>
      ) : (
        <p className="mb-2 text-sm">{t("noneHere", { province: lines.province ?? "" })}</p>
      )}
      {!province && (
        <p className="mb-0 text-sm">
          {t("oneEach")}{" "}
          {paper
            ? t("addProvincePaper")
            : t.rich("addProvince", {
                answers: (words) => <AppLink href={changePlanRoutes.questions}>{words}</AppLink>,
              })}
        </p>
      )}
    </section>
  );
}
