import { useTranslations } from "next-intl";
import type { BuiltSection } from "@/lib/plan/build-plan";
import type { ChangeSectionId } from "@/lib/plan/change-sections";
import type { ChangePlanValue } from "@/lib/plan/plan-schema";

/**
 * The change plan read-only, one part at a time: the person's own lines, then the ideas they marked
 * done. A part with neither is left out, so paper carries no empty headings.
 */
export function ChangePlanSummary({ sections, plan }: { sections: BuiltSection[]; plan: ChangePlanValue }) {
  const t = useTranslations("changePlan.summary");
  const shown = sections.flatMap((section) => {
    const lines = plan.items[section.id as ChangeSectionId] ?? [];
    const done = section.suggestions.filter((suggestion) => suggestion.done);
    return lines.length + done.length > 0 ? [{ section, lines, done }] : [];
  });
  if (shown.length === 0) return <p>{t("empty")}</p>;
  return shown.map(({ section, lines, done }) => (
    <section
      key={section.id}
      aria-labelledby={`part-${section.id}`}
      className="mb-6 border-t border-gray-200 pt-4"
      data-section={section.id}
    >
      <h2 id={`part-${section.id}`} className="mt-0">
        {section.title}
      </h2>
      {lines.length > 0 && (
        <ul>
          {lines.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      )}
      {done.length > 0 && (
        <>
          <p className="mb-1 font-bold">{t("doneHeading")}</p>
          <ul>
            {done.map((suggestion) => (
              <li key={suggestion.id}>{suggestion.text}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  ));
}
