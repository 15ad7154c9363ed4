import type { ReactNode } from "react";
import { AppLink } from "@/components/app-link/app-link";
import type { BuiltSection } from "@/lib/plan/build-plan";
import { trustedPersonHelpLabels, workplaceHelpLabels, workplaceRoleLabels } from "@/lib/plan/entry-labels";
import type { PlanEntries } from "@/lib/plan/plan-schema";
import type { PlanSectionId } from "@/lib/plan/plan-sections";
import { planRoutes } from "@/lib/site/site-routes";

/** The person's own entries for one section, read-only. */
function OwnEntries({ id, entries }: { id: PlanSectionId; entries: PlanEntries }) {
  if (id === "trusted-people" && entries.trustedPeople.length > 0) {
    return (
      <ul>
        {entries.trustedPeople.map((person) => (
          <li key={person.id}>
            <strong>{person.name}</strong>
            {person.reach && ` · ${person.reach}`}
            {person.canHelpWith.length > 0 && ` · ${person.canHelpWith.map((help) => trustedPersonHelpLabels[help].toLowerCase()).join(", ")}`}
            {person.codeWord && ` · code word: ${person.codeWord}`}
            {person.knowsAboutPlan ? " · knows about this plan" : " · does not know about this plan"}
          </li>
        ))}
      </ul>
    );
  }
  if (id === "safe-places" && entries.safePlaces.length > 0) {
    return (
      <ul>
        {entries.safePlaces.map((place) => (
          <li key={place.id}>
            <strong>{place.place}</strong>
            {place.howToGetThere && ` · getting there: ${place.howToGetThere}`}
            {place.keptThere && ` · kept there: ${place.keptThere}`}
          </li>
        ))}
      </ul>
    );
  }
  if (id === "work-school" && entries.workplaceContacts.length > 0) {
    return (
      <ul>
        {entries.workplaceContacts.map((contact) => (
          <li key={contact.id}>
            <strong>{contact.name || workplaceRoleLabels[contact.role]}</strong>
            {contact.name && ` (${workplaceRoleLabels[contact.role].toLowerCase()})`}
            {contact.willDo.length > 0 && ` · ${contact.willDo.map((help) => workplaceHelpLabels[help].toLowerCase()).join(", ")}`}
          </li>
        ))}
      </ul>
    );
  }
  return null;
}

type Props = {
  section: BuiltSection;
  entries: PlanEntries;
  mode?: "edit" | "read" | "paper";
  /** Shown after the person's own entries, such as the lines to call in the emergency part. */
  extra?: ReactNode;
};

/** One section of the plan: on screen with its ideas folded away, or on paper with only the ideas marked done. */
export function SectionSummary({ section, entries, mode = "edit", extra }: Props) {
  const id = section.id as PlanSectionId;
  const note = entries.notes[id];
  const doneCount = section.suggestions.filter((suggestion) => suggestion.done).length;
  return (
    <section aria-labelledby={`section-${id}`} className="mb-8 border-t border-gray-200 pt-4" data-section={id}>
      <h2 id={`section-${id}`} className="mt-0">{section.title}</h2>
      {mode !== "paper" && <p className="mb-2 text-sm text-muted">Why this part is in your plan: {section.why}</p>}
      <OwnEntries id={id} entries={entries} />
      {extra}
      {note && <p className="whitespace-pre-line rounded-md bg-calm p-3">{note}</p>}
      {mode === "paper" && doneCount > 0 && (
        <ul>{section.suggestions.filter((suggestion) => suggestion.done).map((suggestion) => <li key={suggestion.id}>{suggestion.text}</li>)}</ul>
      )}
      {mode !== "paper" && section.suggestions.length > 0 && (
        <details className="mb-2">
          <summary className="cursor-pointer py-1">
            {section.suggestions.length} ideas, {doneCount} marked done
          </summary>
          <ul>
            {section.suggestions.map((suggestion) => (
              <li key={suggestion.id} className="mb-2">
                {suggestion.done ? "Done: " : ""}
                {suggestion.text}
                <span className="block text-sm text-muted">Why you see this: {suggestion.why}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {mode === "edit" && <AppLink href={planRoutes.section(id)} className="font-bold">Edit “{section.title}”</AppLink>}
    </section>
  );
}
