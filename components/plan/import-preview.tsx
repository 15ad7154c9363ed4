import { AppLink } from "@/components/app-link/app-link";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ImportState } from "@/lib/forms/plan-form-states";
import { siteRoutes } from "@/lib/site/site-routes";

/** The preview's words in the reader's language (messages planFiles.preview). */
export type ImportPreviewWords = {
  heading: string;
  changedSince: string;
  opened: string;
  same: string;
  changes: string;
  keptFirst: string;
  bringBack: string;
  keep: string;
};

type Props = {
  preview: NonNullable<ImportState["preview"]>;
  changedSince?: boolean;
  action: (form: FormData) => void;
  words: ImportPreviewWords;
};

/** What bringing back an opened copy would change, and the one button that does it. */
export function ImportPreview({ preview, changedSince, action, words }: Props) {
  return (
    <section aria-labelledby="preview-heading">
      <h2 id="preview-heading">{words.heading}</h2>
      <p role="status">{changedSince ? words.changedSince : words.opened}</p>
      {preview.same ? (
        <p>{words.same}</p>
      ) : (
        <>
          <p>{words.changes}</p>
          <ul data-import-changes="">
            {preview.changes.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <form action={action} noValidate className="mb-4">
            <input type="hidden" name="step" value="confirm" />
            <input type="hidden" name="preview" value={preview.token} />
            <p>{words.keptFirst}</p>
            <SubmitButton>{words.bringBack}</SubmitButton>
          </form>
        </>
      )}
      <p>
        <AppLink href={siteRoutes.makeAPlan.href}>{words.keep}</AppLink>
      </p>
    </section>
  );
}
