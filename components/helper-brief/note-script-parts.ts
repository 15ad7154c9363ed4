// Each function here is sent to the browser as its own source text (note-script.tsx): none may use
// anything from outside its body, and all keep to syntax old phones understand.

/** The link id and key from a note link's fragment (`#<16 bytes>.<32 bytes>`, base64url), or null. */
export function noteFragment(hash: string): { linkId: string; key: string } | null {
  var match = /^#?([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/.exec(hash);
  return match ? { linkId: match[1] as string, key: match[2] as string } : null;
}

/**
 * Whether a decrypted value is a note this page may draw: the same limits as briefContentSchema,
 * and only the roles the page has words for.
 */
export function isNoteContent(value: unknown, roleNames: string[]): boolean {
  function text(field: unknown, max: number, optional: boolean): boolean {
    if (field === undefined) return optional;
    return typeof field === "string" && field.length <= max;
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) return false;
  var note = value as Record<string, unknown>;
  if (note.v !== 1 || !text(note.locale, 10, false) || !text(note.from, 80, true)) return false;
  if (!text(note.place, 600, true) || !text(note.ownWords, 2000, true)) return false;
  var roles = note.roles;
  if (!Array.isArray(roles) || roles.length > 9) return false;
  for (var r = 0; r < roles.length; r++) if (roleNames.indexOf(roles[r]) < 0) return false;
  var canDo = note.canDo;
  if (canDo !== undefined) {
    if (!Array.isArray(canDo) || canDo.length > 12) return false;
    for (var c = 0; c < canDo.length; c++) if (!text(canDo[c], 300, false)) return false;
  }
  var signal = note.signal as Record<string, unknown> | undefined;
  if (signal === undefined) return true;
  if (!signal || typeof signal !== "object") return false;
  return text(signal.word, 60, false) && text(signal.whatToDo, 600, false);
}

/**
 * Opens the server's ciphertext with the key from the fragment: AES-256-GCM, the 12-byte iv
 * first, then the ciphertext and its tag, base64url; `aad` binds it to its purpose. Resolves to
 * the parsed JSON; rejects on any tampering or a wrong key.
 */
export function openSealedNote(subtle: SubtleCrypto, sealed: string, key: string, aad: string): Promise<unknown> {
  function bytes(base64url: string): Uint8Array<ArrayBuffer> {
    var base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
    while (base64.length % 4) base64 += "=";
    var binary = atob(base64);
    var out = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  }
  var box = bytes(sealed);
  return subtle
    .importKey("raw", bytes(key), { name: "AES-GCM" }, false, ["decrypt"])
    .then(function (cryptoKey) {
      return subtle.decrypt(
        { name: "AES-GCM", iv: box.subarray(0, 12), additionalData: new TextEncoder().encode(aad) },
        cryptoKey,
        box.subarray(12),
      );
    })
    .then(function (plain) {
      return JSON.parse(new TextDecoder().decode(plain)) as unknown;
    });
}
