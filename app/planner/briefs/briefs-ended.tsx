import { getTranslations } from "next-intl/server";

/** What the last "end" did, said once after its redirect (the address holds no name, only what happened). */
export async function BriefsEnded({ ended, count }: { ended?: string; count: number }) {
  const t = await getTranslations("helperBriefs.list");
  const said =
    ended === "one"
      ? t("ended")
      : ended === "all"
        ? count > 0
          ? t("endedAll", { count })
          : t("endedNone")
        : ended === "none"
          ? t("notFound")
          : undefined;
  if (!said) return null;
  return (
    <p role="status" className="rounded-md border-l-4 border-link bg-calm p-4 font-bold" data-briefs-ended="">
      {said}
    </p>
  );
}
