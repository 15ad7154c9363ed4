import { getTranslations } from "next-intl/server";

/** Which earlier versions the history keeps (lib/plan/snapshot-keeping.ts), said on both history pages. */
export async function KeepingNote() {
  const t = await getTranslations("plan.keeping");
  return <p>{t("rule")}</p>;
}
