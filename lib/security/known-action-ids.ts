import fs from "node:fs";
import path from "node:path";

/**
 * The server action ids of this build, from the manifest Next writes at build time, or null when
 * it cannot be read (in development): then Next decides alone. Next answers an unknown id with a
 * 409 but logs it with a stack trace, so anyone could fill the log; the proxy answers it first.
 */
function readKnownActionIds(): ReadonlySet<string> | null {
  try {
    const file = path.join(
      /* turbopackIgnore: true */ process.cwd(),
      process.env.NEXT_DIST_DIR ?? ".next",
      "server",
      "server-reference-manifest.json",
    );
    const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as {
      node?: Record<string, unknown>;
      edge?: Record<string, unknown>;
    };
    return new Set([...Object.keys(manifest.node ?? {}), ...Object.keys(manifest.edge ?? {})]);
  } catch {
    return null;
  }
}

let known: ReadonlySet<string> | null | undefined;

/** Read once per server process: a build's actions do not change while it runs. */
export function knownActionIds(): ReadonlySet<string> | null {
  if (known === undefined) known = readKnownActionIds();
  return known;
}
