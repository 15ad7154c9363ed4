// Memory and CPU of a server and its children, read from /proc (Linux).
import fs from "node:fs";

function read(file: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

/** The process and every descendant (`next start` may run the server in a child). */
export function processTree(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    // The parent id is the 2nd field after the command name, which may contain spaces.
    const stat = read(`/proc/${entry}/stat`);
    const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  const tree = [rootPid];
  for (let index = 0; index < tree.length; index += 1) tree.push(...(children.get(tree[index] as number) ?? []));
  return tree;
}

/** A field of /proc/<pid>/status in KiB (VmRSS: resident now, VmHWM: the peak so far). */
export function statusKiB(pid: number, field: "VmRSS" | "VmHWM"): number {
  return Number(new RegExp(`^${field}:\\s+(\\d+)`, "m").exec(read(`/proc/${pid}/status`))?.[1] ?? 0);
}

function cpuTicks(pids: number[]): number {
  return pids.reduce((sum, pid) => {
    const fields = read(`/proc/${pid}/stat`).split(") ")[1]?.split(" ") ?? [];
    return sum + Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  }, 0);
}

export type MemoryPeak = { peakTreeRssMiB: number; peakProcessHwmMiB: number; processes: number };

/** Samples the whole tree's resident memory every `everyMs` until stopped. */
export function sampleMemory(rootPid: number, everyMs = 100): { stop(): MemoryPeak } {
  let peakTree = 0;
  let processes = 1;
  const sample = () => {
    const tree = processTree(rootPid);
    processes = Math.max(processes, tree.length);
    peakTree = Math.max(
      peakTree,
      tree.reduce((sum, pid) => sum + statusKiB(pid, "VmRSS"), 0),
    );
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      const peakHwm = Math.max(...processTree(rootPid).map((pid) => statusKiB(pid, "VmHWM")));
      return { peakTreeRssMiB: Math.round(peakTree / 1024), peakProcessHwmMiB: Math.round(peakHwm / 1024), processes };
    },
  };
}

/** Waits until the server has finished work left over from a run (e.g. queued Argon2). */
export async function waitUntilIdle(rootPid: number, maxMs = 20_000): Promise<void> {
  const deadline = Date.now() + maxMs;
  let before = cpuTicks(processTree(rootPid));
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = cpuTicks(processTree(rootPid));
    // Clock ticks are 1/100 s: under 5 ticks in 250 ms is under 20 % of one core.
    if (now - before < 5) return;
    before = now;
  }
}
