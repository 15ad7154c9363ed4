import { createHash } from "node:crypto";

/**
 * A short, stable, meaningless path segment for a topic. Browser history shows addresses next to
 * titles, so an address like /guide/safety-when-leaving would say what the neutral title hides.
 */
export function neutralCode(kind: string, slug: string): string {
  return createHash("sha256").update(`${kind}:${slug}`).digest("hex").slice(0, 8);
}
