#!/usr/bin/env node
// `ciudata clean` (issue #22) on the 1M-row registry `bench/data/registro-1m.csv` (made by bench/registry.mjs
// through `node bench/generate.mjs`), side by side with reading the same file:
// - read: `openFile(...).batches()` of @ciudata/table/node, every row, nothing else (the baseline);
// - clean: the CLI's `run(["clean", file, "--out", …, "--steps", "all"])` in this process, then with `--log`: open,
//   settle the columns on the first 1,000 rows, trim, blank and duplicate rows (64-bit fingerprints),
//   decimal comma, ISO dates, disaggregation codes, the CSV written atomically and the change log beside it;
//   one pass (the default: the file's byte ranges cleaned in order in this thread; `--threads N` is opt-in).
// The issue's target: clean within 2× of reading. Each is run twice, alternated; the faster of each counts.
// Run: `nice -n 19 node bench/clean.mjs` (builds table and cli if their dist is missing); it replaces its
// section of bench/RESULTS.md (BENCH_CLEAN_WRITE=0 prints it only).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { withSection } from "./hostile.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const RESULTS = join(ROOT, "bench", "RESULTS.md");
const DATA = join(ROOT, "bench", "data", "registro-1m.csv");
const TABLE_DIST = join(ROOT, "packages", "table", "dist");
const CLI_DIST = join(ROOT, "packages", "cli", "dist");

/** The heading of this bench's section in bench/RESULTS.md. */
export const CLEAN_HEADING = "## Cleaning a table (issue #22)";
const TARGET = 2;

const seconds = (t0) => (performance.now() - t0) / 1000;
/** User CPU seconds since `u0` (this process, all its threads): steadier than wall time on a busy machine. */
const userSeconds = (u0) => process.cpuUsage(u0).user / 1e6;

async function read(table) {
  const t0 = performance.now();
  const u0 = process.cpuUsage();
  const opened = await table.openFile(DATA);
  let rows = 0;
  for await (const batch of opened.batches()) rows += batch.length;
  await opened.close();
  return { seconds: seconds(t0), user: userSeconds(u0), rows };
}

async function clean(cli, dir, withLog) {
  let out = "";
  const io = { stdout: (s) => (out += s), stderr: (s) => (out += s), env: { LANG: "en" }, cwd: dir };
  const t0 = performance.now();
  const u0 = process.cpuUsage();
  const code = await cli.run(
    [
      "clean",
      DATA,
      "--out",
      join(dir, "clean.csv"),
      "--steps",
      "all",
      ...(withLog ? ["--log", join(dir, "log.csv")] : []),
      "--json",
    ],
    io,
  );
  const s = seconds(t0);
  const user = userSeconds(u0);
  if (code !== 0) throw new Error(`clean exited ${code}: ${out}`);
  return {
    seconds: s,
    user,
    report: JSON.parse(out),
    log: withLog ? statSync(join(dir, "log.csv")).size : 0,
  };
}

async function main() {
  if (!existsSync(DATA))
    execFileSync("node", [join(ROOT, "bench", "generate.mjs")], { cwd: ROOT, stdio: "inherit" });
  for (const [pkg, dist] of [
    ["table", TABLE_DIST],
    ["cli", CLI_DIST],
  ])
    if (!existsSync(join(dist, "index.js")))
      execFileSync("node", ["scripts/build.mjs", pkg], { cwd: ROOT, stdio: "inherit" });
  const table = await import(pathToFileURL(join(TABLE_DIST, "node", "index.js")).href);
  const cli = await import(pathToFileURL(join(CLI_DIST, "index.js")).href);
  const dir = mkdtempSync(join(tmpdir(), "ciudata-bench-clean-"));
  const loadBefore = loadavg()[0];
  try {
    const reads = [];
    const cleans = [];
    const logged = [];
    for (let i = 0; i < 2; i++) {
      reads.push(await read(table));
      cleans.push(await clean(cli, dir, false));
      logged.push(await clean(cli, dir, true));
    }
    const loadAfter = loadavg()[0];
    const r = Math.min(...reads.map((x) => x.seconds));
    const ru = Math.min(...reads.map((x) => x.user));
    const fastest = (runs) => runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    const c = fastest(cleans);
    const l = fastest(logged);
    const ratio = c.seconds / r;
    const counts = Object.entries(c.report.counts)
      .map(([k, v]) => `${k} ${v.toLocaleString("en")}`)
      .join(", ");
    const text = `${CLEAN_HEADING}

Input: \`bench/data/registro-1m.csv\` (${(statSync(DATA).size / 1e6).toFixed(0)} MB, ${reads[0].rows.toLocaleString("en")} rows). Read =
\`openFile(...).batches()\` of every row; clean = \`ciudata clean --steps all\` in the same process (settle,
clean, write the CSV atomically; ${c.report.threads === 1 ? "one pass from byte ranges, the default" : `${c.report.threads} worker threads, byte ranges written in order`}), then the same with \`--log log.csv\` (every change streamed to the log). Each run twice, alternated; the faster counts.
Machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version},
load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after (a shared machine: absolute times vary;
user CPU seconds, all threads of the process, vary less).

| Step | Seconds | × read | User CPU s | × read |
| ---- | ------: | -----: | ---------: | -----: |
| read | ${r.toFixed(2)} | 1.00 | ${ru.toFixed(2)} | 1.00 |
| clean (all steps) | ${c.seconds.toFixed(2)} | ${ratio.toFixed(2)} | ${c.user.toFixed(2)} | ${(c.user / ru).toFixed(2)} |
| clean (all steps, \`--log log.csv\`) | ${l.seconds.toFixed(2)} | ${(l.seconds / r).toFixed(2)} | ${l.user.toFixed(2)} | ${(l.user / ru).toFixed(2)} |

Target: clean within ${TARGET}× of reading — ${ratio <= TARGET ? "met" : "NOT met"} without a log (${(l.seconds / r).toFixed(1)}× with
the log of every change). Rows written ${c.report.rowsOut.toLocaleString("en")}; changes: ${counts || "none"};
log ${(l.log / 1e6).toFixed(1)} MB.
`;
    if (process.env.BENCH_CLEAN_WRITE !== "0") {
      const md = existsSync(RESULTS) ? readFileSync(RESULTS, "utf8") : "# Benchmarks\n";
      writeFileSync(`${RESULTS}.tmp`, withSection(md, CLEAN_HEADING, text));
      renameSync(`${RESULTS}.tmp`, RESULTS);
    }
    console.log(text);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
