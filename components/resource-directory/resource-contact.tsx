import { getTranslations } from "next-intl/server";
import { dialable, type Resource } from "@/lib/content/resource-schema";

/** The ways to reach one service, as links a phone can act on. */
export async function ResourceContact({ resource }: { resource: Resource }) {
  const t = await getTranslations("pages.directory");
  return (
    <ul className="mb-1 list-none pl-0">
      {resource.phone && (
        <li>
          {t("call")} <a href={`tel:${dialable(resource.phone)}`}>{resource.phone}</a>
        </li>
      )}
      {resource.tty && (
        <li>
          {t("tty")} <a href={`tel:${dialable(resource.tty)}`}>{resource.tty}</a>
        </li>
      )}
      {resource.text && (
        <li>
          {t("text")}{" "}
          <a
            href={`sms:${dialable(resource.text.number)}${resource.text.body ? `?body=${encodeURIComponent(resource.text.body)}` : ""}`}
          >
            {resource.text.body
              ? t("textTo", { body: resource.text.body, number: resource.text.number })
              : resource.text.number}
          </a>
        </li>
      )}
      {resource.url && (
        <li>
          {t("website")}{" "}
          <a href={resource.url} rel="noreferrer">
            {new URL(resource.url).hostname.replace(/^www\./, "")}
          </a>
        </li>
      )}
    </ul>
  );
}
