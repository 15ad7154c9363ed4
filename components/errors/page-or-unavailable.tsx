import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { ReactNode } from "react";
import { isDatabaseUnavailable, logDatabaseUnavailable } from "@/lib/db/database-unavailable";
import { DatabaseUnavailableNotice } from "./something-went-wrong";

/**
 * A page that reads the database, drawn as the "try again" notice when the database cannot be
 * reached. Without this, Next answers with an empty error document (app/error.tsx only appears once
 * JavaScript runs) and logs the error with its stack and the database's address.
 */
export function pageOrUnavailable<Props>(page: (props: Props) => Promise<ReactNode>) {
  return async function PageOrUnavailable(props: Props): Promise<ReactNode> {
    try {
      return await page(props);
    } catch (error) {
      // Redirects and not-found are how Next itself leaves a page: let them through.
      unstable_rethrow(error);
      if (!isDatabaseUnavailable(error)) throw error;
      logDatabaseUnavailable("page");
      return <DatabaseUnavailableNotice />;
    }
  };
}
