import type { HelperRole } from "../helper-briefs/brief-content";
import type { BriefPartId } from "../helper-briefs/brief-parts";

/**
 * The roles a brief speaks to (each brings a guidance link): only those a chosen part is about, so
 * an unticked part leaves no hint of what else the plan says of this person.
 */
export function briefRolesOf(
  personRoles: readonly HelperRole[],
  chosen: { parts: readonly BriefPartId[]; word: string },
): HelperRole[] {
  const roles = new Set<HelperRole>();
  for (const role of personRoles)
    if (role === "change-supporter" || (role !== "code-word" && chosen.parts.includes("canDo"))) roles.add(role);
  if (chosen.parts.includes("signal") && chosen.word.trim()) roles.add("code-word");
  if (chosen.parts.includes("place")) roles.add("check-in");
  return [...roles];
}
