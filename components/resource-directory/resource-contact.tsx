import { dialable, type Resource } from "@/lib/content/resource-schema";

/** The ways to reach one service, as links a phone can act on. */
export function ResourceContact({ resource }: { resource: Resource }) {
  return (
    <ul className="mb-1 list-none pl-0">
      {resource.phone && (
        <li>
          Call <a href={`tel:${dialable(resource.phone)}`}>{resource.phone}</a>
        </li>
      )}
      {resource.tty && (
        <li>
          TTY <a href={`tel:${dialable(resource.tty)}`}>{resource.tty}</a>
        </li>
      )}
      {resource.text && (
        <li>
          Text{" "}
          <a
            href={`sms:${dialable(resource.text.number)}${resource.text.body ? `?body=${encodeURIComponent(resource.text.body)}` : ""}`}
          >
            {resource.text.body ? `${resource.text.body} to ${resource.text.number}` : resource.text.number}
          </a>
        </li>
      )}
      {resource.url && (
        <li>
          Website{" "}
          <a href={resource.url} rel="noreferrer">
            {new URL(resource.url).hostname.replace(/^www\./, "")}
          </a>
        </li>
      )}
    </ul>
  );
}
