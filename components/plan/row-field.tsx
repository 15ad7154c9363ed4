type Props = { name: string; label: string; value: string; error?: string; multiline?: boolean };

/** One text field of a repeating row; its error sits right above the box. */
export function RowField({ name, label, value, error, multiline }: Props) {
  const id = name.replace(/\./g, "-");
  const common = {
    id,
    name,
    defaultValue: value,
    autoComplete: "off",
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : undefined,
    className: `block w-full rounded-md border-2 px-3 py-2 ${error ? "border-exit" : "border-gray-500"}`,
  } as const;
  return (
    <div className="mb-3">
      <label htmlFor={id} className="mb-1 block font-bold">{label}</label>
      {error && <p id={`${id}-error`} className="mb-1 font-bold text-exit">{error}</p>}
      {multiline ? <textarea rows={2} {...common} /> : <input type="text" {...common} />}
    </div>
  );
}
