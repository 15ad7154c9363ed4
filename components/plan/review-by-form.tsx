/** The date the person wants to look at their plan again; shown after sign-in once it is due. */
type Props = { action: (form: FormData) => Promise<void>; reviewBy?: string; version: number };

export function ReviewByForm({ action, reviewBy, version }: Props) {
  return (
    <form action={action} className="mb-6 flex flex-wrap items-end gap-3">
      <input type="hidden" name="version" value={version} />
      <div>
        <label htmlFor="review-by" className="mb-1 block font-bold">
          Remind me to review my plan on
        </label>
        <input
          id="review-by"
          type="date"
          name="reviewBy"
          defaultValue={reviewBy ?? ""}
          autoComplete="off"
          className="rounded-md border-2 border-gray-500 px-3 py-2"
        />
      </div>
      <button type="submit" className="min-h-11 rounded-md border-2 border-ink px-4 py-2 font-bold">
        Set date
      </button>
    </form>
  );
}
