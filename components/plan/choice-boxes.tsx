/** A group of checkboxes for one field of a repeating row, with its error beside the group. */
export function ChoiceBoxes({
  id,
  name,
  legend,
  labels,
  chosen,
  error,
}: {
  id: string;
  name: string;
  legend: string;
  labels: Record<string, string>;
  chosen: readonly string[];
  error?: string;
}) {
  return (
    <fieldset id={id} className="mb-3" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="mb-1 font-bold">{legend}</legend>
      {error && (
        <p id={`${id}-error`} className="mb-1 font-bold text-exit">
          {error}
        </p>
      )}
      {Object.entries(labels).map(([value, label]) => {
        const boxId = `${id}-${value}`;
        return (
          <div key={value} className="flex items-center gap-2">
            <input
              id={boxId}
              type="checkbox"
              name={name}
              value={value}
              defaultChecked={chosen.includes(value)}
              className="h-5 w-5"
            />
            <label htmlFor={boxId} className="py-1">
              {label}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
