import { useTranslations } from "next-intl";
import { AppLink } from "@/components/app-link/app-link";
import { planRoutes } from "@/lib/site/site-routes";
import { ReviewByForm } from "./review-by-form";

type Props = {
  /** What changed since the last review; undefined before the first one. */
  changes?: string[];
  reviewBy?: string;
  version: number;
  setReviewBy: React.ComponentProps<typeof ReviewByForm>["action"];
};

/** What changed since the last review, folded to one line, and the date to look again. */
export function SinceLastReview({ changes, reviewBy, version, setReviewBy }: Props) {
  const t = useTranslations("plan.sinceReview");
  return (
    <section aria-labelledby="changed-heading" className="mb-6 rounded-md bg-calm p-3">
      <h2 id="changed-heading" className="mt-0 mb-1 text-base">
        {t("heading")}
      </h2>
      {changes === undefined ? (
        <p className="mb-2">
          {t.rich("notYet", { review: (words) => <AppLink href={planRoutes.review}>{words}</AppLink> })}
        </p>
      ) : changes.length === 0 ? (
        <p className="mb-2">{t("nothing")}</p>
      ) : (
        <details className="mb-2">
          <summary className="cursor-pointer py-1">{t("count", { count: changes.length })}</summary>
          <ul data-changes="">
            {changes.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      )}
      <ReviewByForm
        action={setReviewBy}
        reviewBy={reviewBy}
        version={version}
        words={{ label: t("remindLabel"), submit: t("setDate") }}
      />
    </section>
  );
}
