type Props = {
  id: string;
  name: string;
  label: string;
  value: string;
  maxLength: number;
  error?: string;
  multiline?: boolean;
};

/**
 * One text field of a repeating row. Its limit is in the markup (the browser stops there) and said
 * beside it; its error sits right above the box, and both are tied to it for screen readers.
 */
export function RowField({ id, name, label, value, maxLength, error, multiline }: Props) {
  const described = [`${id}-hint`, error ? `${id}-error` : ""].filter(Boolean).join(" ");
  const common = {
    id,
    name,
    defaultValue: value,
    maxLength,
    autoComplete: "off",
    "aria-invalid": error ? true : undefined,
    "aria-describedby": described,
    className: `block w-full rounded-md border-2 px-3 py-2 ${error ? "border-exit" : "border-gray-500"}`,
  } as const;
  return (
    <div className="mb-3">
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      <p id={`${id}-hint`} className="mb-1 text-sm text-muted">
        Up to {maxLength} characters.
      </p>
      {error && (
        <p id={`${id}-error`} className="mb-1 font-bold text-exit">
          {error}
        </p>
      )}
      {multiline ? <textarea rows={2} {...common} /> : <input type="text" {...common} />}
    </div>
  );
}
