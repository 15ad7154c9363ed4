/**
 * How long notes and change-plan lines may be, and how many of each a plan keeps (each kind of entry
 * declares its own fields' limits in entry-kinds/). The zod schemas
 * and the form fields (`maxLength`, the hint beside each box) both read these, so the browser stops
 * typing exactly where the server would refuse.
 */
export const textLimits = {
  note: 4000,
  /** One line of the change plan. */
  changeLine: 300,
} as const;

/** People, places or contacts of one kind; the form shows this many saved rows and one blank. */
export const MAX_ROWS = 30;
/** Lines in one box of the change plan. */
export const MAX_CHANGE_LINES = 30;
/** A change-plan box: MAX_CHANGE_LINES lines of up to textLimits.changeLine characters, and the breaks between them. */
export const CHANGE_BOX_MAX_LENGTH = MAX_CHANGE_LINES * (textLimits.changeLine + 1) - 1;
/** Ideas a form may show, and ideas a plan may keep marked; the library has about 120. */
export const MAX_SUGGESTIONS = 200;
export const MAX_MARKED_DONE = 500;
/** Ideas a plan remembers as set aside from its next steps; past this, the oldest may come back. */
export const MAX_SET_ASIDE = 60;
/**
 * Fields in any one plan form. Ours has at most about 800 (31 rows of 13 fields, the ideas, the
 * notes, React's own); a form with more did not come from our page and is refused before reading.
 */
export const MAX_FORM_FIELDS = 1000;

/** A message key (messages/<locale>/formErrors.json), said in the reader's language by the form's action. */
export const keepUnder = (max: number) => `keepUnder?max=${max}`;
