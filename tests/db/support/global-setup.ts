import type { TestProject } from "vitest/node";
import { startPostgresCluster, type PostgresCluster } from "./postgres-cluster";

declare module "vitest" {
  export interface ProvidedContext {
    /** `postgres://app@127.0.0.1:PORT` of the cluster shared by every db test file. */
    postgresBaseUrl: string;
  }
}

let cluster: PostgresCluster | undefined;

export async function setup(project: TestProject): Promise<void> {
  cluster = await startPostgresCluster();
  project.provide("postgresBaseUrl", cluster.baseUrl);
}

export async function teardown(): Promise<void> {
  await cluster?.stop();
  cluster = undefined;
}
