import type { BriefPartId } from "@/lib/helper-briefs/brief-parts";

/** What the form knows of the person it is for, read from her plan on the server. */
export type BriefFormPerson = {
  /** The hidden field that names them: ?person=<row id> or ?supporter=<place in the list>. */
  field: { name: "person" | "supporter"; value: string };
  label: string;
  canDo: string[];
  codeWord: string;
  offered: BriefPartId[];
};
