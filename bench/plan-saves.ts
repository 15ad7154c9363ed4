// Plan saves at 50 clients (an autosave with JavaScript, and a save without), each with an account of its own (so no save waits on another's
// version), on one running server: saves per second, p50 and p99.
import { signUpMany } from "./bench-accounts";
import { planAutosaveTarget } from "./autosave-target";
import { planSaveTarget } from "./load-targets";
import { measureServerLoad, type ServerLoadResult } from "./server-load";

export const SAVE_CLIENTS = 50;

export async function measurePlanSaves(
  url: string,
  pid: number,
  database: string,
  seconds: number,
): Promise<ServerLoadResult> {
  const accounts = await signUpMany(url, SAVE_CLIENTS);
  const perClient = (target: Awaited<ReturnType<typeof planSaveTarget>>) => ({
    ...target,
    name: `${target.name}, one account per client`,
  });
  const targets = [perClient(await planAutosaveTarget(accounts)), perClient(await planSaveTarget(accounts))];
  return measureServerLoad(url, pid, database, targets, [SAVE_CLIENTS], seconds);
}
