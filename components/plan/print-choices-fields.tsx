import { sensitiveDetailIds, type SensitiveDetail } from "@/lib/plan/entry-kinds/sensitive-details";
import { fill } from "@/lib/plan/fill";
import type { PrintChoices, PrintSectionOption } from "@/lib/plan/print-choices";

function Box({
  id,
  name,
  value,
  label,
  checked,
}: {
  id: string;
  name: string;
  value: string;
  label: string;
  checked: boolean;
}) {
  return (
    <div className="flex items-start gap-2">
      <input
        id={id}
        type="checkbox"
        name={name}
        value={value}
        defaultChecked={checked}
        className="mt-1 h-5 w-5 shrink-0"
      />
      <label htmlFor={id} className="py-0.5">
        {label}
      </label>
    </div>
  );
}

/** The fields' words in the reader's language (messages planFiles.print). */
export type PrintChoicesFieldsWords = {
  parts: string;
  partsHint: string;
  /** "In “{part}”", filled with each part's title. */
  inPart: string;
  details: string;
  detailsHint: string;
  detail: Record<SensitiveDetail, string>;
};

type Props = { options: PrintSectionOption[]; chosen: PrintChoices; words: PrintChoicesFieldsWords };

/** The parts of the plan and what is in each, ticked to print; and the sensitive details, left off unless ticked. */
export function PrintChoicesFields({ options, chosen, words }: Props) {
  return (
    <>
      <fieldset className="mb-6">
        <legend className="mb-1 text-lg font-bold">{words.parts}</legend>
        <p id="print-parts-hint" className="text-sm text-muted">
          {words.partsHint}
        </p>
        {options.map((section) => (
          <div key={section.id} className="mb-3" data-print-part={section.id}>
            <Box
              id={`print-section-${section.id}`}
              name="section"
              value={section.id}
              label={section.title}
              checked={chosen.sections.includes(section.id)}
            />
            {section.entries.length > 0 && (
              <fieldset className="ml-7">
                <legend className="sr-only">{fill(words.inPart, { part: section.title })}</legend>
                {section.entries.map((entry) => (
                  <Box
                    key={entry.id}
                    id={`print-entry-${entry.id.replace(".", "-")}`}
                    name="entry"
                    value={entry.id}
                    label={entry.label}
                    checked={chosen.entries.includes(entry.id)}
                  />
                ))}
              </fieldset>
            )}
          </div>
        ))}
      </fieldset>
      <fieldset className="mb-6" aria-describedby="print-details-hint">
        <legend className="mb-1 text-lg font-bold">{words.details}</legend>
        <p id="print-details-hint" className="text-sm text-muted">
          {words.detailsHint}
        </p>
        {sensitiveDetailIds.map((detail) => (
          <Box
            key={detail}
            id={`print-detail-${detail}`}
            name="detail"
            value={detail}
            label={words.detail[detail]}
            checked={chosen.details.includes(detail)}
          />
        ))}
      </fieldset>
    </>
  );
}
