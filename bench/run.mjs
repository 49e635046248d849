#!/usr/bin/env node
// `pnpm bench`: generates the synthetic registries if missing (bench/data, gitignored), runs every
// contender BENCH_ROUNDS times (default 3; alternating, each in its own process) and writes
// bench/RESULTS.md with three sections (and the start-up section of bench/startup.mjs, run first):
// - issue #3: papaparse vs ciudata-read vs ciudata-validate on the clean 1M registry;
// - quality: ciudata-quality vs DuckDB vs tableschema-js on the 1M registry with injected errors,
//   error counts checked against the generator's manifest, plus the 100k → 1M linearity of ciudata;
// - issue #5: re-identification risk over 4 quasi-identifiers of the clean 1M registry vs papaparse.
// tableschema-js runs on the 100k registry every round (its 1M time is extrapolated ×10, labelled so)
// and once on the 1M registry unless BENCH_TABLESCHEMA_1M=0.
// BENCH_ONLY=privacy runs only papaparse and the risk contenders and replaces the privacy section of the
// existing RESULTS.md, keeping the other sections as they are; BENCH_ONLY=startup runs only bench/startup.mjs;
// BENCH_ONLY=linkage runs only bench/linkage.mjs (issue #18), which a full run also runs last
// (BENCH_LINKAGE=0 skips it there); BENCH_ONLY=geo runs only bench/geo.mjs (issue #19), which a full run
// also runs after linkage (BENCH_GEO=0 skips it there); BENCH_ONLY=serve runs only bench/serve.mjs (issue #21),
// which a full run also runs after geo (BENCH_SERVE=0 skips it there); BENCH_ONLY=pushdown runs only
// bench/pushdown.mjs (issue #23), which a full run also runs last (BENCH_PUSHDOWN=0 skips it there);
// BENCH_ONLY=defaultpath runs only bench/defaultpath.mjs (issue #23: the CLI without and with a schema beside
// papaparse, and its linearity to 10M rows), which a full run also runs (BENCH_DEFAULTPATH=0 skips it there).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { CONVERT_HEADING } from "./convert.mjs";
import { DEFAULTPATH_HEADING } from "./defaultpath.mjs";
import { GEO_HEADING } from "./geo.mjs";
import { fmt, HOSTILE_HEADING, int, median, sectionOf } from "./hostile.mjs";
import { LINKAGE_HEADING } from "./linkage.mjs";
import { PUSHDOWN_HEADING } from "./pushdown.mjs";
import { GENERATOR_VERSION, generateRegistry } from "./registry.mjs";
import { SERVE_HEADING } from "./serve.mjs";
import { startupSection, writeStartupSection } from "./startup.mjs";

const root = new URL("..", import.meta.url).pathname;
const data = (name) => new URL(`./data/${name}`, import.meta.url).pathname;
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const tableschema1M = process.env.BENCH_TABLESCHEMA_1M !== "0";
const only = process.env.BENCH_ONLY ?? "";
if (!["", "privacy", "startup", "linkage", "geo", "serve", "pushdown", "defaultpath"].includes(only))
  throw new Error(
    `BENCH_ONLY=${only}: only "privacy", "startup", "linkage", "geo", "serve", "pushdown" or "defaultpath" is supported`,
  );
/** The default path of the CLI beside papaparse (issue #23) in its own process: it writes its own section. */
const defaultPathBench = () =>
  execFileSync(process.execPath, ["bench/defaultpath.mjs"], {
    cwd: new URL("..", import.meta.url).pathname,
    stdio: "inherit",
  });
if (only === "defaultpath") {
  defaultPathBench();
  process.exit(0);
}
/** Checks inside DuckDB and PostgreSQL (issue #23) in its own process: it writes its own section. */
const pushdownBench = () =>
  execFileSync(process.execPath, ["bench/pushdown.mjs"], {
    cwd: new URL("..", import.meta.url).pathname,
    stdio: "inherit",
  });
if (only === "pushdown") {
  pushdownBench();
  process.exit(0);
}
/** The served folder under load (issue #21) in its own process: it writes its own section of RESULTS.md. */
const serveBench = () =>
  execFileSync(process.execPath, ["bench/serve.mjs"], {
    cwd: new URL("..", import.meta.url).pathname,
    stdio: "inherit",
  });
if (only === "serve") {
  serveBench();
  process.exit(0);
}
/** Record linkage (issue #18) in its own process: it writes its own section of RESULTS.md. */
const linkageBench = () =>
  execFileSync(process.execPath, ["bench/linkage.mjs"], {
    cwd: new URL("..", import.meta.url).pathname,
    stdio: "inherit",
  });
if (only === "linkage") {
  linkageBench();
  process.exit(0);
}
/** Territories from coordinates (issue #19) in its own process: it writes its own section of RESULTS.md. */
const geoBench = () =>
  execFileSync(process.execPath, ["bench/geo.mjs"], {
    cwd: new URL("..", import.meta.url).pathname,
    stdio: "inherit",
  });
if (only === "geo") {
  geoBench();
  process.exit(0);
}
// Start-up of the CLI (issue #16) first, on a machine not yet warmed by the big runs.
const startup = only === "" || only === "startup" ? startupSection() : "";
if (only === "startup") {
  writeStartupSection(startup);
  console.log(startup);
  process.exit(0);
}
const benchStarted = performance.now();
// The 1-minute load average before and after: other work on the machine makes every time noisier.
const loadBefore = loadavg()[0];

const clean = data("registro-1m.csv");
const errors1M = data("registro-1m-errores.csv");
const errors100k = data("registro-100k-errores.csv");
// The linearity series: the same generator at four sizes, 100k to 1M rows.
const errors250k = data("registro-250k-errores.csv");
const errors500k = data("registro-500k-errores.csv");
const manifestOf = (file) => file.replace(/\.csv$/, ".manifest.json");
const readManifest = (file) => JSON.parse(readFileSync(manifestOf(file), "utf8"));

if (!existsSync(clean)) await generateRegistry({ rows: 1_000_000, out: clean });
for (const [file, rows] of only === "privacy"
  ? []
  : [
      [errors1M, 1_000_000],
      [errors100k, 100_000],
      [errors250k, 250_000],
      [errors500k, 500_000],
    ]) {
  const fresh =
    existsSync(file) &&
    existsSync(manifestOf(file)) &&
    readManifest(file).generatorVersion === GENERATOR_VERSION;
  if (!fresh) {
    const { manifest } = await generateRegistry({ rows, out: file, errors: { rate: 0.01 } });
    console.log(`generated ${file} with ${manifest.total} injected errors`);
  }
}
for (const pkg of only === "privacy" ? ["table", "privacy"] : ["table", "quality", "privacy"])
  if (!existsSync(new URL(`../packages/${pkg}/dist/index.js`, import.meta.url)))
    execFileSync("pnpm", ["-C", `packages/${pkg}`, "build"], { cwd: root, stdio: "inherit" });

/** Runs one contender in its own process and returns its JSON line. */
function run(name, file, label = name) {
  const out = execFileSync(process.execPath, ["bench/contenders.mjs", name, file], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  const line = JSON.parse(out.trim().split("\n").pop());
  const match = line.matches === undefined ? "" : `, counts ${line.matches ? "match" : "DIFFER"}`;
  console.log(`${label.padEnd(24)} ${line.seconds}s, ${line.maxRssMB} MB, ${line.rows} rows${match}`);
  return line;
}

const resultsPath = new URL("./RESULTS.md", import.meta.url).pathname;
const PRIVACY_HEADING = "## Privacy risk (issue #5)";

// Issue #5: the realistic quasi-identifier set (birth date makes almost every record unique) and a
// low-cardinality one, each against papaparse on the same file (keys as in contenders.mjs).
const RISK_SETS = [
  ["ciudata-risk", "sexo, fecha_nacimiento, barrio, departamento", "realistic (birth date)"],
  ["ciudata-risk-low", "sexo, barrio, departamento, programa", "low cardinality"],
];
const privacyJobs = RISK_SETS.map(([c]) => [c, c, clean]);

/** The privacy section of RESULTS.md from the runs (papaparse from the same run). */
function privacySection(results, note) {
  const stats = (key) => {
    const rs = results[key];
    return {
      runs: rs.length,
      seconds: median(rs.map((r) => r.seconds)),
      maxRssMB: Math.max(...rs.map((r) => r.maxRssMB)),
      last: rs[rs.length - 1],
    };
  };
  const pp = stats("papaparse");
  const yes = (ok) => (ok ? "**met**" : "**not met**");
  const rows = RISK_SETS.map(([key, qi, label]) => {
    const s = stats(key);
    const v = s.last.violations;
    // The counts must not change between rounds: flag it if they did.
    const stable = results[key].every((r) => r.classes === s.last.classes && r.violations[5] === v[5]);
    return { key, qi, label, s, ratio: s.seconds / pp.seconds, v, stable };
  });
  const table = [
    `| papaparse | (raw parse, no casting) | ${int(pp.last.rows)} |  |  |  | ${fmt(pp.seconds)} | 1.00× | ${fmt(pp.maxRssMB, 0)} |`,
    ...rows.map(
      (r) =>
        `| ${r.key} | ${r.qi} | ${int(r.s.last.rows)} | ${int(r.s.last.classes)}${r.stable ? "" : " (**differs between runs**)"} | ${int(r.v[2])} / ${int(r.v[3])} / ${int(r.v[5])} | ${int(r.s.last.sampleUniques)} | ${fmt(r.s.seconds)} | ${fmt(r.ratio)}× | ${fmt(r.s.maxRssMB, 0)} |`,
    ),
  ].join("\n");
  const targets = rows
    .map(
      (r) =>
        `| ${r.label}: ${r.qi} | ${fmt(r.ratio)}× papaparse (${fmt(r.s.seconds)} s vs ${fmt(pp.seconds)} s) | ${yes(r.ratio <= 1.6)} | ${fmt(r.s.maxRssMB, 0)} MB | ${yes(r.s.maxRssMB <= 300)} |`,
    )
    .join("\n");
  const verdict = rows
    .map((r) => {
      const time = r.ratio <= 1.6;
      const rss = r.s.maxRssMB <= 300;
      const met =
        time && rss
          ? "both targets met"
          : time
            ? "time met, RSS not met"
            : rss
              ? "RSS met, time NOT met"
              : "neither target met";
      return `${r.label} set (${r.qi}): ${met}`;
    })
    .join("; ");
  return `${PRIVACY_HEADING}

${note}

Input: \`bench/data/registro-1m.csv\` (the clean registry of issue #3). Each risk contender calls
\`measureRisk(openPath(file), { qi, k: 5 })\` from \`@ciudata/privacy\` (\`packages/privacy/dist\`): detects encoding and
dialect, reads the rows once without casting (\`readTable\` batches), turns each quasi-identifier cell into a small
integer per column (trimmed, missing values as one code), counts the equivalence classes (packed keys, sorted and
merged in runs: memory grows with the distinct keys, not the rows) and reports classes, records violating 2-, 3- and
5-anonymity, sample uniques and prosecutor risk (mean and max of 1/fk). Each contender runs ${pp.runs} time(s) in its own
process, alternating with papaparse; the table shows the median time and the peak RSS (max over runs).

| contender | quasi-identifiers | rows | classes | records violating 2 / 3 / 5-anonymity | sample uniques | seconds (median) | vs papaparse | peak RSS (MB) |
|---|---|---:|---:|---:|---:|---:|---:|---:|
${table}

Targets (issue #5): risk over 4 quasi-identifiers ≤ 1.6× a raw papaparse parse of the file; peak RSS ≤ 300 MB.

| quasi-identifier set | time | ≤ 1.6× | peak RSS | ≤ 300 MB |
|---|---|---|---|---|
${targets}

Result: ${verdict}.${
    pp.runs < 3
      ? `
With ${pp.runs} run per contender each ratio is ONE sample: on this shared 2-core machine a contender's time varies by
about ±20% between runs (papaparse included), so a ratio near 1.6× can fall either side; BENCH_ROUNDS=3 or more gives medians.`
      : ""
  }
`;
}

/** Puts the privacy section into RESULTS.md text: replaces the old one (up to the next \`## \`) or appends it. */
function withPrivacySection(md, section) {
  const at = md.indexOf(PRIVACY_HEADING);
  if (at === -1) return `${md.trimEnd()}\n\n${section}`;
  const next = md.indexOf("\n## ", at + PRIVACY_HEADING.length);
  return `${md.slice(0, at)}${section}${next === -1 ? "" : `\n${md.slice(next + 1)}`}`;
}

if (only === "privacy") {
  const results = {};
  for (let round = 0; round < rounds; round++) {
    console.log(`round ${round + 1}/${rounds}`);
    for (const [key, name, file] of [["papaparse", "papaparse", clean], ...privacyJobs]) {
      results[key] ??= [];
      results[key].push(run(name, file, key));
    }
  }
  const note = `Refreshed alone by \`BENCH_ONLY=privacy node bench/run.mjs\` on ${new Date().toISOString().slice(0, 10)} (BENCH_ROUNDS=${rounds},
papaparse re-run in the same run; 1-minute load average ${fmt(loadBefore)} before, ${fmt(loadavg()[0])} after, ${cpus().length} cores);
the sections above come from the last full run.`;
  const section = privacySection(results, note);
  const md = withPrivacySection(
    existsSync(resultsPath) ? readFileSync(resultsPath, "utf8") : "# Benchmarks\n",
    section,
  );
  writeFileSync(`${resultsPath}.tmp`, md);
  renameSync(`${resultsPath}.tmp`, resultsPath);
  console.log(section);
  process.exit(0);
}

// Each job: [key, contender, file]. Jobs alternate inside a round.
const issue3 = ["papaparse", "ciudata-read", "ciudata-validate"].map((c) => [c, c, clean]);
const quality = [
  ["ciudata-quality", "ciudata-quality", errors1M],
  ["ciudata-quality-1-thread", "ciudata-quality-1-thread", errors1M],
  ["duckdb", "duckdb", errors1M],
  ["duckdb-1-thread", "duckdb-1-thread", errors1M],
  ["tableschema-js-100k", "tableschema-js", errors100k],
  ["ciudata-quality-100k", "ciudata-quality", errors100k],
  ["ciudata-quality-250k", "ciudata-quality", errors250k],
  ["ciudata-quality-500k", "ciudata-quality", errors500k],
];
const results = {};
for (let round = 0; round < rounds; round++) {
  console.log(`round ${round + 1}/${rounds}`);
  for (const [key, name, file] of [...issue3, ...quality, ...privacyJobs]) {
    results[key] ??= [];
    results[key].push(run(name, file, key));
  }
}
if (tableschema1M) {
  console.log("tableschema-js on the 1M registry, once");
  results["tableschema-js"] = [run("tableschema-js", errors1M)];
}

const summarize = (key) => {
  const rs = results[key];
  if (!rs) return null;
  const last = rs[rs.length - 1];
  return {
    key,
    runs: rs.length,
    rows: rs[0].rows,
    seconds: median(rs.map((r) => r.seconds)),
    validateSeconds: rs[0].validateSeconds === undefined ? null : median(rs.map((r) => r.validateSeconds)),
    maxRssMB: Math.max(...rs.map((r) => r.maxRssMB)),
    // Counts are deterministic: every round must agree, the last one is shown.
    matches: rs.every((r) => r.matches),
    diff: last.diff,
    counts: last.counts,
  };
};
// ── Issue #3 table (clean registry) ──
const summary = issue3.map(([key]) => summarize(key));
const base = summary[0].seconds;
const table = summary
  .map(
    (s) =>
      `| ${s.key} | ${int(s.rows)} | ${fmt(s.seconds)} | ${fmt(s.seconds / base)}× | ${fmt(s.maxRssMB, 0)} |`,
  )
  .join("\n");

// ── Quality table (registry with injected errors) ──
const m1M = readManifest(errors1M);
const m100k = readManifest(errors100k);
const q = summarize("ciudata-quality");
const q100k = summarize("ciudata-quality-100k");
const duck = summarize("duckdb");
const duck1 = summarize("duckdb-1-thread");
const q1 = summarize("ciudata-quality-1-thread");
const ts100k = summarize("tableschema-js-100k");
const ts1M = summarize("tableschema-js");
const tsExtrapolated = ts100k.seconds * (m1M.rows / m100k.rows);
const countsCell = (s, skipped = []) => {
  if (s.matches) return "yes, all";
  const diff = s.diff ?? [];
  const shown = diff.slice(0, 3).join("; ");
  return `**no**: ${shown}${diff.length > 3 ? `; … (${diff.length} differences)` : ""}${skipped.length ? ` (${skipped.join(", ")})` : ""}`;
};
const pkMissing = (s) => (s.diff ?? []).length > 0 && s.diff.every((d) => d.includes("primary-key"));
const PK_NOTE = "primary-key errors not reported by this build of @ciudata/quality";
const row = (label, file, s, vs) => [
  label,
  file,
  s.runs,
  int(s.rows),
  fmt(s.seconds),
  `${fmt(s.seconds / vs.seconds, s.seconds / vs.seconds >= 10 ? 1 : 2)}×`,
  fmt(s.maxRssMB, 0),
  countsCell(s, s.key.startsWith("ciudata") && pkMissing(s) ? [PK_NOTE] : []),
];
const qualityRows = [
  row("ciudata-quality", "1M", q, q),
  row("DuckDB (default threads)", "1M", duck, q),
  row("ciudata-quality, 1 thread", "1M", q1, q),
  row("DuckDB (1 thread)", "1M", duck1, q),
  ...(ts1M ? [row("tableschema-js", "1M", ts1M, q)] : []),
  [
    "tableschema-js, **extrapolated** ×10 from 100k",
    "1M",
    "",
    "",
    fmt(tsExtrapolated),
    `${fmt(tsExtrapolated / q.seconds, 1)}×`,
    "",
    "",
  ],
  row("ciudata-quality", "100k", q100k, q100k),
  row("tableschema-js", "100k", ts100k, q100k),
]
  .map((cells) => `| ${cells.join(" | ")} |`)
  .join("\n");

// Per-type counts on the 1M registry: manifest vs each tool.
const countKeys = [
  ...Object.keys(m1M.counts).map((k) => ["counts", k, k]),
  ...Object.keys(m1M.byField["type-error"]).map((f) => ["byField.type-error", f, `type-error · ${f}`]),
  ...Object.keys(m1M.byConstraint).map((k) => ["byConstraint", k, `constraint-error · ${k}`]),
  ...Object.keys(m1M.byField["missing-cell"]).map((f) => ["byField.missing-cell", f, `missing-cell · ${f}`]),
];
const pick = (obj, path, key) => {
  const at = path.split(".").reduce((o, p) => o?.[p], obj);
  return at?.[key] ?? 0;
};
const countTools = [["ciudata-quality", q], ["DuckDB", duck], ...(ts1M ? [["tableschema-js", ts1M]] : [])];
const countTable = countKeys
  .map(([path, key, label]) => {
    const want = pick(m1M, path, key);
    const cells = countTools.map(([, s]) => {
      const got = pick(s.counts, path, key);
      return got === want ? int(got) : `**${int(got)}**`;
    });
    return `| ${label} | ${int(want)} | ${cells.join(" | ")} |`;
  })
  .join("\n");
const totalRow = `| **total** | ${int(m1M.total)} | ${countTools.map(([, s]) => int(s.counts.total)).join(" | ")} |`;

// Targets.
const vsDuck = q.seconds / duck.seconds;
const tsRatio = (ts1M ? ts1M.seconds : tsExtrapolated) / q.seconds;
const perRow = (s, n) => (s / n) * 1e6;
const lin100k = perRow(q100k.validateSeconds, q100k.rows);
const lin1M = perRow(q.validateSeconds, q.rows);
const linTotal100k = perRow(q100k.seconds, q100k.rows);
const linTotal1M = perRow(q.seconds, q.rows);
const linRatio = lin100k / lin1M;
// Linearity: t = fixed + perRow × rows, fitted by least squares through the four sizes (validate call
// medians). Time grows linearly when every size lies within 10% of that line; that every step between
// consecutive sizes costs, per added row, within 10% of the slope is shown as a stricter reading.
const series = [q100k, summarize("ciudata-quality-250k"), summarize("ciudata-quality-500k"), q];
const xs = series.map((s) => s.rows);
const ys = series.map((s) => s.validateSeconds);
const meanX = xs.reduce((a, b) => a + b, 0) / xs.length;
const meanY = ys.reduce((a, b) => a + b, 0) / ys.length;
const slope =
  xs.reduce((acc, x, i) => acc + (x - meanX) * (ys[i] - meanY), 0) /
  xs.reduce((acc, x) => acc + (x - meanX) ** 2, 0);
const fixed = meanY - slope * meanX;
const marginal = slope * 1e6;
const fitted = xs.map((x) => fixed + slope * x);
const deviations = ys.map((y, i) => y / fitted[i] - 1);
const steps = series.slice(1).map((s, i) => {
  const prev = series[i];
  const perAdded = ((s.validateSeconds - prev.validateSeconds) / (s.rows - prev.rows)) * 1e6;
  return { perAdded, vsSlope: perAdded / marginal - 1 };
});
const maxDeviation = Math.max(...deviations.map(Math.abs));
const maxStep = Math.max(...steps.map((s) => Math.abs(s.vsSlope)));
const linear = maxDeviation <= 0.1;
const kRows = (n) => (n >= 1e6 ? `${n / 1e6}M` : `${n / 1e3}k`);
const pct = (x) => `${x >= 0 ? "+" : "−"}${fmt(Math.abs(x) * 100, 1)}%`;
const within = (x) => `±${fmt(Math.abs(x) * 100, 1)}%`;
const linearityTable = series
  .map((s, i) => {
    const step = i === 0 ? "" : `${fmt(steps[i - 1].perAdded)} (${pct(steps[i - 1].vsSlope)})`;
    return `| ${kRows(s.rows)} | ${fmt(s.validateSeconds, 3)} | ${fmt(perRow(s.validateSeconds, s.rows))} | ${fmt(fitted[i], 3)} | ${pct(deviations[i])} | ${step} | ${s.matches ? "yes" : "**no**"} |`;
  })
  .join("\n");
const yes = (ok) => (ok ? "**met**" : "**not met**");
const benchSeconds = (performance.now() - benchStarted) / 1000;

const md = `# Benchmarks

Generated by \`pnpm bench\` (\`bench/run.mjs\`) on ${new Date().toISOString().slice(0, 10)}, one run on the same machine:
Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB.
Whole bench run: ${fmt(benchSeconds / 60, 1)} min (BENCH_ROUNDS=${rounds}); 1-minute load average ${fmt(loadBefore)} before, ${fmt(loadavg()[0])} after
(${cpus().length} cores: a load above that means other processes shared the CPU and times are noisier).

## Reading and validating (issue #3)

Input: \`bench/data/registro-1m.csv\`, a synthetic municipal social-program registry made by \`bench/generate.mjs\`
(1,000,000 rows × 12 columns, ${"`;`"} delimiter, dd/mm/yyyy dates, decimal comma with thousands dot, si/no booleans; ~98 MiB).
Schema: \`bench/schema.json\` (integer, pattern, enum, date \`%d/%m/%Y\`, ISO date, number with \`decimalChar: ","\`, boolean).

Each contender runs ${rounds} times in its own process, alternating; the table shows the median time and the peak RSS.

| contender | rows | seconds (median) | vs papaparse | peak RSS (MB) |
|---|---:|---:|---:|---:|
${table}

- **papaparse**: \`Papa.parse\` streaming the file (\`chunk\` callback), no casting: the floor.
- **ciudata-read**: \`decodeSource\` + \`sniffDialect\` + \`readTable\` (encoding detection, dialect sniffing, row numbers), no casting.
- **ciudata-validate**: \`validateTable(openPath(file), { schema })\`: reads, casts every cell, checks constraints and structure, builds the report.

Targets (issue #3): ciudata-validate ≤ 1.6× papaparse; peak RSS ≤ 150 MB.
Result: ciudata-validate is **${fmt(summary[2].seconds / base)}×** papaparse with a peak RSS of **${fmt(summary[2].maxRssMB, 0)} MB**.

## Quality validation with known errors (issue "quality")

Input: \`bench/data/registro-1m-errores.csv\`: the same registry with errors injected at deterministic random rows
(\`node bench/generate.mjs 1000000 bench/data/registro-1m-errores.csv --errors\`, 1% of rows, one injection per row,
a duplicated id copies the id of a row with no injection), and \`registro-100k-errores.csv\` (100,000 rows, same rules).
As in frictionless-py, \`primary-key\` counts duplicated ids AND null keys (an empty id, which is also a \`required\`
constraint-error, and a blank row): ${int(m1M.primaryKey.duplicate)} + ${int(m1M.primaryKey.null)} in the 1M file.
The generator writes the TRUE count of every error type, field and constraint to \`*.manifest.json\`:
${int(m1M.total)} errors in the 1M file (${int(m1M.missingValues.total)} \`s/d\`/empty cells in optional fields that must NOT count),
${int(m100k.total)} in the 100k file. Schema: \`bench/schema-quality.json\` (integer id, required, \`primaryKey: ["id"]\`, pattern,
enum, number with decimal comma and \`minimum\`/\`maximum\`, \`%d/%m/%Y\` and ISO dates with a date range, si/no boolean,
\`missingValues: ["", "s/d"]\`). Every error is counted: no error limit.

Median of ${rounds} runs per contender (each in its own process, alternating with the ones above), peak RSS = max over runs.

| contender | file | runs | rows | seconds (median) | time ÷ ciudata-quality (same file) | peak RSS (MB) | error counts = manifest |
|---|---|---:|---:|---:|---:|---:|---|
${qualityRows}

- **ciudata-quality**: \`validate(openPath(file), { schema, limitErrors: Infinity, rowRunner: parallelRows() })\` from
  \`@ciudata/quality\` and \`@ciudata/table/node\` (\`packages/*/dist\`), as \`validateFile\` from \`@ciudata/quality/node\` does:
  casts every cell, checks constraints, structure and keys, builds the full report (every error with its row, field,
  masked cells and message). The data rows are split in byte ranges on record boundaries: this thread reads one
  (${cpus().length > 1 ? "about 55%" : "all"}) while ${cpus().length > 1 ? `${cpus().length - 1} worker thread(s) read the others` : "no worker runs"}; the primary key is then checked on this thread over the ids
  the ranges return, in row order, so the report is the same as a one-pass read (tested).
- **ciudata-quality, 1 thread**: the same call without \`rowRunner\`: one streaming pass on one thread.
- **DuckDB** (\`@duckdb/node-api\`, in-memory): \`read_csv(delim=';', header=true, all_varchar=true, null_padding=true)\` with
  4 spare columns to catch extra cells, then the equivalent checks in SQL (a materialized CTE, one aggregate per check):
  \`try_strptime\` for dates, \`try_cast\` of \`replace(replace(monto,'.',''),',','.')\` to DOUBLE, \`IN\` lists for enum and
  booleans, \`regexp_full_match\` for the pattern, required, ranges, duplicated ids by \`GROUP BY id HAVING count(*) > 1\`,
  blank rows, missing and extra cells. It returns counts only (no per-cell report). Default threads = cores (${cpus().length});
  the 1-thread row is for comparison with single-threaded ciudata.
- Every time is the whole process from the contender's start: module loading included (about 0.2 s for ciudata,
  DuckDB's native module and instance for DuckDB).
- **tableschema-js** 1.12: \`Table.load(file, { schema, delimiter: ";" })\` + \`table.iter({ cast: true, forceCast: true })\`,
  counting the error objects. Caveats, which is why its counts differ: its number cast turns the decimal comma into a
  point BEFORE removing the group character, so \`1.234,56\` becomes 123456 and almost every row breaks
  \`monto.maximum\`; a failed row stops there, so its other checks (and the primary key) are not reached; its \`pattern\` is
  not anchored (\`1234567A\` passes \`[0-9]{7,8}\`); it has no blank-row check (a blank row is cast and breaks \`required\`).
  ${ts1M ? "It ran once on the 1M file; the 100k rows and the ×10 extrapolation are shown too." : "It ran on the 100k file only; its 1M time is a linear **extrapolation** (×10)."}

Error counts on the 1M file (bold = differs from the manifest):

| error | manifest | ${countTools.map(([n]) => n).join(" | ")} |
|---|---:|${countTools.map(() => "---:").join("|")}|
${countKeys.length ? countTable : ""}
${totalRow}

### Targets

| target | measured | |
|---|---|---|
| ciudata-quality no slower than DuckDB (1M) | ${fmt(q.seconds)} s vs ${fmt(duck.seconds)} s = **${fmt(vsDuck)}×** DuckDB, both on ${cpus().length} threads (on 1 thread each: ${fmt(q1.seconds)} s vs ${fmt(duck1.seconds)} s = ${fmt(q1.seconds / duck1.seconds)}×) | ${yes(vsDuck <= 1)} |
| ≥ 15× faster than tableschema-js (1M) | **${fmt(tsRatio, 1)}×** ${ts1M ? `(measured on 1M; ${fmt(tsExtrapolated / q.seconds, 1)}× from the 100k extrapolation)` : "(tableschema-js extrapolated from 100k)"} | ${yes(tsRatio >= 15)} |
| peak RSS ≤ 250 MB (1M) | **${fmt(q.maxRssMB, 0)} MB** | ${yes(q.maxRssMB <= 250)} |
| time grows linearly from 100k to 1M rows (within 10%) | every size within **${within(maxDeviation)}** of the line fitted through the four sizes (table below) | ${yes(linear)} |
| (stricter reading) each step's cost per added row within 10% of the line's slope | within **${within(maxStep)}** (table below; a 150k-row step lasts about 0.2 s, so 10% of it is 20 ms, the size of run-to-run noise here) | ${yes(maxStep <= 0.1)} |
| (stricter reading) time per row at 100k within 10% of 1M | validate call: ${fmt(lin100k)} µs/row at 100k vs ${fmt(lin1M)} µs/row at 1M = **${fmt(linRatio)}×**; whole process: ${fmt(linTotal100k)} vs ${fmt(linTotal1M)} µs/row | ${yes(Math.abs(linRatio - 1) <= 0.1)} |
| error counts = manifest | ciudata-quality: ${q.matches ? "all" : (q.diff ?? []).join("; ")}; DuckDB: ${duck.matches ? "all" : "**no**"}; tableschema-js: ${(ts1M ?? ts100k).matches ? "all" : "**no** (caveats above)"} | ${yes(q.matches)} |

#### Linearity, 100k → 1M rows

The same generator and error rate at four sizes (\`registro-{100k,250k,500k,1m}-errores.csv\`); times are the \`validate\` call alone
(module loading excluded), medians of ${rounds} runs, each in its own process. Time grows linearly when every size lies within 10% of a
least-squares line through the four points:
**${fmt(fixed, 3)} s + ${fmt(marginal)} µs × rows**. The fixed part is paid whatever the size (first-call compilation, JIT warm-up, worker start,
sniffing, report): ${fmt((100 * fixed) / q100k.validateSeconds, 0)}% of the time at 100k rows, ${fmt((100 * fixed) / q.validateSeconds, 0)}% at 1M. That is why the stricter
reading (time per row at 100k equal to 1M, which only a run with no fixed cost could meet) is listed apart in the targets.

| rows | seconds | µs per row | fitted line (s) | measured vs line | step: µs per added row (vs slope) | error counts = manifest |
|---:|---:|---:|---:|---:|---:|---|
${linearityTable}

Bench numbers are never asserted in unit tests; the error counts are, on a 20,000-row registry, in \`test/bench-oracle.test.ts\`.

${privacySection(results, `From the same full run as the sections above (papaparse is the issue #3 contender, same rounds).`)}`;
const out = resultsPath;
// Sections other benches write (bench/hostile.mjs) are carried over as they are.
const previous = existsSync(out) ? readFileSync(out, "utf8") : "";
const kept = [
  HOSTILE_HEADING,
  LINKAGE_HEADING,
  GEO_HEADING,
  CONVERT_HEADING,
  SERVE_HEADING,
  PUSHDOWN_HEADING,
  DEFAULTPATH_HEADING,
]
  .map((heading) => sectionOf(previous, heading).trimEnd())
  .filter(Boolean);
writeFileSync(`${out}.tmp`, kept.length > 0 ? `${md.trimEnd()}\n\n${kept.join("\n\n")}\n` : md);
renameSync(`${out}.tmp`, out);
writeStartupSection(startup);
console.log(md);
if (process.env.BENCH_LINKAGE !== "0") linkageBench();
if (process.env.BENCH_GEO !== "0") geoBench();
if (process.env.BENCH_SERVE !== "0") serveBench();
// Issue #22: convert to Parquet beside DuckDB's own COPY (BENCH_CONVERT=0 skips it).
if (process.env.BENCH_CONVERT !== "0")
  execFileSync(process.execPath, ["bench/convert.mjs"], { cwd: root, stdio: "inherit" });
if (process.env.BENCH_PUSHDOWN !== "0") pushdownBench();
if (process.env.BENCH_DEFAULTPATH !== "0") defaultPathBench();
