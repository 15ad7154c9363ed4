import { AppLink } from "@/components/app-link/app-link";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ImportState } from "@/lib/forms/plan-form-states";
import { siteRoutes } from "@/lib/site/site-routes";

type Props = {
  preview: NonNullable<ImportState["preview"]>;
  changedSince?: boolean;
  action: (form: FormData) => void;
};

/** What bringing back an opened copy would change, and the one button that does it. */
export function ImportPreview({ preview, changedSince, action }: Props) {
  return (
    <section aria-labelledby="preview-heading">
      <h2 id="preview-heading">What this copy would change</h2>
      <p role="status">
        {changedSince
          ? "Your plan was saved somewhere else since you opened the copy, so nothing was replaced. Here is what the copy would change now."
          : "The copy is open. Nothing has been replaced yet."}
      </p>
      {preview.same ? (
        <p>This copy is the same as your plan now, so there is nothing to bring back.</p>
      ) : (
        <>
          <p>Compared with your plan now, bringing back the copy makes these changes, as if you made them yourself:</p>
          <ul data-import-changes="">
            {preview.changes.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <form action={action} noValidate className="mb-4">
            <input type="hidden" name="step" value="confirm" />
            <input type="hidden" name="preview" value={preview.token} />
            <p>Your plan as it is now is kept in your history first, so you can bring it back later.</p>
            <SubmitButton>Bring back my plan</SubmitButton>
          </form>
        </>
      )}
      <p>
        <AppLink href={siteRoutes.makeAPlan.href}>Keep my plan as it is</AppLink>
      </p>
    </section>
  );
}
