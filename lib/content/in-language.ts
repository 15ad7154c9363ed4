import "server-only";
import { directory } from "./guidance";
import type { Resource } from "./resource-schema";

/**
 * The same services, in another language's words. Which services to show is decided over the
 * English directory (its card labels and "Always open" hours are what the filters read); every
 * language's directory has the same ids, numbers and regions.
 */
export function inLanguage(resources: Resource[], language: string): Resource[] {
  const translated = new Map(directory(language).map((resource) => [resource.id, resource]));
  return resources.map((resource) => translated.get(resource.id) ?? resource);
}
