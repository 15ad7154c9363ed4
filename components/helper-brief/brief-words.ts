import "server-only";
import { getLocale } from "next-intl/server";
import { messageBlock } from "@/i18n/message-block";
import { guidanceBySlug } from "@/lib/content/guidance";
import { guidePath } from "@/lib/site/site-routes";
import type { BriefWords } from "./brief-blocks";

/** The guidance page each part points to; the section within it is named in the words (`anchors`). */
const guidanceForRole: Readonly<Record<string, string>> = {
  "change-supporter": "caring-about-the-person-who-used-violence",
};
const HELPER_GUIDANCE = "helping-with-a-safety-plan";

/** The headings, role names and guidance links of a note, in the reader's language (messages helperNote). */
export async function briefWords(): Promise<BriefWords> {
  const [words, locale] = await Promise.all([messageBlock("helperNote"), getLocale()]);
  const anchors: Record<string, string> = words.anchors;
  const roles = Object.fromEntries(
    Object.entries(words.roles).map(([role, name]) => {
      const page = guidanceBySlug(guidanceForRole[role] ?? HELPER_GUIDANCE, locale);
      return [role, { name, href: `${guidePath(page.code)}#${encodeURIComponent(anchors[role] ?? "")}` }];
    }),
  );
  return {
    from: words.from,
    rolesHeading: words.rolesHeading,
    guidanceLink: words.guidanceLink,
    canDoHeading: words.canDoHeading,
    signalHeading: words.signalHeading,
    whatToDoHeading: words.whatToDoHeading,
    placeHeading: words.placeHeading,
    ownWordsHeading: words.ownWordsHeading,
    roles,
  };
}
