#!/usr/bin/env node
// Writes a synthetic municipal social-program registry (no real person in it) for benchmarks:
// `node bench/generate.mjs [rows=1000000] [out=bench/data/registro-1m.csv] [--errors[=rate]]`.
// Same seed, same bytes: the file is reproducible and never committed (bench/data is gitignored).
// With `--errors` (default rate 0.01 = 1% of rows) it injects known errors at deterministic random rows
// and writes `<out>.manifest.json` with the true count of every error type and field (see registry.mjs).
import { resolve } from "node:path";
import { generateRegistry } from "./registry.mjs";

const flags = process.argv.slice(2).filter((a) => a.startsWith("--"));
const args = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const rows = Number(args[0] ?? 1_000_000);
const out = resolve(args[1] ?? new URL("./data/registro-1m.csv", import.meta.url).pathname);
const errorsFlag = flags.find((f) => f === "--errors" || f.startsWith("--errors="));
const errors = errorsFlag ? { rate: Number(errorsFlag.split("=")[1] ?? 0.01) } : false;

const { manifest, manifestPath } = await generateRegistry({ rows, out, errors });
console.log(`wrote ${rows} rows to ${out}`);
if (manifest) console.log(`wrote ${manifest.total} injected errors to ${manifestPath}`);
