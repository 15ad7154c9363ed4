type Props = {
  name: string;
  label: string;
  type?: "text" | "password";
  hint?: string;
  error?: string;
  defaultValue?: string;
  /** The server's own limit for this field, so the browser stops at the same place. */
  maxLength?: number;
  /** A box of a few lines for sentences, in place of a one-line input. */
  multiline?: boolean;
};

/**
 * A labelled input with its hint and its error beside it. Autocomplete is off: on a shared
 * device, a remembered username or passphrase is a trace.
 */
export function FormField({ name, label, type = "text", hint, error, defaultValue, maxLength, multiline }: Props) {
  const id = `field-${name}`;
  const described = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  const shared = {
    id,
    name,
    defaultValue,
    maxLength,
    autoComplete: "off",
    spellCheck: false,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": described || undefined,
    className: `block w-full rounded-md border-2 px-3 py-2 ${error ? "border-exit" : "border-gray-500"}`,
  } as const;
  return (
    <div className="mb-5">
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
      {multiline ? <textarea rows={4} {...shared} /> : <input type={type} autoCapitalize="none" {...shared} />}
    </div>
  );
}
