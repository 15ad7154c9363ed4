// fast-check arbitraries for what a broken or hostile client might send: odd strings, odd field
// sets, odd action state, odd bodies. None of them is shaped to pass validation on purpose.
import fc from "fast-check";

/** Strings that have broken form handling somewhere before. */
export const nastyStrings = [
  "",
  " ",
  "\u0000",
  "\t\r\n",
  "\r\n\r\n--",
  "-1",
  "0",
  "1.5",
  "1e309",
  "-0",
  "NaN",
  "Infinity",
  "0x1f",
  "9".repeat(400),
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "{}",
  "[]",
  "null",
  "undefined",
  "true",
  "false",
  "$undefined",
  "$K1",
  "$@1",
  "$Q1",
  "$$x",
  "$",
  "<script>alert(1)</script>",
  "' OR '1'='1",
  "../../../etc/passwd",
  "%00%0a%zz",
  "\uFEFF",
  "\u202E\u0647\u0627",
  "😀👩‍👩‍👧",
  "\uD800",
  "\uDFFF",
  "ＡＢＣ",
  "İı",
  "a\u0301",
  "\u00A0",
  "\u2028",
  "emergency",
  "trusted-people",
  "2024-02-30",
  "9999-12-31",
  "0000-00-00",
  "yes",
  "no",
  "none",
  "on",
  "1",
  "true",
];

const controlCharacters = fc.string({
  unit: fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)),
  maxLength: 20,
});

/** Long but not huge: past every field's limit, under the request size limit. */
const longString = fc
  .tuple(fc.integer({ min: 200, max: 9000 }), fc.constantFrom("x", "é", "😀", "\u0000", "a\n", "$"))
  .map(([length, unit]) => unit.repeat(length));

/** One form value. */
export const fieldValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  { weight: 4, arbitrary: fc.constantFrom(...nastyStrings) },
  { weight: 1, arbitrary: controlCharacters },
  { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double()).map(String) },
  { weight: 1, arbitrary: longString },
);

/** A field name nobody asked for, or one that collides with something that matters. */
export const extraFieldName: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    "__proto__",
    "constructor",
    "0",
    "1",
    "$ACTION_ID_",
    "$ACTION_REF_1",
    "$ACTION_KEY",
    "_1_note",
    "note",
    "version",
    "section",
    "autosave",
    "done",
    "shown",
    "file",
    "passphrase",
    "username",
    "trustedPeople.0.id",
    "trustedPeople.99999.id",
    "trustedPeople.1e9.id",
    "safePlaces.-1.id",
    "workplaceContacts.0.role",
    "trustedPeople.0.remove",
  ),
);

export type Field = [name: string, value: string | Blob];

/** A value for each known field: left out, sent once, or sent several times; then some extra fields. */
export function fieldSet(
  known: readonly string[],
  special: Record<string, fc.Arbitrary<string | Blob>> = {},
): fc.Arbitrary<Field[]> {
  const perField = known.map((name) => {
    const value = special[name] ?? fieldValue;
    return fc
      .oneof(
        { weight: 1, arbitrary: fc.constant([] as (string | Blob)[]) },
        { weight: 6, arbitrary: value.map((one) => [one]) },
        { weight: 1, arbitrary: fc.array(value, { minLength: 2, maxLength: 4 }) },
      )
      .map((values) => values.map((one): Field => [name, one]));
  });
  const extras = fc.array(fc.tuple(extraFieldName, fieldValue), { maxLength: 4 }) as fc.Arbitrary<Field[]>;
  return fc.tuple(fc.tuple(...perField), extras).map(([fields, extra]) => [...fields.flat(), ...extra]);
}

/** Rows of a repeating group, often more than the plan allows (30), with ids that may or may not look right. */
export function extraRows(prefix: string, fields: readonly string[]): fc.Arbitrary<Field[]> {
  const row = fc.tuple(
    fc.oneof(fc.uuid(), fieldValue),
    fc.array(fieldValue, { minLength: fields.length, maxLength: fields.length }),
  );
  return fc
    .array(row, { maxLength: 45 })
    .map((rows) =>
      rows.flatMap(([id, values], index): Field[] => [
        [`${prefix}.${index + 50}.id`, id],
        ...fields.map((field, i): Field => [`${prefix}.${index + 50}.${field}`, values[i] ?? ""]),
      ]),
    );
}

/** What React keeps as a form's previous state between posts: here, anything at all. */
export const previousState: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  {
    weight: 3,
    arbitrary: fc.record(
      {
        version: fc.oneof(fc.nat(), fieldValue, fc.constant(null), fc.double()),
        entries: fc.oneof(
          fc.jsonValue({ maxDepth: 2 }),
          fc.record(
            {
              trustedPeople: fc.jsonValue({ maxDepth: 2 }),
              notes: fc.jsonValue({ maxDepth: 1 }),
              done: fc.jsonValue({ maxDepth: 1 }),
            },
            { requiredKeys: [] },
          ),
        ),
        blankId: fc.oneof(fc.uuid(), fieldValue, fc.integer()),
        value: fc.jsonValue({ maxDepth: 2 }),
        values: fc.jsonValue({ maxDepth: 2 }),
        conflict: fc.jsonValue({ maxDepth: 2 }),
        fieldErrors: fc.jsonValue({ maxDepth: 2 }),
        recoveryCode: fieldValue,
        query: fc.oneof(fieldValue, fc.integer()),
        results: fc.jsonValue({ maxDepth: 2 }),
        file: fc.oneof(fieldValue, fc.integer()),
      },
      { requiredKeys: [] },
    ),
  },
);

/** Strings that mean something to React's reply format (references to other parts of the body). */
export const replyReference = fc.oneof(
  fc.constantFrom(
    "$Q9",
    "$@99",
    "$K",
    "$T",
    "$F1",
    "$B1",
    "$n1",
    "$D",
    "$h1",
    "$R1",
    "$l1",
    "$W1",
    "$i1",
    "$A1",
    "$O1",
    "$S",
    "$Y",
    "$E",
    "$-0",
    "$Infinity",
    "$NaN",
    "$1:0:x",
    "$0",
    "$Z",
  ),
  fc.string({ maxLength: 6 }).map((rest) => `$${rest}`),
);

/** A JSON text that is broken, the wrong shape, or full of references. */
export const brokenJson: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "",
    "null",
    "0",
    "true",
    "[",
    "[{",
    "{",
    '{"id":',
    "[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]",
    '"text"',
    "[null]",
    "{}",
    "[]",
  ),
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
  fc.array(replyReference, { minLength: 1, maxLength: 3 }).map((refs) => JSON.stringify(refs)),
  fc
    .array(replyReference, { minLength: 1, maxLength: 3 })
    .map((refs) => JSON.stringify([{ version: refs[0], entries: refs[1] }])),
  fieldValue,
);

/** Bytes that are not valid UTF-8 text, or not text at all. */
export const rawBytes = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc.constant(new Uint8Array([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc])),
);

/** A path segment for a dynamic route: random, encoded or not, sometimes long. */
export const pathSegment: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fieldValue
      .filter((value) => value.length > 0)
      .map((value) => encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, "?"))),
  },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(..."abcdef0123456789-"), minLength: 1, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.uuid() },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "%",
      "%zz",
      "%00",
      "%2e%2e",
      "..",
      ".",
      "%2F",
      "a%2Fb",
      "%C0%AF",
      "%ED%A0%80",
      "%FF",
      "~",
      "*",
      "'",
      "%20",
      "index",
      "_next",
      "null",
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 12_000 }).map((length) => "a".repeat(length)) },
);
