import type { Resource } from "@/lib/content/resource-schema";

/** A line as the server hands it to the search form: `dial` is the number as a phone dials it. */
export type LineToCall = Pick<Resource, "id" | "name" | "phone" | "hours" | "traces"> & { dial: string };

/** A person can always be reached: shown with every answer, and when nothing fits. */
export function PersonToTalkTo({ lines, heading }: { lines: LineToCall[]; heading: string }) {
  return (
    <section aria-labelledby="talk-heading" className="mt-6 rounded-md bg-calm p-4" data-talk-to-a-person="">
      <h2 id="talk-heading" className="mt-0 text-lg">
        {heading}
      </h2>
      <ul className="mb-0 list-none pl-0">
        {lines.map((line) => (
          <li key={line.id} className="mb-2">
            <span className="font-bold">{line.name}</span>: <a href={`tel:${line.dial}`}>{line.phone}</a>{" "}
            <span className="text-muted">({line.hours})</span>
            <span className="block text-sm">{line.traces}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
