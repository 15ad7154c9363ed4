import "server-only";
import type { SignedIn } from "@/lib/auth/sessions";
import { entryWordsFor } from "@/lib/content/plan-words-for";
import { BRIEF_LABEL_MAX } from "@/lib/brief-store/brief-store";
import type { BriefPartId, BriefSource } from "@/lib/helper-briefs/brief-parts";
import { trustedPersonRoles } from "@/lib/helper-briefs/brief-parts";
import { changePlanOf, planOf } from "@/lib/plan-store/saved-plans";
import type { BriefFor } from "@/lib/forms/brief-form";

/** One person a brief can be made for, read from her own plan: what the form offers and starts with. */
export type BriefPerson = {
  for: BriefFor;
  label: string;
  canDo: string[];
  codeWord: string;
  roles: BriefSource["roles"];
  offered: BriefPartId[];
};

/** The trusted person or the change plan's supporter the address names, or undefined if it is gone. */
export async function briefPerson(
  session: SignedIn,
  wanted: BriefFor,
  locale: string,
): Promise<BriefPerson | undefined> {
  if (wanted.kind === "person") {
    const person = (await planOf(session)).value.entries.trustedPeople.find((row) => row.id === wanted.id);
    if (!person) return undefined;
    const choices = entryWordsFor(locale).trustedPeople.fields.canHelpWith.choices as Record<string, string>;
    const canDo = [...person.canHelpWith.map((help) => choices[help] ?? help), person.otherHelp].filter(Boolean);
    return {
      for: wanted,
      label: person.name.slice(0, BRIEF_LABEL_MAX),
      canDo,
      codeWord: person.codeWord,
      roles: trustedPersonRoles(person),
      offered: ["canDo", "signal", "place", "ownWords"],
    };
  }
  const line = (await changePlanOf(session)).value.items.supporters?.[wanted.index];
  if (line === undefined) return undefined;
  return {
    for: wanted,
    label: line.slice(0, BRIEF_LABEL_MAX),
    canDo: [],
    codeWord: "",
    roles: ["change-supporter"],
    offered: ["signal", "place", "ownWords"],
  };
}
