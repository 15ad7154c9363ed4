type Props = {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  defaultValue?: string;
  maxLength: number;
  multiline?: boolean;
};

/** A box with its label, hint and message beside it; autocomplete off, as on every personal field. */
export function BriefTextField({ name, label, hint, error, defaultValue, maxLength, multiline }: Props) {
  const id = `brief-${name}`;
  const described = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  const shared = {
    id,
    name,
    defaultValue,
    maxLength,
    autoComplete: "off",
    spellCheck: false,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": described,
    className: `block w-full rounded-md border-2 px-3 py-2 ${error ? "border-exit" : "border-gray-500"}`,
  } as const;
  return (
    <div className="mb-4">
      <label htmlFor={id} className="mb-1 block font-bold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="mb-1 text-sm text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mb-1 font-bold text-exit">
          {error}
        </p>
      )}
      {multiline ? <textarea rows={4} {...shared} /> : <input type="text" {...shared} />}
    </div>
  );
}
