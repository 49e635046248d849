// One contender per child process, so peak RSS is its own: `node bench/contenders.mjs <name> <file>`.
// Prints one JSON line: { name, rows, seconds, maxRssMB } and, for the quality contenders, the error
// counts they found (`tally`), whether they match the file's manifest and the differences if not; for
// the risk contenders (ciudata-risk, ciudata-risk-low), the quasi-identifiers, classes, sample uniques and
// records (and classes) violating 2-, 3- and 5-anonymity.
import { createReadStream, existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { diffCounts, HEADER, tally } from "./registry.mjs";

const [name, file] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const here = new URL(".", import.meta.url);
const started = performance.now();
const qualitySchema = () => JSON.parse(readFileSync(new URL("./schema-quality.json", here), "utf8"));
let rows = 0;
/** For the quality contenders: counts in the manifest's shape, plus what the contender could not do. */
let counts = null;
let extra = {};
/** For the risk contenders: what the report found (classes, violations), so a run can be checked. */
let risk = null;
/** The quasi-identifier sets of the risk contenders: birth date is the classic quasi-identifier. */
const RISK_QI = {
  "ciudata-risk": ["sexo", "fecha_nacimiento", "barrio", "departamento"],
  "ciudata-risk-low": ["sexo", "barrio", "departamento", "programa"],
};

if (name === "papaparse") {
  // Raw papaparse, streaming the same file with the same delimiter: no casting, no checks.
  const Papa = require(
    require.resolve("papaparse", { paths: [new URL("../packages/table/", here).pathname] }),
  );
  await new Promise((resolve, reject) => {
    Papa.parse(createReadStream(file, { encoding: "utf8" }), {
      delimiter: ";",
      chunk(results) {
        rows += results.data.length;
      },
      complete: resolve,
      error: reject,
    });
  });
  rows -= 1; // header
} else if (name === "ciudata-validate" || name === "ciudata-read") {
  const table = await import(new URL("../packages/table/dist/index.js", here).href);
  const node = await import(new URL("../packages/table/dist/node/index.js", here).href);
  const schema = JSON.parse(readFileSync(new URL("./schema.json", here), "utf8"));
  if (name === "ciudata-validate") {
    // Detect encoding and dialect, read, cast every cell by the schema, check constraints, build the report.
    const report = await table.validateTable(await node.openPath(file), { schema, limitErrors: 1000 });
    rows = report.tasks[0].stats.rows;
    if (!report.valid)
      throw new Error(`unexpected errors: ${JSON.stringify(report.tasks[0].errors.slice(0, 3))}`);
  } else {
    // Detect encoding and dialect and read the rows, no casting.
    const decoded = await table.decodeSource(await node.openPath(file));
    const { dialect } = table.sniffDialect(decoded.sample);
    const reader = await table.readTable(decoded.text, dialect);
    for await (const batch of reader.rows) rows += batch.length;
  }
} else if (
  name === "ciudata-cli-default" ||
  name === "ciudata-cli-schema" ||
  name === "ciudata-cli-registry"
) {
  // The whole `ciudata validate` process (issue #23) as people type it: no schema (inferred from a
  // sample, default checks) or with bench/schema.json; the report (JSON) is thrown away. Time and peak
  // RSS are the child's (its RSS through bench/max-rss.cjs), not this process's.
  const { spawnSync } = await import("node:child_process");
  const { mkdtempSync, rmSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = mkdtempSync(join(tmpdir(), "ciudata-bench-"));
  const rssFile = join(dir, "rss");
  const cpuFile = join(dir, "cpu");
  const bin = new URL("../packages/cli/dist/bin.js", here).pathname;
  const args = [
    "--require",
    new URL("./max-rss.cjs", here).pathname,
    bin,
    "validate",
    file,
    "--format",
    "json",
  ];
  if (name === "ciudata-cli-schema") args.push("--schema", new URL("./schema.json", here).pathname);
  // The registry review: quality + re-identification risk on the detected quasi-identifiers + disaggregation.
  if (name === "ciudata-cli-registry") args.push("--registry");
  const t0 = performance.now();
  const out = spawnSync(process.execPath, args, {
    env: { ...process.env, CIUDATA_RSS_FILE: rssFile, CIUDATA_CPU_FILE: cpuFile },
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 1 << 30,
  });
  extra.childSeconds = Number(((performance.now() - t0) / 1000).toFixed(3));
  if (out.status !== 0 && out.status !== 1)
    throw new Error(`ciudata validate exited ${out.status}: ${String(out.stderr).slice(0, 500)}`);
  const report = JSON.parse(String(out.stdout));
  rows = report.tasks[0].stats.rows;
  extra.findings = report.tasks[0].totals?.findings ?? null;
  extra.threads = report.tasks[0].detected?.threads ?? 1;
  extra.childRssMB = Number((Number(readFileSync(rssFile, "utf8")) / 1024).toFixed(1));
  extra.childCpuSeconds = Number(Number(readFileSync(cpuFile, "utf8")).toFixed(3));
  rmSync(dir, { recursive: true, force: true });
} else if (name === "ciudata-stats") {
  // Column statistics (issue #22): open as validateFile does, infer types, one pass over every cell.
  const quality = await import(new URL("../packages/quality/dist/node/index.js", here).href);
  const stats = await quality.describeFile(file);
  rows = stats.rows;
  extra = { columns: stats.columns.length, personal: stats.columns.filter((c) => c.personal).length };
} else if (name === "ciudata-risk" || name === "ciudata-risk-low") {
  // Re-identification risk over 4 quasi-identifiers (issue #5): reads once without casting, counts the
  // equivalence classes, records violating 2/3/5-anonymity, sample uniques and prosecutor risk.
  const privacy = await import(new URL("../packages/privacy/dist/index.js", here).href);
  const node = await import(new URL("../packages/table/dist/node/index.js", here).href);
  const qi = RISK_QI[name];
  const report = await privacy.measureRisk(await node.openPath(file), { qi, k: 5 });
  rows = report.records;
  risk = {
    qi,
    classes: report.classes,
    sampleUniques: report.sampleUniques,
    violations: Object.fromEntries(report.violations.map((v) => [v.k, v.records])),
    violatingClasses: Object.fromEntries(report.violations.map((v) => [v.k, v.classes])),
    riskMean: report.risk.mean,
  };
} else if (name === "ciudata-quality" || name === "ciudata-quality-1-thread") {
  // The full quality validation: every error counted (no limit), with the quality schema
  // (types, required, enum, pattern, ranges, dates, primaryKey, missing values).
  const quality = await import(new URL("../packages/quality/dist/index.js", here).href);
  const node = await import(new URL("../packages/table/dist/node/index.js", here).href);
  const schema = qualitySchema();
  const t0 = performance.now();
  // Local files are read by worker threads (parallelRows), as `ciudata validate` does; the
  // "-1-thread" contender reads in one pass, for comparison with DuckDB on one thread.
  const report = await quality.validate(await node.openPath(file), {
    schema,
    limitErrors: Number.POSITIVE_INFINITY,
    ...(name === "ciudata-quality-1-thread" ? {} : { rowRunner: node.parallelRows() }),
  });
  extra.validateSeconds = Number(((performance.now() - t0) / 1000).toFixed(3));
  const task = report.tasks[0];
  rows = task.stats.rows;
  // The manifest counts errors; warnings (if a quality check emits any) are reported apart.
  counts = tally(task.errors.filter((e) => e.severity === "error"));
  extra.warningCount = task.errors.length - counts.total;
  if (task.warnings.length) extra.warnings = task.warnings;
} else if (name === "duckdb" || name === "duckdb-1-thread") {
  // DuckDB reads the same CSV (all VARCHAR, `;`) and runs the EQUIVALENT checks in SQL; on all cores
  // (its default) or on one, as ciudata runs.
  counts = await duckdbChecks(file, name === "duckdb-1-thread" ? 1 : null);
  rows = counts.rows;
  delete counts.rows;
} else if (name === "tableschema-js") {
  ({ rows, counts, extra } = await tableschemaChecks(file));
} else {
  throw new Error(`unknown contender ${name}`);
}
const seconds = (performance.now() - started) / 1000;
const maxRssMB = process.resourceUsage().maxRSS / 1024;
// User CPU seconds of every thread (workers included): on a busy machine, steadier than the wall time.
const cpuSeconds = process.resourceUsage().userCPUTime / 1e6;
const line = {
  name,
  rows,
  seconds: Number(seconds.toFixed(3)),
  cpuSeconds: Number(cpuSeconds.toFixed(3)),
  maxRssMB: Number(maxRssMB.toFixed(1)),
};
if (counts) {
  const manifestPath = file.replace(/\.csv$/, ".manifest.json");
  const manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, "utf8")) : null;
  const diff = manifest ? diffCounts(manifest, counts) : null;
  Object.assign(line, { ...extra, matches: diff ? diff.length === 0 : null, diff, counts });
}
if (risk) Object.assign(line, risk);
// The CLI contenders: the child's own wall time and peak RSS (this process only waited for it).
if (extra.childSeconds !== undefined)
  Object.assign(line, {
    ...extra,
    seconds: extra.childSeconds,
    cpuSeconds: extra.childCpuSeconds,
    maxRssMB: extra.childRssMB,
  });
console.log(JSON.stringify(line));

/**
 * DuckDB (@duckdb/node-api): `read_csv` with `;`, everything VARCHAR, then one SQL pass with the same
 * checks as the quality schema. Missing values (`''`, `s/d`) are NULL for the checks; cells that are not
 * there at all come as NULL from `null_padding` (an empty cell stays `''` because `nullstr` never
 * matches), and 4 spare columns catch extra cells.
 */
async function duckdbChecks(path, threads) {
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const db = await DuckDBInstance.create(":memory:", threads ? { threads: String(threads) } : {});
  const con = await db.connect();
  const spare = ["x1", "x2", "x3", "x4"];
  const all = [...HEADER, ...spare];
  const columns = `{${all.map((c) => `'${c}': 'VARCHAR'`).join(", ")}}`;
  const q = (s) => s.replaceAll("'", "''");
  const nv = (c) => `nullif(nullif(${c}, ''), 's/d')`;
  const sql = `
WITH raw AS (
  SELECT * FROM read_csv('${q(path)}', delim=';', header=true, all_varchar=true, columns=${columns},
    null_padding=true, nullstr='\u0001', quote='"', escape='"', auto_detect=false)
),
c AS MATERIALIZED (
  SELECT
    ${HEADER.map((h) => `coalesce(${h}, '') = ''`).join(" AND ")} AND ${spare.map((s) => `${s} IS NULL`).join(" AND ")} AS blank,
    ${HEADER.map((h) => `(${h} IS NULL)::INT AS miss_${h}`).join(", ")},
    ${spare.map((s) => `(${s} IS NOT NULL)::INT`).join(" + ")} AS extra,
    id IS NOT NULL AND ${nv("id")} IS NULL AS id_missing,
    ${nv("id")} AS id_raw, try_cast(${nv("id")} AS BIGINT) AS id,
    ${nv("dni")} AS dni,
    ${nv("sexo")} AS sexo,
    ${nv("fecha_nacimiento")} AS nac_raw, try_strptime(${nv("fecha_nacimiento")}, '%d/%m/%Y') AS nac,
    ${nv("monto")} AS monto_raw, try_cast(replace(replace(${nv("monto")}, '.', ''), ',', '.') AS DOUBLE) AS monto,
    ${nv("fecha_alta")} AS alta_raw, try_strptime(${nv("fecha_alta")}, '%Y-%m-%d')::DATE AS alta,
    ${nv("activo")} AS activo
  FROM raw
)
SELECT
  (SELECT count(*) FROM c) AS rows,
  (SELECT count(*) FILTER (blank) FROM c) AS blank_row,
  (SELECT coalesce(sum(extra) FILTER (NOT blank), 0) FROM c) AS extra_cell,
  ${HEADER.map((h) => `(SELECT count(*) FILTER (NOT blank AND miss_${h} = 1) FROM c) AS missing_${h}`).join(",\n  ")},
  (SELECT count(*) FILTER (NOT blank AND id_raw IS NOT NULL AND id IS NULL) FROM c) AS type_id,
  (SELECT count(*) FILTER (NOT blank AND nac_raw IS NOT NULL AND nac IS NULL) FROM c) AS type_fecha_nacimiento,
  (SELECT count(*) FILTER (NOT blank AND monto_raw IS NOT NULL AND monto IS NULL) FROM c) AS type_monto,
  (SELECT count(*) FILTER (NOT blank AND alta_raw IS NOT NULL AND alta IS NULL) FROM c) AS type_fecha_alta,
  (SELECT count(*) FILTER (NOT blank AND activo NOT IN ('si', 'no')) FROM c) AS type_activo,
  (SELECT count(*) FILTER (NOT blank AND id_missing) FROM c) AS "id:required",
  (SELECT count(*) FILTER (NOT blank AND NOT regexp_full_match(dni, '[0-9]{7,8}')) FROM c) AS "dni:pattern",
  (SELECT count(*) FILTER (NOT blank AND sexo NOT IN ('F', 'M', 'X')) FROM c) AS "sexo:enum",
  (SELECT count(*) FILTER (NOT blank AND monto < 0) FROM c) AS "monto:minimum",
  (SELECT count(*) FILTER (NOT blank AND monto > 250000) FROM c) AS "monto:maximum",
  (SELECT count(*) FILTER (NOT blank AND alta < DATE '2018-01-01') FROM c) AS "fecha_alta:minimum",
  (SELECT count(*) FILTER (NOT blank AND alta > DATE '2025-12-31') FROM c) AS "fecha_alta:maximum",
  (SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM c WHERE id IS NOT NULL GROUP BY id HAVING n > 1)) AS pk_duplicate,
  (SELECT count(*) FILTER (id IS NULL) FROM c) AS pk_null
`;
  const result = await con.runAndReadAll(sql);
  const r = Object.fromEntries(Object.entries(result.getRowObjects()[0]).map(([k, v]) => [k, Number(v)]));
  con.closeSync?.();
  const typeFields = ["id", "fecha_nacimiento", "monto", "fecha_alta", "activo"];
  const constraints = [
    "id:required",
    "dni:pattern",
    "sexo:enum",
    "monto:minimum",
    "monto:maximum",
    "fecha_alta:minimum",
    "fecha_alta:maximum",
  ];
  const byField = { "type-error": {}, "constraint-error": {}, "missing-cell": {} };
  for (const f of typeFields) if (r[`type_${f}`]) byField["type-error"][f] = r[`type_${f}`];
  const byConstraint = {};
  for (const k of constraints) {
    byConstraint[k] = r[k];
    const f = k.split(":")[0];
    byField["constraint-error"][f] = (byField["constraint-error"][f] ?? 0) + r[k];
  }
  for (const h of HEADER) if (r[`missing_${h}`]) byField["missing-cell"][h] = r[`missing_${h}`];
  const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);
  const out = {
    rows: r.rows,
    counts: {
      "type-error": sum(byField["type-error"]),
      "constraint-error": sum(byConstraint),
      // As frictionless-py: duplicated keys plus keys that are null (empty, blank row, not an integer).
      "primary-key": r.pk_duplicate + r.pk_null,
      "blank-row": r.blank_row,
      "extra-cell": r.extra_cell,
      "missing-cell": sum(byField["missing-cell"]),
    },
    byField,
    byConstraint,
  };
  out.total = sum(out.counts);
  return out;
}

/**
 * tableschema-js 1.12: `Table.load` + `iter({ cast: true, forceCast: true })`: a row that fails comes
 * as one error object (its cell errors in `error.errors`), the row-length check and the unique/primary
 * key check come as one error each. Known caveat: its number cast replaces decimalChar before removing
 * groupChar, so `1.234,56` becomes 123456 (100× too big) and many valid montos break `maximum`.
 */
async function tableschemaChecks(path) {
  const { Table } = require("tableschema");
  const table = await Table.load(path, {
    schema: qualitySchema(),
    delimiter: ";",
    headers: 1,
    encoding: "utf-8",
  });
  const errors = [];
  let n = 0;
  const cellError = (e) => {
    const message = String(e.message);
    let m = /does not conform to the "(\w+)" constraint for column "([^"]+)"/.exec(message);
    if (m) return { type: "constraint-error", fieldName: m[2], constraint: m[1] };
    m = /in column "([^"]+)" is not type/.exec(message);
    if (m) return { type: "type-error", fieldName: m[1] };
    return { type: `other: ${message.slice(0, 60)}`, fieldName: null };
  };
  const iterator = await table.iter({ cast: true, forceCast: true });
  for await (const row of iterator) {
    n++;
    if (!(row instanceof Error)) continue;
    const message = String(row.message);
    const length = /The row with (\d+) values does not match the (\d+) fields/.exec(message);
    if (length) {
      const [got, want] = [Number(length[1]), Number(length[2])];
      for (let i = got; i < want; i++) errors.push({ type: "missing-cell", fieldName: HEADER[i] });
      for (let i = want; i < got; i++) errors.push({ type: "extra-cell", fieldName: null });
    } else if (/unique constraint/.test(message)) errors.push({ type: "primary-key", fieldName: null });
    else if (row.errors?.length) for (const e of row.errors) errors.push(cellError(e));
    else errors.push({ type: `other: ${message.slice(0, 60)}`, fieldName: null });
  }
  return {
    rows: n,
    counts: tally(errors),
    extra: {
      caveat:
        "no blank-row check (a blank row is cast: required id); decimal comma cast wrong (1.234,56 → 123456)",
    },
  };
}
