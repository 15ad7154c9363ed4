import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { chromiumPath } from "./chromium";
import { postgresVersion } from "./database-servers";

export type Machine = {
  description: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  chromium: string;
  postgres: string;
};

function quietly(read: () => string, fallback: string): string {
  try {
    return read().trim();
  } catch {
    return fallback;
  }
}

export function describeMachine(): Machine {
  const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
  const cores = os.cpus().length;
  const memoryGiB = Math.round(os.totalmem() / 2 ** 30);
  const release = quietly(
    () => /^PRETTY_NAME="?([^"\n]*)/m.exec(fs.readFileSync("/etc/os-release", "utf8"))?.[1] ?? os.type(),
    os.type(),
  );
  const machine = {
    cpu,
    cores,
    memoryGiB,
    os: `${release}, kernel ${os.release()}`,
    node: process.version,
    chromium: quietly(
      () => execFileSync(chromiumPath(), ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }),
      "Chromium not found",
    ),
    postgres: postgresVersion(),
  };
  return { description: `${cores} × ${cpu}, ${memoryGiB} GiB, ${machine.os}, Node ${machine.node}`, ...machine };
}
