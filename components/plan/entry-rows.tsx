import { trustedPersonHelpLabels, workplaceHelpLabels, workplaceRoleLabels } from "@/lib/plan/entry-labels";
import type { SafePlace, TrustedPerson, WorkplaceContact } from "@/lib/plan/plan-schema";
import { ChoiceBoxes } from "./choice-boxes";
import { RowField } from "./row-field";

type RowProps<T> = { index: number; item: T; isNew: boolean; errors: Record<string, string>; removing?: boolean };

type FrameProps = { prefix: string; index: number; item: { id: string }; isNew: boolean; removing?: boolean; title: string; children: React.ReactNode };

function RowFrame({ prefix, index, item, isNew, removing, title, children }: FrameProps) {
  const name = (field: string) => `${prefix}.${index}.${field}`;
  return (
    <fieldset className="mb-6 rounded-md border border-gray-300 p-4" data-row={item.id}>
      <legend className="px-1 text-lg font-bold">{title}</legend>
      <input type="hidden" name={name("id")} value={item.id} />
      {children}
      {!isNew && (
        <div className="flex items-center gap-2">
          <input id={`${prefix}-${index}-remove`} type="checkbox" name={name("remove")} value="1" defaultChecked={removing} className="h-5 w-5" />
          <label htmlFor={`${prefix}-${index}-remove`}>Remove this from my plan when I save</label>
        </div>
      )}
    </fieldset>
  );
}

export function TrustedPersonRow({ index, item, isNew, removing, errors }: RowProps<TrustedPerson>) {
  const name = (field: string) => `trustedPeople.${index}.${field}`;
  return (
    <RowFrame prefix="trustedPeople" index={index} item={item} isNew={isNew} removing={removing} title={isNew ? "Add a person" : item.name}>
      <RowField name={name("name")} label="Name or nickname" value={item.name} error={errors[name("name")]} />
      <RowField name={name("reach")} label="How to reach them" value={item.reach} error={errors[name("reach")]} />
      <ChoiceBoxes name={name("canHelpWith")} legend="What they could do" labels={trustedPersonHelpLabels} chosen={item.canHelpWith} />
      <RowField name={name("otherHelp")} label="Anything else they could do" value={item.otherHelp} multiline />
      <RowField name={name("codeWord")} label="A code word you share (optional)" value={item.codeWord} />
      <div className="mb-3 flex items-center gap-2">
        <input id={`${name("knowsAboutPlan")}`.replace(/\./g, "-")} type="checkbox" name={name("knowsAboutPlan")} value="1" defaultChecked={item.knowsAboutPlan} className="h-5 w-5" />
        <label htmlFor={`${name("knowsAboutPlan")}`.replace(/\./g, "-")}>They know about this plan</label>
      </div>
    </RowFrame>
  );
}

export function SafePlaceRow({ index, item, isNew, removing, errors }: RowProps<SafePlace>) {
  const name = (field: string) => `safePlaces.${index}.${field}`;
  return (
    <RowFrame prefix="safePlaces" index={index} item={item} isNew={isNew} removing={removing} title={isNew ? "Add a place" : item.place}>
      <RowField name={name("place")} label="Where" value={item.place} error={errors[name("place")]} />
      <RowField name={name("howToGetThere")} label="How to get there" value={item.howToGetThere} multiline />
      <RowField name={name("keptThere")} label="What is kept there" value={item.keptThere} multiline />
    </RowFrame>
  );
}

export function WorkplaceContactRow({ index, item, isNew, removing, errors }: RowProps<WorkplaceContact | (Omit<WorkplaceContact, "role"> & { role: "" })>) {
  const name = (field: string) => `workplaceContacts.${index}.${field}`;
  const roleId = name("role").replace(/\./g, "-");
  const title = isNew ? "Add a contact" : item.name || (item.role ? workplaceRoleLabels[item.role] : "Contact");
  return (
    <RowFrame prefix="workplaceContacts" index={index} item={item} isNew={isNew} removing={removing} title={title}>
      <label htmlFor={roleId} className="mb-1 block font-bold">Who they are</label>
      {errors[name("role")] && <p id={`${roleId}-error`} className="mb-1 font-bold text-exit">{errors[name("role")]}</p>}
      <select id={roleId} name={name("role")} defaultValue={item.role} aria-describedby={errors[name("role")] ? `${roleId}-error` : undefined} className="mb-3 block w-full rounded-md border-2 border-gray-500 px-3 py-2">
        <option value="">Choose…</option>
        {Object.entries(workplaceRoleLabels).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
      </select>
      <RowField name={name("name")} label="Name (optional)" value={item.name} />
      <ChoiceBoxes name={name("willDo")} legend="What they will do" labels={workplaceHelpLabels} chosen={item.willDo} />
      <RowField name={name("otherHelp")} label="Anything else" value={item.otherHelp} multiline />
    </RowFrame>
  );
}
