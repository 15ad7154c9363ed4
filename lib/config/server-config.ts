import "server-only";
import { loadConfig, type Config } from "./load-config";

let cached: Config | undefined;

/** The validated configuration, read once per server process. */
export function serverConfig(): Config {
  cached ??= loadConfig();
  return cached;
}
