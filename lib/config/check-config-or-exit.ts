import { ConfigurationError } from "./config-schema";
import { loadConfig, type Config } from "./load-config";

/** Start-up only: a bad value ends the process with one line naming the variable. */
export function checkConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
