// `npm run bench`: measures, prints a table, and writes bench/results/latest.json.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { measureSignInCost } from "./sign-in-cost";

const signIn = await measureSignInCost();

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
console.log(`Benchmarks on ${machine}\n`);
console.table([{ measure: "sign-in cost (median)", value: `${signIn.medianMs} ms`, detail: `${signIn.parameters}, ${signIn.runs} runs, ${signIn.minMs}-${signIn.maxMs} ms` }]);

const output = path.join(import.meta.dirname, "results", "latest.json");
fs.writeFileSync(output, `${JSON.stringify({ measuredAt: new Date().toISOString(), machine, signIn }, null, 2)}\n`);
console.log(`\nWritten to ${path.relative(process.cwd(), output)}`);
