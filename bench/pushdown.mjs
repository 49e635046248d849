#!/usr/bin/env node
// Checks pushed down to the engine (issue #23): the Table Schema's checks of bench/schema-quality.json (cells
// and its primary key) and measureRisk's counts over three quasi-identifiers, on a generated registry with
// injected errors, run three ways and compared count by count:
// - in-process: `validateFile` of @ciudata/quality/node (the runner every other bench measures), and
//   `measureRisk` in a process of its own;
// - DuckDB: `checkInDuckDB` (DuckDB reads the CSV itself), beside DuckDB's own `SELECT count(*)` over the
//   same `read_csv` as the floor;
// - PostgreSQL: the file loaded once with `COPY` (not timed as part of the check), then `checkInPostgres`,
//   beside `SELECT count(*)` of the table as the floor. Needs CIUDATA_TEST_POSTGRES_URL; without it the
//   bench starts a throw-away cluster with scripts/test-postgres.sh, or skips PostgreSQL with a note.
// Each contender runs in its own process: wall time and peak RSS of that process (the Node process holding
// DuckDB includes DuckDB's memory).
// Run: `node bench/pushdown.mjs`; BENCH_PUSHDOWN_ROWS (default 10,000,000) sets the size;
// BENCH_PUSHDOWN_WRITE=0 prints the section instead of replacing it in bench/RESULTS.md.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { withSection } from "./hostile.mjs";
import { generateRegistry, KINDS } from "./registry.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const RESULTS = join(ROOT, "bench", "RESULTS.md");
const QUALITY = join(ROOT, "packages", "quality", "dist");
/** The heading of this bench's section in bench/RESULTS.md. */
export const PUSHDOWN_HEADING = "## Checks inside the database (issue #23)";

const ROWS = Number(process.env.BENCH_PUSHDOWN_ROWS ?? 10_000_000);
const DATA = join(ROOT, "bench", "data", `pushdown-${ROWS}.csv`);
// Row-shape errors break DuckDB's and PostgreSQL's CSV readers, and the primary key is not pushed down:
// the injections are drawn from the cell kinds only.
const CELL_KINDS = Object.keys(KINDS).filter(
  (k) => !["extra-cell", "missing-cell", "primary-key"].includes(k),
);
const mb = (kb) => Math.round(kb / 1024);

function schema() {
  return JSON.parse(readFileSync(join(ROOT, "bench", "schema-quality.json"), "utf8"));
}

/** The quasi-identifiers of the risk counts. */
const QI = ["sexo", "barrio", "fecha_nacimiento"];
/** Row checks (keys) counted per type, without a field. */
const KEY_TYPES = ["primary-key", "unique-error", "foreign-key"];

/** measureRisk's counts as comparable numbers. */
function riskCounts(risk) {
  const out = {
    "risk|classes|": risk.classes,
    "risk|sampleUniques|": risk.sampleUniques,
    "risk|records|": risk.records,
  };
  for (const v of risk.violations) out[`risk|k${v.k}|records`] = v.records;
  return out;
}

/** Counts keyed `type|field|constraint` (blank rows have no field). */
const key = (type, field, constraint) => `${type}|${field ?? ""}|${constraint ?? ""}`;

/** One contender in this process (the child): prints one JSON line. */
async function child(name, table) {
  const t0 = performance.now();
  const quality = await import(pathToFileURL(join(QUALITY, "node", "index.js")).href);
  const counts = {};
  let rows = 0;
  let notPushed = [];
  if (name === "inprocess") {
    const report = await quality.validateFile(DATA, { schema: schema(), limitErrors: 100 });
    const task = report.tasks[0];
    // Data rows and blank rows, as the engines count lines after the header.
    rows = (task.stats.dataRows ?? task.stats.rows) + (task.stats.blankRows ?? 0);
    // Counts by (type, field, constraint) from the listed-or-not totals: every finding, not the 100 listed.
    for (const g of task.totals.groups) {
      if (g.type === "blank-row") counts[key(g.type, null, null)] = g.findings;
    }
    for (const [field, types] of Object.entries(task.totals.byField))
      for (const [type, n] of Object.entries(types)) counts[key(type, field, "*")] = n;
    for (const g of task.totals.groups)
      if (g.type === "constraint-error") counts[key(g.type, "*", g.constraint)] = g.findings;
    for (const g of task.totals.groups)
      if (KEY_TYPES.includes(g.type))
        counts[key(g.type, "key", null)] = (counts[key(g.type, "key", null)] ?? 0) + g.findings;
  } else if (name === "inprocess-risk") {
    const privacy = await import(pathToFileURL(join(ROOT, "packages", "privacy", "dist", "index.js")).href);
    const table = await import(
      pathToFileURL(join(ROOT, "packages", "table", "dist", "node", "index.js")).href
    );
    const opened = await table.openPath(DATA);
    const risk = await privacy.measureRisk(opened, { qi: QI });
    rows = risk.records;
    Object.assign(counts, riskCounts(risk));
  } else if (name === "duckdb" || name === "postgres") {
    const result =
      name === "duckdb"
        ? await quality.checkInDuckDB(DATA, schema(), { delimiter: ";", risk: { qi: QI } })
        : await quality.checkInPostgres(process.env.CIUDATA_TEST_POSTGRES_URL, table, schema(), {
            key: "id",
            risk: { qi: QI },
          });
    rows = result.rows;
    notPushed = result.notPushed;
    Object.assign(counts, riskCounts(result.risk));
    for (const c of result.counts) {
      if (c.type === "blank-row") counts[key(c.type, null, null)] = c.count;
      else if (KEY_TYPES.includes(c.type))
        counts[key(c.type, "key", null)] = (counts[key(c.type, "key", null)] ?? 0) + c.count;
      else {
        const field = key(c.type, c.fieldName, "*");
        counts[field] = (counts[field] ?? 0) + c.count;
        if (c.type === "constraint-error") {
          const byConstraint = key(c.type, "*", c.constraint);
          counts[byConstraint] = (counts[byConstraint] ?? 0) + c.count;
        }
      }
    }
  } else if (name === "duckdb-floor") {
    const { DuckDBInstance } = await import("@duckdb/node-api");
    const connection = await (await DuckDBInstance.create(":memory:")).connect();
    const sql = `SELECT count(*) FROM read_csv('${DATA}', header = true, all_varchar = true, quote = '"', escape = '"', delim = ';')`;
    rows = Number((await connection.runAndReadAll(sql)).getRows()[0][0]);
  } else if (name === "postgres-floor") {
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: process.env.CIUDATA_TEST_POSTGRES_URL });
    await client.connect();
    rows = Number((await client.query(`SELECT count(*) FROM ${table}`)).rows[0].count);
    await client.end();
  }
  const seconds = (performance.now() - t0) / 1000;
  console.log(
    JSON.stringify({ name, seconds, rows, counts, notPushed, rssMB: mb(process.resourceUsage().maxRSS) }),
  );
}

function runChild(name, table = "") {
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), "--child", name, table], {
    cwd: ROOT,
    encoding: "utf8",
    env: process.env,
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out.trim().split("\n").at(-1));
}

/** Loads the CSV into a PostgreSQL table with COPY (the server reads the file). */
async function loadPostgres() {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: process.env.CIUDATA_TEST_POSTGRES_URL });
  await client.connect();
  const table = `bench_pushdown_${ROWS}`;
  const columns = schema().fields.map((f) => `"${f.name}" text`);
  const t0 = performance.now();
  await client.query(`DROP TABLE IF EXISTS ${table}`);
  await client.query(`CREATE UNLOGGED TABLE ${table} (${columns.join(", ")})`);
  await client.query(`COPY ${table} FROM '${DATA}' WITH (FORMAT csv, HEADER true, DELIMITER ';')`);
  const seconds = (performance.now() - t0) / 1000;
  await client.end();
  return { table, seconds };
}

async function dropPostgres(table) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: process.env.CIUDATA_TEST_POSTGRES_URL });
  await client.connect();
  await client.query(`DROP TABLE IF EXISTS ${table}`);
  await client.end();
}

/** Differences between two count maps, on the keys of the first. */
function differences(a, b) {
  return Object.keys({ ...a, ...b })
    .filter((k) => (a[k] ?? 0) !== (b[k] ?? 0))
    .map((k) => `${k}: ${a[k] ?? 0} vs ${b[k] ?? 0}`);
}

async function main() {
  if (!existsSync(join(QUALITY, "node", "index.js")))
    execFileSync("node", ["scripts/build.mjs", "quality"], { cwd: ROOT, stdio: "inherit" });
  if (!existsSync(DATA)) {
    mkdirSync(join(ROOT, "bench", "data"), { recursive: true });
    process.stderr.write(`generating ${ROWS.toLocaleString("en-US")} rows into ${DATA}…\n`);
    await generateRegistry({ rows: ROWS, out: DATA, errors: { rate: 0.01, kinds: CELL_KINDS } });
  }
  const loadBefore = loadavg()[0];
  const results = [];
  for (const name of ["duckdb-floor", "duckdb", "inprocess", "inprocess-risk"]) {
    process.stderr.write(`  ${name}…\n`);
    results.push(runChild(name));
  }
  let load = null;
  if (process.env.CIUDATA_TEST_POSTGRES_URL) {
    process.stderr.write("  loading PostgreSQL…\n");
    load = await loadPostgres();
    try {
      for (const name of ["postgres-floor", "postgres"]) {
        process.stderr.write(`  ${name}…\n`);
        results.push(runChild(name, load.table));
      }
    } finally {
      await dropPostgres(load.table);
    }
  }
  const loadAfter = loadavg()[0];
  const by = Object.fromEntries(results.map((r) => [r.name, r]));
  // The in-process counts: the validation's and measureRisk's (two runs, two processes).
  const base = { ...by.inprocess, counts: { ...by.inprocess.counts, ...by["inprocess-risk"].counts } };
  const line = (r, floor) =>
    r.name === "inprocess-risk"
      ? `| ${r.name} | ${r.rows.toLocaleString("en-US")} | ${r.seconds.toFixed(2)} |  | ${r.rssMB} | (risk counts of the in-process base) |`
      : `| ${r.name} | ${r.rows.toLocaleString("en-US")} | ${r.seconds.toFixed(2)} | ${floor ? `${(r.seconds / floor.seconds).toFixed(2)}×` : ""} | ${r.rssMB} | ${r.name.endsWith("floor") ? "" : r.name === "inprocess" ? "(base)" : differences(base.counts, r.counts).length === 0 ? "same" : "**differ**"} |`;
  const diffs = ["duckdb", "postgres"]
    .filter((n) => by[n])
    .flatMap((n) => differences(base.counts, by[n].counts).map((d) => `- ${n}: ${d}`));
  const total = Object.entries(base.counts)
    .filter(
      ([k]) => k.split("|")[2] === "*" || k.startsWith("blank-row") || KEY_TYPES.includes(k.split("|")[0]),
    )
    .reduce((s, [, n]) => s + n, 0);
  const section = `${PUSHDOWN_HEADING}

Generated by \`node bench/pushdown.mjs\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version},
${cpus().length} × ${cpus()[0]?.model.split(" ").slice(0, 2).join(" ") ?? "CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB; 1-minute load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after.

Input: \`bench/data/pushdown-${ROWS}.csv\`, ${ROWS.toLocaleString("en-US")} rows of the bench registry (\`generateRegistry\`,
1% of rows with one injected cell error: types, \`required\`, \`enum\`, \`pattern\`, bounds, blank rows; ${total.toLocaleString("en-US")} findings),
checked against \`bench/schema-quality.json\` (cells and primary key), and measureRisk's counts over ${QI.join(", ")}. Each contender in its own process; seconds
from the process start; the floor is the engine's own \`count(*)\` over the same data.${load ? ` PostgreSQL: the file loaded with \`COPY\` into an unlogged table first (${load.seconds.toFixed(1)} s, not counted).` : " PostgreSQL: skipped (no CIUDATA_TEST_POSTGRES_URL and no local PostgreSQL)."}

| contender | rows | seconds | × floor | peak RSS (MB) | counts vs in-process |
| --- | ---: | ---: | ---: | ---: | --- |
${[by["duckdb-floor"], by.duckdb, by.inprocess, by["inprocess-risk"], by["postgres-floor"], by.postgres]
  .filter(Boolean)
  .map((r) =>
    line(r, r.name === "duckdb" ? by["duckdb-floor"] : r.name === "postgres" ? by["postgres-floor"] : null),
  )
  .join("\n")}

Counts compared: per field and error type, per constraint, blank rows, primary-key findings, and the risk counts (classes, sample uniques, records violating 2/3/5-anonymity) (${Object.keys(base.counts).length} numbers).
${diffs.length === 0 ? "Every count is the same in the three runs." : `Differences:\n${diffs.join("\n")}`}
Not pushed down: ${by.duckdb.notPushed.length === 0 ? "nothing in this schema." : by.duckdb.notPushed.map((n) => `${n.fieldName} ${n.name}`).join(", ")}
`;
  if (process.env.BENCH_PUSHDOWN_WRITE === "0") {
    console.log(section);
    return;
  }
  const md = existsSync(RESULTS) ? readFileSync(RESULTS, "utf8") : "# Benchmarks\n";
  writeFileSync(`${RESULTS}.tmp`, withSection(md, PUSHDOWN_HEADING, section));
  renameSync(`${RESULTS}.tmp`, RESULTS);
  console.log(section);
}

if (process.argv[2] === "--child") await child(process.argv[3], process.argv[4]);
else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!process.env.CIUDATA_TEST_POSTGRES_URL && !process.env.BENCH_PUSHDOWN_NO_POSTGRES) {
    // Start a throw-away PostgreSQL around this bench when one is installed (skipped with a note if not).
    try {
      execFileSync(
        "bash",
        [join(ROOT, "scripts", "test-postgres.sh"), process.execPath, fileURLToPath(import.meta.url)],
        {
          cwd: ROOT,
          stdio: "inherit",
          env: { ...process.env, BENCH_PUSHDOWN_NO_POSTGRES: "1" },
        },
      );
    } catch (error) {
      process.exitCode = typeof error.status === "number" ? error.status : 1;
    }
  } else await main();
}
