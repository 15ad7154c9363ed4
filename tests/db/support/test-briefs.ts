import { randomBytes } from "node:crypto";
import { createBrief, type MadeBrief } from "@/lib/brief-store/briefs";
import type { DatabaseClient } from "@/lib/db/create-database-client";
import type { BriefContent } from "@/lib/helper-briefs/brief-content";
import type { RecordOwner } from "@/lib/records/record-store";

/** Words that appear nowhere but in this one brief, so finding them anywhere means they leaked. */
export function distinctiveBrief(label = "Aunt Marguerite") {
  const tag = randomBytes(6).toString("hex");
  const content: BriefContent = {
    v: 1,
    locale: "en",
    from: `Your niece ${tag}`,
    roles: ["code-word", "keep-go-bag"],
    canDo: [`Keep the green duffel in the hall closet ${tag}`],
    signal: { word: `periwinkle-${tag}`, whatToDo: `Call 911 and give 22 Alder Lane ${tag}` },
    place: `The back room at St. Brigid's ${tag}`,
    ownWords: `I trust you more than anyone ${tag}`,
  };
  return { label: `${label} ${tag}`, content, tag };
}

export type TestBrief = MadeBrief & ReturnType<typeof distinctiveBrief>;

/** Makes a brief with every part, for `days` days from `now`. */
export async function makeBrief(
  db: DatabaseClient,
  owner: RecordOwner,
  options: { days?: number; now?: Date; label?: string } = {},
): Promise<TestBrief> {
  const brief = distinctiveBrief(options.label);
  const made = await createBrief(
    db,
    owner,
    {
      label: brief.label,
      parts: ["canDo", "signal", "place", "ownWords"],
      roles: brief.content.roles,
      content: brief.content,
      days: options.days ?? 30,
    },
    options.now,
  );
  return { ...made, ...brief };
}
