#!/usr/bin/env node
// The default path (issue #23): `ciudata validate reg.csv --format json` as people type it (no schema:
// inferred from a sample, default checks) and the schema path (`--schema bench/schema.json`), each the
// whole CLI process, beside papaparse parse-only in the same run, alternating, each in its own process
// (contenders `ciudata-cli-default`, `ciudata-cli-schema`, `papaparse` of bench/contenders.mjs). Then the
// linearity of the default path over 100k → 1M → 10M rows (10M: BENCH_DEFAULTPATH_10M_ROUNDS, default 1).
// Writes the section "## The default path (issue #23)" of bench/RESULTS.md (BENCH_DEFAULTPATH_WRITE=0
// prints it instead). Run alone: `BENCH_ONLY=defaultpath node bench/run.mjs` or `node bench/defaultpath.mjs`.
import { execFileSync } from "node:child_process";
import {
  createReadStream,
  createWriteStream,
  existsSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { fmt, int, median, withSection } from "./hostile.mjs";
import { generateRegistry } from "./registry.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const RESULTS = join(ROOT, "bench", "RESULTS.md");
const data = (name) => join(ROOT, "bench", "data", name);
/** The heading of this bench's section in bench/RESULTS.md. */
export const DEFAULTPATH_HEADING = "## The default path (issue #23)";

const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const rounds10M = Number(process.env.BENCH_DEFAULTPATH_10M_ROUNDS ?? 1);

/**
 * The 10M-row registry: the clean 1M body repeated ten times, each copy with new ids (id = copy × 1M + n),
 * so the primary key stays unique and every other value keeps the 1M file's distribution.
 */
async function repeatRegistry(from, out, times) {
  const tmp = `${out}.tmp`;
  const sink = createWriteStream(tmp);
  const write = (s) => (sink.write(s) ? null : new Promise((r) => sink.once("drain", r)));
  let header = null;
  const body = [];
  for await (const line of createInterface({ input: createReadStream(from), crlfDelay: Infinity })) {
    if (header === null) header = line;
    else if (line !== "") body.push(line.slice(line.indexOf(";")));
  }
  await write(`${header}\n`);
  let id = 0;
  for (let copy = 0; copy < times; copy++) {
    let chunk = "";
    for (const rest of body) {
      chunk += `${++id}${rest}\n`;
      if (chunk.length > 1 << 20) {
        await write(chunk);
        chunk = "";
      }
    }
    if (chunk) await write(chunk);
  }
  await new Promise((resolve, reject) => sink.end((e) => (e ? reject(e) : resolve())));
  renameSync(tmp, out);
}

/** Runs one contender in its own process and returns its JSON line. */
function run(name, file, label = name) {
  const out = execFileSync(process.execPath, ["bench/contenders.mjs", name, file], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  const line = JSON.parse(out.trim().split("\n").pop());
  console.log(
    `${label.padEnd(28)} ${line.seconds}s (cpu ${line.cpuSeconds}s), ${line.maxRssMB} MB, ${line.rows} rows`,
  );
  return line;
}

const yes = (ok) => (ok ? "yes" : "**no**");

async function main() {
  const clean = data("registro-1m.csv");
  const small = data("registro-100k.csv");
  const big = data("registro-10m.csv");
  if (!existsSync(clean)) await generateRegistry({ rows: 1_000_000, out: clean });
  if (!existsSync(small)) await generateRegistry({ rows: 100_000, out: small });
  if (!existsSync(big)) {
    console.log(`writing ${big} (the 1M body ten times, new ids)`);
    await repeatRegistry(clean, big, 10);
  }
  const loadBefore = loadavg()[0];
  const results = {};
  const add = (key, line) => {
    results[key] ??= [];
    results[key].push(line);
  };
  for (let round = 0; round < rounds; round++) {
    console.log(`round ${round + 1}/${rounds}`);
    for (const name of ["papaparse", "ciudata-cli-default", "ciudata-cli-schema", "ciudata-cli-registry"])
      add(name, run(name, clean));
    add("papaparse-100k", run("papaparse", small, "papaparse-100k"));
    add("default-100k", run("ciudata-cli-default", small, "default-100k"));
  }
  for (let round = 0; round < rounds10M; round++) {
    add("papaparse-10m", run("papaparse", big, "papaparse-10m"));
    add("default-10m", run("ciudata-cli-default", big, "default-10m"));
  }
  const loadAfter = loadavg()[0];
  const s = (key) => {
    const rs = results[key];
    return {
      rows: rs[0].rows,
      runs: rs.length,
      seconds: median(rs.map((r) => r.seconds)),
      cpu: median(rs.map((r) => r.cpuSeconds)),
      rss: Math.max(...rs.map((r) => r.maxRssMB)),
      threads: rs[0].threads ?? null,
      findings: rs[0].findings ?? null,
    };
  };
  const pp = s("papaparse");
  const def = s("ciudata-cli-default");
  const sch = s("ciudata-cli-schema");
  const reg = s("ciudata-cli-registry");
  const row = (label, x, base) =>
    `| ${label} | ${int(x.rows)} | ${x.runs} | ${fmt(x.seconds)} | ${fmt(x.cpu)} | ${fmt(x.seconds / base.seconds)}× | ${fmt(x.rss, 0)} | ${x.threads ?? ""} | ${x.findings ?? ""} |`;

  // Linearity: a least-squares line t = a + b·rows through the three sizes; each point's distance to it.
  const series = [
    ["100k", s("default-100k"), s("papaparse-100k")],
    ["1M", def, pp],
    ["10M", s("default-10m"), s("papaparse-10m")],
  ];
  const xs = series.map(([, x]) => x.rows);
  const ys = series.map(([, x]) => x.seconds);
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const slope =
    xs.reduce((acc, x, i) => acc + (x - mx) * (ys[i] - my), 0) /
    xs.reduce((acc, x) => acc + (x - mx) ** 2, 0);
  const intercept = my - slope * mx;
  const deviations = series.map(
    ([, x]) => (x.seconds - (intercept + slope * x.rows)) / (intercept + slope * x.rows),
  );
  const linear = deviations.every((d) => Math.abs(d) <= 0.15);
  // The same fit on CPU seconds: on a busy machine the wall time of a niced run mostly measures the others.
  const cs = series.map(([, x]) => x.cpu);
  const mc = cs.reduce((a, b) => a + b, 0) / cs.length;
  const cpuSlope =
    xs.reduce((acc, x, i) => acc + (x - mx) * (cs[i] - mc), 0) /
    xs.reduce((acc, x) => acc + (x - mx) ** 2, 0);
  const cpuIntercept = mc - cpuSlope * mx;
  const cpuDeviations = series.map(
    ([, x]) => (x.cpu - (cpuIntercept + cpuSlope * x.rows)) / (cpuIntercept + cpuSlope * x.rows),
  );
  const linearity = series
    .map(
      ([label, x, p], i) =>
        `| ${label} | ${int(x.rows)} | ${x.runs} | ${fmt(x.seconds)} | ${fmt(intercept + slope * x.rows)} | ${deviations[i] >= 0 ? "+" : ""}${fmt(deviations[i] * 100, 1)} % | ${fmt(x.cpu)} | ${cpuDeviations[i] >= 0 ? "+" : ""}${fmt(cpuDeviations[i] * 100, 1)} % | ${fmt((x.seconds / x.rows) * 1e6, 2)} | ${fmt(x.rss, 0)} | ${fmt(x.seconds / p.seconds)}× |`,
    )
    .join("\n");

  const section = `${DEFAULTPATH_HEADING}

Measured by \`BENCH_ONLY=defaultpath node bench/run.mjs\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores,
1-minute load average ${fmt(loadBefore)} before and ${fmt(loadAfter)} after (other work on the machine makes every
time noisier; CPU seconds are steadier). BENCH_ROUNDS=${rounds}; each contender in its own process, alternating
with papaparse in the same round; medians, peak RSS = the largest of the rounds.

Input: \`bench/data/registro-1m.csv\` (the clean registry of issue #3: 1M rows, 12 columns). The three \`ciudata\`
rows are the whole process, \`node packages/cli/dist/bin.js validate <file> --format json\` (start-up, reading,
the report written to a pipe): without a schema (inferred from the first 1,000 rows, then the default checks of
\`review()\`: duplicate rows, missing values, whitespace, letter case, category variants, in the same read),
with \`--schema bench/schema.json\` (the same default checks run too), and with \`--registry\` (no schema; the
default checks plus the re-identification risk over the quasi-identifiers detected from the header — sexo,
fecha_nacimiento, barrio, departamento — and the disaggregation checks, in the same read).

| contender | rows | runs | seconds (median) | CPU s (median) | vs papaparse | peak RSS (MB) | threads | findings |
|---|---:|---:|---:|---:|---:|---:|---:|---:|
${row("papaparse, parse only (the floor)", pp, pp)}
${row("ciudata validate (no schema: the default path)", def, pp)}
${row("ciudata validate --schema", sch, pp)}
${row("ciudata validate --registry (quality + risk + disaggregation)", reg, pp)}

| target (issue #23) | measured | met |
|---|---|---|
| default path ≤ 1.5× papaparse | ${fmt(def.seconds / pp.seconds)}× | ${yes(def.seconds / pp.seconds <= 1.5)} |
| default path peak RSS ≤ 200 MB | ${fmt(def.rss, 0)} MB | ${yes(def.rss <= 200)} |
| schema path ≤ 1.3× papaparse | ${fmt(sch.seconds / pp.seconds)}× | ${yes(sch.seconds / pp.seconds <= 1.3)} |
| registry review ≤ 1.8× papaparse | ${fmt(reg.seconds / pp.seconds)}× | ${yes(reg.seconds / pp.seconds <= 1.8)} |
| registry review peak RSS ≤ 250 MB | ${fmt(reg.rss, 0)} MB | ${yes(reg.rss <= 250)} |
| default path linear 100k → 1M → 10M within ±15 % | ${deviations.map((d) => `${fmt(d * 100, 1)} %`).join(", ")} (CPU: ${cpuDeviations.map((d) => `${fmt(d * 100, 1)} %`).join(", ")}) | ${yes(linear)} |

#### Linearity of the default path, 100k → 1M → 10M rows

The 100k file is the generator's first 100k rows; the 10M file is the clean 1M body ten times with new ids
(written once into bench/data). 10M: ${rounds10M} round(s). The line is the least-squares fit t = a + b·rows over
the three sizes (a = ${fmt(intercept)} s, b = ${fmt(slope * 1e6, 2)} µs a row; on CPU seconds a = ${fmt(cpuIntercept)} s,
b = ${fmt(cpuSlope * 1e6, 2)} µs a row).

| rows | | runs | seconds | on the line | off the line | CPU s | CPU off its line | µs a row | peak RSS (MB) | vs papaparse (same size) |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${linearity}
`;
  if (process.env.BENCH_DEFAULTPATH_WRITE === "0") {
    console.log(section);
    return;
  }
  const md = existsSync(RESULTS) ? readFileSync(RESULTS, "utf8") : "# Benchmarks\n";
  writeFileSync(`${RESULTS}.tmp`, withSection(md, DEFAULTPATH_HEADING, section));
  renameSync(`${RESULTS}.tmp`, RESULTS);
  console.log(section);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
