import { sensitiveDetailIds, sensitiveDetails } from "@/lib/plan/entry-kinds/sensitive-details";
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

type Props = { options: PrintSectionOption[]; chosen: PrintChoices };

/** The parts of the plan and what is in each, ticked to print; and the sensitive details, left off unless ticked. */
export function PrintChoicesFields({ options, chosen }: Props) {
  return (
    <>
      <fieldset className="mb-6">
        <legend className="mb-1 text-lg font-bold">Parts of your plan</legend>
        <p id="print-parts-hint" className="text-sm text-muted">
          Untick a part, or anything in it, to leave it off the paper. Your notes print as you wrote them, so think
          about whether they say where you are or where things are kept.
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
                <legend className="sr-only">In “{section.title}”</legend>
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
        <legend className="mb-1 text-lg font-bold">Details left off unless you tick them</legend>
        <p id="print-details-hint" className="text-sm text-muted">
          If the paper were found, these could help someone find you, reach the people helping you, or find what you
          have put aside.
        </p>
        {sensitiveDetailIds.map((detail) => (
          <Box
            key={detail}
            id={`print-detail-${detail}`}
            name="detail"
            value={detail}
            label={sensitiveDetails[detail]}
            checked={chosen.details.includes(detail)}
          />
        ))}
      </fieldset>
    </>
  );
}
