import "server-only";
import { guidanceBySlug } from "@/lib/content/guidance";
import { helperRoles, type HelperRole } from "@/lib/helper-briefs/brief-content";
import { guidePath } from "@/lib/site/site-routes";

/** The guidance page that speaks to each role: the change plan's supporters have their own. */
const pageFor = (role: HelperRole) =>
  role === "change-supporter" ? "caring-about-the-person-who-used-violence" : "helping-with-a-safety-plan";

/** Each role's guidance as a neutral address, in the brief's language (the guide itself says which it is in). */
export function briefGuides(locale: string): Record<HelperRole, string> {
  return Object.fromEntries(
    helperRoles.map((role) => [role, guidePath(guidanceBySlug(pageFor(role), locale).code)]),
  ) as Record<HelperRole, string>;
}
