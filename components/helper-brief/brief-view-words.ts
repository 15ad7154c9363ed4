import "server-only";
import { getTranslations } from "next-intl/server";
import { helperRoles, type HelperRole } from "@/lib/helper-briefs/brief-content";
import type { BriefViewWords } from "./brief-view";

/** The view's words in the reader's language; her own words keep the language she wrote them in. */
export async function briefViewWords(): Promise<BriefViewWords> {
  const [t, roles] = await Promise.all([getTranslations("helperBriefs.view"), getTranslations("helperBriefs.roles")]);
  return {
    from: t("from"),
    canDo: t("canDo"),
    signal: t("signal"),
    signalWord: t("signalWord"),
    whatToDo: t("whatToDo"),
    place: t("place"),
    ownWords: t("ownWords"),
    guides: t("guides"),
    guideFor: t("guideFor"),
    nothing: t("nothing"),
    roles: Object.fromEntries(helperRoles.map((role) => [role, roles(role)])) as Record<HelperRole, string>,
  };
}
