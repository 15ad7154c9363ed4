/**
 * How many fields a form body holds, counted on its raw bytes before anything parses it: parsing
 * and checking cost time per field, and one anonymous post must not hold up everyone else.
 *
 * The largest form this app sends is a plan section: 30 saved rows and a blank one of up to 12
 * fields each (a trusted person: id, remove, name, reach, six "could help with" boxes, other help,
 * code word, knows about the plan), up to 200 suggestions shown and ticked, the note, version,
 * section, autosave and React's own four: about 790. Every kind of row in one form would still be
 * about 1,250. The cap leaves room for that and refuses the 4,500-pair and 12,000-field posts.
 */
export const MAX_FORM_FIELDS = 2000;

function occurrences(bytes: Buffer, needle: Buffer, stopAfter: number): number {
  let count = 0;
  for (let at = bytes.indexOf(needle); at !== -1 && count <= stopAfter; at = bytes.indexOf(needle, at + needle.length))
    count += 1;
  return count;
}

/** The multipart boundary named in a content type, or undefined. */
function boundaryOf(contentType: string): string | undefined {
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}

/**
 * The number of fields in a multipart or URL-encoded body (a small over-count is possible, never an
 * under-count of a well-formed body), or undefined when the type names no boundary to count by.
 * Counting stops just past MAX_FORM_FIELDS: the answer is already known by then.
 */
export function formFieldCount(bytes: Uint8Array, contentType: string): number | undefined {
  const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (/^\s*application\/x-www-form-urlencoded/i.test(contentType)) {
    return body.length === 0 ? 0 : occurrences(body, Buffer.from("&"), MAX_FORM_FIELDS) + 1;
  }
  const boundary = boundaryOf(contentType);
  if (!boundary) return undefined;
  // Every part starts with "--boundary"; so does the closing line.
  return Math.max(0, occurrences(body, Buffer.from(`--${boundary}`), MAX_FORM_FIELDS + 1) - 1);
}
