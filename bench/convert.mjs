#!/usr/bin/env node
// `ciudata convert` to Parquet (issue #22) on the clean 1M-row registry (`bench/data/registro-1m.csv`, made
// by bench/registry.mjs), side by side with DuckDB's own `COPY (SELECT * FROM read_csv(...)) TO 'x.parquet'`
// on the same file, each in its own process (wall time and peak RSS):
// - read: `openFile(...).batches()` of the CSV with @ciudata/table, nothing else (the reader's share);
// - ciudata convert: the CLI (`packages/cli/dist/bin.js convert registro-1m.csv x.parquet --yes-personal`):
//   read, infer, cast every cell, stage a typed CSV, DuckDB copies it to Parquet, rename;
// - DuckDB COPY: `read_csv` with DuckDB's own sniffing and type detection, straight to Parquet.
// Both Parquet files are read back by DuckDB: rows and column types are compared in the table.
// Run: `nice -n 19 node bench/convert.mjs` (builds what is missing); it replaces its section of
// bench/RESULTS.md (BENCH_CONVERT_WRITE=0 prints it only). BENCH_CONVERT_ROWS=100000 runs a smaller file
// (not written to RESULTS.md).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { withSection } from "./hostile.mjs";
import { generateRegistry } from "./registry.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const RESULTS = join(ROOT, "bench", "RESULTS.md");
const RSS_PRELOAD = join(ROOT, "bench", "max-rss.cjs");
const BIN = join(ROOT, "packages", "cli", "dist", "bin.js");

/** The heading of this bench's section in bench/RESULTS.md. */
export const CONVERT_HEADING = "## Convert to Parquet (issue #22)";

const rows = Number(process.env.BENCH_CONVERT_ROWS ?? 1_000_000);
const DATA = join(ROOT, "bench", "data", rows === 1_000_000 ? "registro-1m.csv" : `registro-${rows}.csv`);

/** Runs `node args…` in its own process: wall seconds, peak RSS (MB) and standard output. */
function timed(args) {
  const dir = mkdtempSync(join(tmpdir(), "ciudata-bench-rss-"));
  const rssFile = join(dir, "rss");
  const t0 = performance.now();
  const stdout = execFileSync(process.execPath, ["--require", RSS_PRELOAD, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, CIUDATA_RSS_FILE: rssFile },
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 64 << 20,
  });
  const seconds = (performance.now() - t0) / 1000;
  const rssMB = Number(readFileSync(rssFile, "utf8")) / 1024;
  rmSync(dir, { recursive: true, force: true });
  return { seconds, rssMB, stdout };
}

/** A small script run with `node --input-type=module -e` from the repository root. */
const script = (code) => ["--input-type=module", "-e", code];

const READ = (file) => `
import { openFile } from "./packages/table/dist/node/index.js";
const t = await openFile(${JSON.stringify(file)}, { inferSample: 0 });
let n = 0;
for await (const b of t.batches()) n += b.length;
console.log(n);`;

const DUCKDB = (sql) => `
import { createRequire } from "node:module";
const require = createRequire(${JSON.stringify(join(ROOT, "packages", "linkage", "package.json"))});
const { DuckDBInstance } = await import(require.resolve("@duckdb/node-api"));
const instance = await DuckDBInstance.create(":memory:");
const c = await instance.connect();
const r = await c.runAndReadAll(${JSON.stringify(sql)});
console.log(JSON.stringify(r.getRowsJS(), (_, v) => (typeof v === "bigint" ? Number(v) : v)));`;

const q = (s) => `'${s.replaceAll("'", "''")}'`;

/** Rows and column types of a Parquet file, read by DuckDB. */
function describe(file) {
  const count = JSON.parse(
    timed(script(DUCKDB(`SELECT count(*) FROM read_parquet(${q(file)})`))).stdout,
  )[0][0];
  const types = JSON.parse(
    timed(script(DUCKDB(`DESCRIBE SELECT * FROM read_parquet(${q(file)})`))).stdout,
  ).map((r) => `${r[0]} ${r[1]}`);
  return { count, types };
}

function section(r, loadBefore, loadAfter) {
  const size = (f) => `${(statSync(f).size / 2 ** 20).toFixed(1)} MB`;
  const line = (name, x, file) =>
    `| ${name} | ${x.seconds.toFixed(2)} | ${Math.round(x.rssMB)} | ${file ? size(file) : "—"} | ${file ? x.count.toLocaleString("en") : x.rows.toLocaleString("en")} |`;
  const differ = r.ciudata.types.filter((t, i) => t !== r.duckdb.types[i]);
  return `${CONVERT_HEADING}

\`nice -n 19 node bench/convert.mjs\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}, ${cpus().length} cores,
${Math.round(totalmem() / 2 ** 30)} GiB; 1-minute load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after; the
machine is shared, see the load). Input: \`${DATA.slice(ROOT.length)}\` (${rows.toLocaleString("en")} rows, ${size(DATA)}),
one run each, each in its own process (wall seconds, peak RSS). *read* = \`openFile(...).batches()\` of the CSV
alone; *ciudata convert* = \`ciudata convert registro-1m.csv x.parquet --yes-personal\` (the CLI: read with our
reader, types inferred from 1,000 rows, every cell cast, a typed CSV staged beside the output, DuckDB copies it
to Parquet, atomic rename); *DuckDB COPY* = \`COPY (SELECT * FROM read_csv('registro-1m.csv')) TO 'x.parquet'
(FORMAT parquet)\` in \`@duckdb/node-api\` (DuckDB's own sniffing, parallel reader). Rows are counted by reading
each Parquet file back with DuckDB.

| step | seconds | peak RSS MB | Parquet size | rows |
| --- | ---: | ---: | ---: | ---: |
${line("read (ciudata reader only)", r.read)}
${line("ciudata convert", r.ciudata, r.ciudataFile)}
${line("DuckDB COPY", r.duckdb, r.duckdbFile)}

ciudata convert ÷ DuckDB COPY: **${(r.ciudata.seconds / r.duckdb.seconds).toFixed(1)}×**. Column types, ciudata (from
inference) / DuckDB (its sniffer): ${r.ciudata.types.map((t, i) => (t === r.duckdb.types[i] ? `\`${t}\`` : `\`${t}\` / \`${r.duckdb.types[i]}\``)).join(", ")}
(${differ.length === 0 ? "the same" : `${differ.length} differ`}).
`;
}

async function main() {
  if (!existsSync(DATA)) await generateRegistry({ rows, out: DATA });
  if (!existsSync(BIN) || !existsSync(join(ROOT, "packages", "table", "dist", "node", "index.js")))
    execFileSync("node", ["scripts/build.mjs"], { cwd: ROOT, stdio: "inherit" });
  const out = mkdtempSync(join(tmpdir(), "ciudata-bench-convert-"));
  const ciudataFile = join(out, "ciudata.parquet");
  const duckdbFile = join(out, "duckdb.parquet");
  try {
    const loadBefore = loadavg()[0];
    const read = timed(script(READ(DATA)));
    read.rows = Number(read.stdout.trim());
    const ciudata = timed([BIN, "convert", DATA, ciudataFile, "--yes-personal"]);
    const duckdb = timed(
      script(DUCKDB(`COPY (SELECT * FROM read_csv(${q(DATA)})) TO ${q(duckdbFile)} (FORMAT parquet)`)),
    );
    const loadAfter = loadavg()[0];
    Object.assign(ciudata, describe(ciudataFile));
    Object.assign(duckdb, describe(duckdbFile));
    const text = section({ read, ciudata, duckdb, ciudataFile, duckdbFile }, loadBefore, loadAfter);
    if (process.env.BENCH_CONVERT_WRITE !== "0" && rows === 1_000_000) {
      const md = existsSync(RESULTS) ? readFileSync(RESULTS, "utf8") : "# Benchmarks\n";
      writeFileSync(`${RESULTS}.tmp`, withSection(md, CONVERT_HEADING, text));
      renameSync(`${RESULTS}.tmp`, RESULTS);
    }
    console.log(text);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
