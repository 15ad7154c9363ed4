import { getTranslations } from "next-intl/server";
import type { Resource } from "@/lib/content/resource-schema";
import { regionWords } from "@/lib/content/region-words";
import { whereServed } from "@/lib/content/service-area";
import { ResourceContact } from "./resource-contact";

/** One service: what it offers, how to reach it, and what reaching it can leave behind. */
export async function ResourceCard({ resource }: { resource: Resource }) {
  const [t, regions] = await Promise.all([getTranslations("pages.directory"), regionWords()]);
  return (
    <li id={`service-${resource.id}`} className="mb-6 border-b border-gray-200 pb-4">
      <h2 className="mt-0 mb-1 text-lg">{resource.name}</h2>
      <p className="mb-1">{resource.offers}</p>
      <ResourceContact resource={resource} />
      <p className="mb-1 text-sm text-muted">
        {[resource.hours, whereServed(resource, regions), languagesOf(resource, t)].filter(Boolean).join(" · ")}
      </p>
      <p className="mb-0 text-sm">
        <strong>{t("leaveBehind")}</strong> {resource.traces}
      </p>
    </li>
  );
}

/** The directory's words about languages, in the reader's language (messages: pages.directory). */
export type LanguageWords = (
  key: "notStatedInSource" | "languagesNotStated" | "withInterpreters",
  values?: { spoken: string },
) => string;

/** "English, French", and whether others can be had through an interpreter, unless the list says so. */
export function languagesOf(resource: Resource, t: LanguageWords): string {
  if (resource.languages.join() === t("notStatedInSource")) return t("languagesNotStated");
  const spoken = resource.languages.join(", ");
  const saysSoAlready = /interpr|languages|langues/i.test(spoken);
  return resource.interpreters && !saysSoAlready ? t("withInterpreters", { spoken }) : spoken;
}
