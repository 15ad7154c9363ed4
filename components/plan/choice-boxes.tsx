/** A group of checkboxes for one field of a repeating row. */
export function ChoiceBoxes({ name, legend, labels, chosen }: { name: string; legend: string; labels: Record<string, string>; chosen: readonly string[] }) {
  return (
    <fieldset className="mb-3">
      <legend className="mb-1 font-bold">{legend}</legend>
      {Object.entries(labels).map(([value, label]) => {
        const id = `${name}-${value}`.replace(/\./g, "-");
        return (
          <div key={value} className="flex items-center gap-2">
            <input id={id} type="checkbox" name={name} value={value} defaultChecked={chosen.includes(value)} className="h-5 w-5" />
            <label htmlFor={id} className="py-1">{label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
