import path from "node:path";

/**
 * Prisma's CLI wants a schema-engine binary it would download; `generate` never runs it, so any
 * existing file satisfies the check and nothing is fetched. Update checks are switched off too.
 */
export function offlinePrismaEnvironment(root: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: path.join(root, "package.json"),
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  };
}
