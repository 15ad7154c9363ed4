import { AppLink } from "@/components/app-link/app-link";
import { describeTimeIn } from "@/lib/site/describe-time";

type Revision = { id: string; value: { savedAt: string; reason: string } };

type Props = {
  revisions: readonly Revision[];
  /** Why each snapshot was kept, in words, by its reason. */
  labels: Readonly<Record<string, string>>;
  hrefOf: (id: string) => string;
  /** The person's zone, when known; else times say UTC. */
  timeZone?: string;
  /** The reader's locale for times ("en-CA", "fr-CA"), and what to say when there is nothing yet. */
  locale: string;
  empty: string;
};

/** A plan's snapshots, newest first, each a link to the plan as it was then. */
export function RevisionList({ revisions, labels, hrefOf, timeZone, locale, empty }: Props) {
  if (revisions.length === 0) return <p>{empty}</p>;
  return (
    <ol className="list-none pl-0" data-revisions="">
      {revisions.map(({ id, value }) => (
        <li key={id} className="mb-3">
          <AppLink href={hrefOf(id)} className="font-bold">
            {labels[value.reason] ?? labels.save}
          </AppLink>{" "}
          <span className="text-muted">{describeTimeIn(new Date(value.savedAt), timeZone, new Date(), locale)}</span>
        </li>
      ))}
    </ol>
  );
}
