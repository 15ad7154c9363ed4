import "server-only";
import { unstable_rethrow } from "next/navigation";
import { cache } from "react";
import { currentSession } from "../auth/current-session";
import { serverConfig } from "../config/server-config";
import { database } from "../db/database";
import { isDatabaseUnavailable, logDatabaseUnavailable } from "../db/database-unavailable";
import type { TimeZoneSetting } from "./display-settings";
import type { PlanKind } from "./plan-kind";
import { loadPlanKind } from "./plan-kind-store";
import { loadDisplaySettings } from "./settings-store";

export type Display = {
  /** The operator's neutral name (SITE_NAME). */
  siteName: string;
  /** The person's own tab title, while they are signed in and have chosen one. */
  tabTitle?: string;
  /** Where quick exit leaves for: the person's choice while signed in, else QUICK_EXIT_URL. */
  exitUrl: string;
  /** The zone the person's times are shown in, while signed in and known; else times say UTC. */
  timeZone?: TimeZoneSetting;
  /** The plan the menu offers: the one the signed-in person chose; signed out, the safety plan. */
  planKind: PlanKind;
};

/**
 * How this request's pages show themselves. Signed out, or if anything goes wrong, the operator's
 * defaults: the title and the quick exit must always render, whatever the database is doing.
 */
export const currentDisplay = cache(async (): Promise<Display> => {
  const { siteName, quickExitUrl } = serverConfig();
  const usual: Display = { siteName, exitUrl: quickExitUrl, planKind: "safety" };
  try {
    const session = await currentSession();
    if (!session) return usual;
    const [settings, planKind] = await Promise.all([
      loadDisplaySettings(database(), session),
      loadPlanKind(database(), session),
    ]);
    return {
      siteName,
      tabTitle: settings.tabTitle,
      exitUrl: settings.exitUrl ?? quickExitUrl,
      timeZone: settings.timeZone,
      planKind,
    };
  } catch (error) {
    unstable_rethrow(error);
    if (isDatabaseUnavailable(error)) logDatabaseUnavailable("display settings");
    else console.error("Could not read the display settings; showing the usual title and quick exit.");
    return usual;
  }
});
