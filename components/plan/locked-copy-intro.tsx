import { useTranslations } from "next-intl";

/** What a locked copy is and what it leaves behind, above either plan's form for making one. */
export function LockedCopyIntro({ what }: { what: "plan" | "changePlan" }) {
  const t = useTranslations("planFiles.lockedCopy");
  return (
    <>
      <p>{t(what === "plan" ? "aboutPlan" : "aboutChangePlan")}</p>
      <p>{t.rich("download", { file: (name) => <code>{name}</code> })}</p>
    </>
  );
}
