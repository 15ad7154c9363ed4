/** Fills `{name}` placeholders in a message of plain text, where ICU is not at hand (the browser, the builder). */
export const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
