import { trustedPersonHelpLabels, workplaceHelpLabels, workplaceRoleLabels } from "@/lib/plan/entry-labels";
import { textLimits } from "@/lib/plan/plan-limits";
import type { SafePlace, TrustedPerson, WorkplaceContact } from "@/lib/plan/plan-schema";
import { ChoiceBoxes } from "./choice-boxes";
import type { FormRow } from "./form-rows";
import { RowField } from "./row-field";
import { rowFieldId, rowLabels, type RowPrefix } from "./row-labels";

type FrameProps<T> = { prefix: RowPrefix; row: FormRow<T & { id: string }>; title: string; children: React.ReactNode };

function RowFrame<T>({ prefix, row, title, children }: FrameProps<T>) {
  const { index, item, isNew, removing } = row;
  const removeId = rowFieldId(prefix, index, "remove");
  const needsFixing = Object.keys(row.errors).length > 0;
  return (
    <fieldset className="mb-6 rounded-md border border-gray-300 p-4" data-row={item.id}>
      <legend className="px-1 text-lg font-bold">{title}</legend>
      {needsFixing && (
        <p className="font-bold text-exit">
          Not saved yet: fix what is marked below, then save again.
          {!isNew && " Until then, your plan keeps what you saved here before."}
        </p>
      )}
      <input type="hidden" name={`${prefix}.${index}.id`} value={item.id} />
      {children}
      {!isNew && (
        <div className="flex items-center gap-2">
          <input id={removeId} type="checkbox" name={`${prefix}.${index}.remove`} value="1" defaultChecked={removing} className="h-5 w-5" />
          <label htmlFor={removeId} className="py-1">Remove this from my plan when I press Save</label>
        </div>
      )}
    </fieldset>
  );
}

/** Name, id, label, limit and error of one text field of a row. */
function fieldOf<P extends RowPrefix>(prefix: P, row: FormRow<unknown>, field: keyof (typeof rowLabels)[P] & string, limit: number) {
  return {
    id: rowFieldId(prefix, row.index, field),
    name: `${prefix}.${row.index}.${field}`,
    label: (rowLabels[prefix] as Record<string, string>)[field] as string,
    maxLength: limit,
    error: row.errors[field],
  };
}

export function TrustedPersonRow({ row }: { row: FormRow<TrustedPerson> }) {
  const { item } = row;
  const limits = textLimits.trustedPerson;
  const knowsId = rowFieldId("trustedPeople", row.index, "knowsAboutPlan");
  return (
    <RowFrame prefix="trustedPeople" row={row} title={row.isNew ? "Add a person" : item.name || "A person in your plan"}>
      <RowField {...fieldOf("trustedPeople", row, "name", limits.name)} value={item.name} />
      <RowField {...fieldOf("trustedPeople", row, "reach", limits.reach)} value={item.reach} />
      <ChoiceBoxes id={rowFieldId("trustedPeople", row.index, "canHelpWith")} name={`trustedPeople.${row.index}.canHelpWith`} legend={rowLabels.trustedPeople.canHelpWith} labels={trustedPersonHelpLabels} chosen={item.canHelpWith} error={row.errors.canHelpWith} />
      <RowField {...fieldOf("trustedPeople", row, "otherHelp", limits.otherHelp)} value={item.otherHelp} multiline />
      <RowField {...fieldOf("trustedPeople", row, "codeWord", limits.codeWord)} value={item.codeWord} />
      <div className="mb-3 flex items-center gap-2">
        <input id={knowsId} type="checkbox" name={`trustedPeople.${row.index}.knowsAboutPlan`} value="1" defaultChecked={item.knowsAboutPlan} className="h-5 w-5" />
        <label htmlFor={knowsId}>{rowLabels.trustedPeople.knowsAboutPlan}</label>
      </div>
    </RowFrame>
  );
}

export function SafePlaceRow({ row }: { row: FormRow<SafePlace> }) {
  const { item } = row;
  const limits = textLimits.safePlace;
  return (
    <RowFrame prefix="safePlaces" row={row} title={row.isNew ? "Add a place" : item.place || "A place in your plan"}>
      <RowField {...fieldOf("safePlaces", row, "place", limits.place)} value={item.place} />
      <RowField {...fieldOf("safePlaces", row, "howToGetThere", limits.howToGetThere)} value={item.howToGetThere} multiline />
      <RowField {...fieldOf("safePlaces", row, "keptThere", limits.keptThere)} value={item.keptThere} multiline />
    </RowFrame>
  );
}

export type DraftContact = WorkplaceContact | (Omit<WorkplaceContact, "role"> & { role: "" });

export function WorkplaceContactRow({ row }: { row: FormRow<DraftContact> }) {
  const { item } = row;
  const limits = textLimits.workplaceContact;
  const roleId = rowFieldId("workplaceContacts", row.index, "role");
  const roleError = row.errors.role;
  const title = row.isNew ? "Add a contact" : item.name || (item.role ? workplaceRoleLabels[item.role] : "Contact");
  return (
    <RowFrame prefix="workplaceContacts" row={row} title={title}>
      <label htmlFor={roleId} className="mb-1 block font-bold">{rowLabels.workplaceContacts.role}</label>
      {roleError && <p id={`${roleId}-error`} className="mb-1 font-bold text-exit">{roleError}</p>}
      <select id={roleId} name={`workplaceContacts.${row.index}.role`} defaultValue={item.role} aria-invalid={roleError ? true : undefined} aria-describedby={roleError ? `${roleId}-error` : undefined} className="mb-3 block w-full rounded-md border-2 border-gray-500 px-3 py-2">
        <option value="">Choose…</option>
        {Object.entries(workplaceRoleLabels).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
      </select>
      <RowField {...fieldOf("workplaceContacts", row, "name", limits.name)} value={item.name} />
      <ChoiceBoxes id={rowFieldId("workplaceContacts", row.index, "willDo")} name={`workplaceContacts.${row.index}.willDo`} legend={rowLabels.workplaceContacts.willDo} labels={workplaceHelpLabels} chosen={item.willDo} error={row.errors.willDo} />
      <RowField {...fieldOf("workplaceContacts", row, "otherHelp", limits.otherHelp)} value={item.otherHelp} multiline />
    </RowFrame>
  );
}
