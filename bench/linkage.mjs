#!/usr/bin/env node
// Record linkage (issue #18): dedupe of a generated registry of about 1,000,000 rows and linkage of two
// generated registries of 1,000,000 rows each, in-process and on DuckDB, each case in its own process
// (wall time from the process start, peak RSS from process.resourceUsage), with the comparison count,
// pairs per second, the time of each step and F1 against the generator's truth.
// Run alone: `node bench/linkage.mjs` (or `BENCH_ONLY=linkage pnpm bench`); it replaces its section of
// bench/RESULTS.md. BENCH_LINKAGE_SIZE=100000 runs smaller registries (section not written unless
// BENCH_LINKAGE_WRITE=1; BENCH_LINKAGE_WRITE=0 never writes it); BENCH_LINKAGE_ENGINES=inprocess skips DuckDB; BENCH_LINKAGE_CASES=dedupe or link.
// The registries are generated once into bench/data/linkage-<size>/ (gitignored) by `writeRegistries` /
// `writeRegistry` of @ciudata/linkage/node and reused while the generator version is the same.
// BENCH_LINKAGE_SKIP_RULES=given1+surname1+locality leaves default blocking rules out of the linkage case.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { withSection } from "./hostile.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const RESULTS = join(ROOT, "bench", "RESULTS.md");
const DIST = join(ROOT, "packages", "linkage", "dist");

/** The heading of this bench's section in bench/RESULTS.md. */
export const LINKAGE_HEADING = "## Record linkage (issue #18)";
/** Bumped when the generator's output changes, so stale data is regenerated. */
const DATA_VERSION = 1;
/** Targets from issue #18. */
const TARGETS = { seconds: 120, rssMB: 2048 };

const size = Number(process.env.BENCH_LINKAGE_SIZE ?? 1_000_000);
const dataDir = (kind) => join(ROOT, "bench", "data", `linkage-${size}`, kind);

const mb = (kib) => Math.round(kib / 1024);
const int = (n) => Math.round(n).toLocaleString("en");

/** Generates the registries of one case unless they are there and current. */
async function ensureData(kind) {
  const dir = dataDir(kind);
  const stamp = join(dir, "manifest.json");
  if (existsSync(stamp) && JSON.parse(readFileSync(stamp, "utf8")).benchVersion === DATA_VERSION) return dir;
  const node = await import(pathToFileURL(join(DIST, "node", "index.js")).href);
  const t0 = performance.now();
  // Dedupe: 909,091 people and 10% of them written twice or more give about 1,000,000 rows.
  const files =
    kind === "dedupe"
      ? await node.writeRegistry(dir, { people: Math.round(size / 1.11), seed: 18, duplicatesWithin: 0.1 })
      : await node.writeRegistries(dir, { people: size, seed: 18, overlap: 0.5 });
  const manifest = JSON.parse(readFileSync(stamp, "utf8"));
  writeFileSync(stamp, `${JSON.stringify({ ...manifest, benchVersion: DATA_VERSION }, null, 2)}\n`);
  console.log(
    `generated ${dir}: ${files.rows.join(" + ")} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  return dir;
}

/**
 * The settings of the linkage case: the defaults, less the blocking rules named in BENCH_LINKAGE_SKIP_RULES
 * (fields joined with "+", comma-separated; e.g. a rule over the cap at this size).
 */
function linkSettings(lib, a, b) {
  const skip = (process.env.BENCH_LINKAGE_SKIP_RULES ?? "").split(",").filter(Boolean);
  if (skip.length === 0) return {};
  const defaults = lib.defaultSettings(Object.keys(a.fields).filter((f) => f in b.fields));
  return { ...defaults, blocking: defaults.blocking.filter((r) => !skip.includes(r.on.join("+"))) };
}

/** One case in this process (the child): prints one JSON line. */
async function child(kind, engineName, dir) {
  const started = performance.now();
  const lib = await import(pathToFileURL(join(DIST, "index.js")).href);
  const node = await import(pathToFileURL(join(DIST, "node", "index.js")).href);
  const engine = engineName === "duckdb" ? node.duckdbEngine() : undefined;
  const steps = {};
  let last = performance.now();
  const mark = (name) => {
    const now = performance.now();
    steps[name] = (now - last) / 1000;
    last = now;
    // Progress on stderr (the parent shows it), so a long run says where it is.
    process.stderr.write(
      `  ${kind} ${engineName}: ${name} ${steps[name].toFixed(1)} s, ${mb(process.resourceUsage().maxRSS)} MB\n`,
    );
  };
  const onProgress = (step, done, total) => {
    if (done === 0) mark(`before ${step}`);
    else if (done === total) mark(step);
  };
  let result;
  let sides;
  if (kind === "dedupe") {
    const records = await node.readRecords(join(dir, "registry.csv"), lib.generatedMapping("a"), {
      source: "registry.csv",
    });
    mark("read");
    // As docs/en/linkage.md advises for one registry: household fields block but are not compared.
    const defaults = lib.defaultSettings(Object.keys(records.fields));
    const comparisons = defaults.comparisons.filter((c) => c.name !== "phone" && c.name !== "locality");
    // Blocking left to the library: its default rules are fitted to the cap (tightened or dropped).
    result = await lib.dedupe(records, { comparisons }, { engine, onProgress });
    sides = { left: records, right: null };
  } else {
    const a = await node.readRecords(join(dir, "a.csv"), lib.generatedMapping("a"), { source: "a.csv" });
    const b = await node.readRecords(join(dir, "b.csv"), lib.generatedMapping("b"), { source: "b.csv" });
    mark("read");
    result = await lib.link(a, b, linkSettings(lib, a, b), { engine, onProgress });
    sides = { left: a, right: b };
  }
  mark("last step");
  const runSeconds = (performance.now() - started) / 1000;
  // The job's peak, before the bench reads the truth file and scores F1 (not part of a linkage run).
  const jobRssMB = mb(process.resourceUsage().maxRSS);
  const truth = lib.parseTruth(readFileSync(join(dir, "truth.csv"), "utf8"), { file: "truth.csv" });
  const evaluation = lib.evaluate(result, truth, sides);
  const records =
    sides.right === null ? [sides.left.ids.length] : [sides.left.ids.length, sides.right.ids.length];
  const linkSeconds = Object.entries(steps)
    .filter(([k]) => k !== "read")
    .reduce((s, [, v]) => s + v, 0);
  console.log(
    JSON.stringify({
      kind,
      engine: engineName,
      records,
      seconds: runSeconds,
      steps,
      compared: result.compared,
      pairsPerSecond: result.compared / linkSeconds,
      links: result.links,
      review: result.review,
      clusters: result.clusters.length,
      f1: evaluation.f1,
      precision: evaluation.precision,
      recall: evaluation.recall,
      jobRssMB,
      maxRssMB: mb(process.resourceUsage().maxRSS),
    }),
  );
}

/** Runs a case in its own process and returns its JSON line (or what stopped it). */
function runCase(kind, engineName, dir) {
  let out;
  try {
    out = runChild(kind, engineName, dir);
  } catch (error) {
    const reason = String(error.stderr ?? error.message ?? error)
      .trim()
      .split("\n")
      .pop();
    console.log(`${kind} ${engineName}: failed (${reason})`);
    return { kind, engine: engineName, failed: reason };
  }
  const line = JSON.parse(out.trim().split("\n").pop());
  if (line.failed) {
    console.log(`${kind} ${engineName}: stopped (${line.failed}), ${line.maxRssMB} MB`);
    return line;
  }
  console.log(
    `${kind} ${engineName}: ${line.seconds.toFixed(1)} s, ${line.jobRssMB} MB (${line.maxRssMB} MB with the F1 evaluation), ${int(line.compared)} pairs compared, F1 ${line.f1.toFixed(4)}`,
  );
  return line;
}

function runChild(kind, engineName, dir) {
  return execFileSync(
    process.execPath,
    ["--max-old-space-size=4096", fileURLToPath(import.meta.url), "--child", kind, engineName, dir],
    {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 64 << 20,
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
}

/** How the linkage case's blocking differs from the defaults, for the section's text. */
function skipped() {
  const skip = (process.env.BENCH_LINKAGE_SKIP_RULES ?? "").split(",").filter(Boolean);
  return skip.length === 0
    ? ""
    : `; the linkage case leaves out the default blocking rule(s) ${skip.join(", ")}`;
}

function section(lines, loadBefore, loadAfter) {
  const rows = lines.map((l) => {
    if (l.failed)
      return `| ${l.kind === "dedupe" ? "dedupe" : "link A × B"} | ${l.engine} | | stopped: ${l.failed} | ${l.maxRssMB ?? ""} | | | | | **no** |`;
    const ok = l.seconds < TARGETS.seconds && l.jobRssMB < TARGETS.rssMB ? "yes" : "**no**";
    return `| ${l.kind === "dedupe" ? "dedupe" : "link A × B"} | ${l.engine} | ${l.records.map(int).join(" × ")} | ${l.seconds.toFixed(1)} | ${l.jobRssMB} | ${l.maxRssMB} | ${int(l.compared)} | ${int(l.pairsPerSecond)} | ${l.f1.toFixed(4)} | ${ok} |`;
  });
  const steps = lines
    .filter((l) => !l.failed)
    .map(
      (l) =>
        `- ${l.kind} ${l.engine}: ${Object.entries(l.steps)
          .filter(([, s]) => s >= 0.05)
          .map(([k, s]) => `${k} ${s.toFixed(1)} s`)
          .join(", ")}`,
    );
  return `${LINKAGE_HEADING}

\`node bench/linkage.mjs\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}, ${cpus().length} cores,
${Math.round(totalmem() / 2 ** 30)} GiB; 1-minute load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after). Input: registries
made by \`writeRegistry\` / \`writeRegistries\` of \`@ciudata/linkage/node\` (seed 18): dedupe on one registry of
layout A with 10% of its people written twice or more; linkage of A (CURP programme layout) with B (one name
column, ISO dates, other notations), 1,000,000 people each, half of them in both. Default settings (comparisons
and blocking rules chosen from the mapped fields; for the dedupe, phone and alcaldía are not compared, as the
guide advises for one registry)${skipped()}, model trained without the truth. Each case runs once in its own
process: wall time from the process start (reading and standardising both files included), peak RSS of the
process when the linkage is done (and, beside it, after the bench has read the truth file and scored F1, which
is not part of a linkage run; the child runs with \`--max-old-space-size=4096\`). Pairs per second = pairs compared ÷ the seconds after reading (blocking, sampling, comparing,
training, scoring, clustering). F1 is pairwise, against the generator's \`truth.csv\` (computed after the timing).

| case | engine | records | seconds | peak RSS (MB) | with F1 (MB) | pairs compared | pairs / second | F1 | < ${TARGETS.seconds} s and < 2 GB |
| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
${rows.join("\n")}

Where the time goes (seconds per step):

${steps.join("\n")}
`;
}

async function main() {
  const engines = (process.env.BENCH_LINKAGE_ENGINES ?? "inprocess,duckdb").split(",");
  const cases = (process.env.BENCH_LINKAGE_CASES ?? "dedupe,link").split(",");
  if (!existsSync(join(DIST, "index.js")))
    execFileSync("node", ["scripts/build.mjs", "linkage"], { cwd: ROOT, stdio: "inherit" });
  const node = await import(pathToFileURL(join(DIST, "node", "index.js")).href);
  const usable = engines.filter((e) => e === "inprocess" || typeof node.duckdbEngine === "function");
  const loadBefore = loadavg()[0];
  const lines = [];
  for (const kind of cases) {
    const dir = await ensureData(kind);
    for (const engine of usable) lines.push(runCase(kind, engine, dir));
  }
  const loadAfter = loadavg()[0];
  const text = section(lines, loadBefore, loadAfter);
  const write = process.env.BENCH_LINKAGE_WRITE;
  if (write !== "0" && (size === 1_000_000 || write === "1")) {
    const md = existsSync(RESULTS) ? readFileSync(RESULTS, "utf8") : "# Benchmarks\n";
    writeFileSync(`${RESULTS}.tmp`, withSection(md, LINKAGE_HEADING, text));
    renameSync(`${RESULTS}.tmp`, RESULTS);
  }
  console.log(text);
}

if (process.argv[2] === "--child") {
  const [kind, engine, dir] = process.argv.slice(3);
  try {
    await child(kind, engine, dir);
  } catch (error) {
    // A run stopped by the library (e.g. blocking over the cap) is a result too: say what stopped it.
    const failed = String(error?.message ?? error).split("\n")[0];
    console.log(JSON.stringify({ kind, engine, failed, maxRssMB: mb(process.resourceUsage().maxRSS) }));
  }
} else if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
