/**
 * The ways a secret could sit readable in a database file or dump: its UTF-8 and UTF-16LE bytes,
 * those bytes as hex (how pg_dump writes bytea), and as base64 or base64url at each byte alignment.
 */
export function readableForms(text: string): { encoding: string; bytes: Buffer }[] {
  const forms: { encoding: string; bytes: Buffer }[] = [];
  for (const charset of ["utf8", "utf16le"] as const) {
    const raw = Buffer.from(text, charset);
    forms.push({ encoding: charset, bytes: raw });
    forms.push({ encoding: `${charset} as hex`, bytes: Buffer.from(raw.toString("hex")) });
    for (const [alignment, core] of base64Cores(raw).entries()) {
      forms.push({ encoding: `${charset} as base64 (offset ${alignment})`, bytes: Buffer.from(core) });
      const url = toBase64url(core);
      if (url !== core)
        forms.push({ encoding: `${charset} as base64url (offset ${alignment})`, bytes: Buffer.from(url) });
    }
  }
  return forms;
}

/** The encodings under which `text` appears in `haystack`; an empty list means none. */
export function readableIn(haystack: Buffer, text: string): string[] {
  return readableForms(text)
    .filter((form) => haystack.includes(form.bytes))
    .map((form) => form.encoding);
}

// Characters of a base64 string that depend only on `raw`, whatever bytes surround it.
function base64Cores(raw: Buffer): string[] {
  return [0, 1, 2].map((offset) => {
    const encoded = Buffer.concat([Buffer.alloc(offset), raw]).toString("base64");
    const wholeGroups = Math.floor((offset + raw.length) / 3);
    return encoded.slice([0, 2, 3][offset], wholeGroups * 4);
  });
}

function toBase64url(base64: string): string {
  return base64.replace(/\+/g, "-").replace(/\//g, "_");
}
