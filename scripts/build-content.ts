// Renders content/ to lib/content/generated/content.json; a bad file stops here, named.
import path from "node:path";
import { ContentError } from "../lib/content/content-error";
import { buildContent } from "../lib/content/build-content";

try {
  const bundle = buildContent(path.resolve(import.meta.dirname, ".."));
  console.log(
    `Content: ${bundle.guidance.length} guidance pages, ${bundle.resources.en.length} resources, ${bundle.strategies.length} strategies.`,
  );
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(`Content error: ${error.message}`);
  process.exit(1);
}
