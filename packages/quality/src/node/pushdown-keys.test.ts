import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { flatten, type Report, type TableSchema } from "@ciudata/table";
import { afterAll, describe, expect, it } from "vitest";
import { compileChecks } from "../pushdown/compile";
import { trinoDialect } from "../pushdown/dialect";
import { readKeys, validate } from "../validate";
import { checkInDuckDB } from "./pushdown";
import { checkInPostgres } from "./pushdown-postgres";

const POSTGRES = process.env.CIUDATA_TEST_POSTGRES_URL;

const dir = mkdtempSync(join(tmpdir(), "ciudata-pushdown-keys-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MUNICIPIOS: TableSchema = {
  fields: [
    { name: "clave", type: "string" },
    { name: "nombre", type: "string" },
  ],
  missingValues: [""],
};

/** Every key kind: a primary key, `unique` fields of three types, a unique pair and two foreign keys. */
const SCHEMA: TableSchema = {
  fields: [
    { name: "id", type: "integer" },
    { name: "curp", type: "string", constraints: { unique: true } },
    { name: "peso", type: "number", constraints: { unique: true } },
    { name: "alta", type: "date", constraints: { unique: true } },
    { name: "municipio", type: "string" },
    { name: "anio", type: "year" },
    { name: "tutor", type: "integer" },
  ],
  missingValues: ["", "NA"],
  primaryKey: ["id"],
  uniqueKeys: [["curp", "anio"]],
  foreignKeys: [
    { fields: ["municipio"], reference: { resource: "municipios", fields: ["clave"] } },
    { fields: ["tutor"], reference: { fields: ["id"] } },
  ],
};

const municipios = (): string =>
  `clave;nombre\n${Array.from({ length: 50 }, (_, i) => `${String(i + 1).padStart(3, "0")};M${i + 1}`).join("\n")}\n`;

/**
 * A registry with keys repeated by value but not by text (`07` and `7`, `1.50` and `1.5`, `-0` and
 * `0`), null and mistyped keys, orphans of both foreign keys, and a blank row.
 */
function registry(n: number): string {
  const lines = ["id;curp;peso;alta;municipio;anio;tutor"];
  for (let i = 1; i <= n; i++) {
    const id =
      i % 50 === 0
        ? `0${i - 1}`
        : i % 70 === 0
          ? ""
          : i % 90 === 0
            ? "x"
            : i % 111 === 0
              ? ` ${i - 3}`
              : String(i);
    const curp = i % 40 === 0 ? `CURP${i - 1}` : i % 45 === 0 ? "NA" : `CURP${i}`;
    const peso =
      i % 30 === 0 ? `${i - 1}.50` : i === 7 ? "-0" : i === 8 ? "0" : i % 33 === 0 ? "1e400x" : `${i}.5`;
    const day = (i % 28) + 1;
    const alta =
      i % 300 === 0
        ? "2024-02-30"
        : i % 77 === 0
          ? "2000-01-02"
          : `${2000 + Math.floor(i / 336)}-${String((Math.floor(i / 28) % 12) + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const municipio =
      i % 37 === 0 ? "099" : i % 41 === 0 ? "7" : i % 43 === 0 ? "" : String((i % 50) + 1).padStart(3, "0");
    const anio = i % 40 === 0 ? String(2000 + ((i - 1) % 20)) : String(2000 + (i % 20));
    const tutor =
      i % 53 === 0 ? "999999" : i % 59 === 0 ? "" : i % 61 === 0 ? `+${i - 1}` : String(Math.max(1, i - 1));
    lines.push([id, curp, peso, alta, municipio, anio, tutor].join(";"));
  }
  lines.push(";;;;;;");
  return `${lines.join("\n")}\n`;
}

/** Counts by type and field (or key fields), as the pushed-down counts are keyed. */
function inProcessCounts(report: Report): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [type, fieldName, fieldNames] of flatten(report, ["type", "fieldName", "fieldNames"])) {
    const names = Array.isArray(fieldNames) ? fieldNames.join(", ") : fieldNames;
    const k = `${type}|${fieldName || names || ""}`;
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

const pushedCounts = (
  counts: readonly { type: string; fieldName?: string; fieldNames?: readonly string[]; count: number }[],
) =>
  Object.fromEntries(
    counts.map((c) => [`${c.type}|${c.fieldName ?? c.fieldNames?.join(", ") ?? ""}`, c.count]),
  );

async function inProcess(text: string, schema: TableSchema = SCHEMA): Promise<Report> {
  const keys = await readKeys(municipios(), ["clave"], { schema: MUNICIPIOS });
  return validate(text, { schema, foreignKeyLookups: new Map([[0, keys]]), limitErrors: 1_000_000 });
}

describe("keys pushed down to DuckDB", () => {
  it("counts repeated, null and orphan keys as the in-process runner reports them", async () => {
    const path = join(dir, "padron.csv");
    const refs = join(dir, "municipios.csv");
    const text = registry(3000);
    writeFileSync(path, text);
    writeFileSync(refs, municipios());
    const expected = inProcessCounts(await inProcess(text));
    const result = await checkInDuckDB(path, SCHEMA, {
      delimiter: ";",
      references: { municipios: { path: refs, schema: MUNICIPIOS } },
    });
    expect(result.notPushed).toEqual([]);
    expect(pushedCounts(result.counts)).toEqual(expected);
    // Every kind injected is found (the fixture is not accidentally clean).
    for (const k of [
      "primary-key|id",
      "unique-error|curp",
      "unique-error|peso",
      "unique-error|alta",
      "unique-error|curp, anio",
      "foreign-key|municipio",
      "foreign-key|tutor",
    ])
      expect(
        pushedCounts(result.counts)[k],
        `${k} in ${JSON.stringify(pushedCounts(result.counts))}`,
      ).toBeGreaterThan(0);
  });

  it("lists the rows each key check reports, in file order, with the runner's row numbers", async () => {
    const path = join(dir, "lista.csv");
    const refs = join(dir, "municipios-lista.csv");
    const text = registry(400);
    writeFileSync(path, text);
    writeFileSync(refs, municipios());
    const report = await inProcess(text);
    const result = await checkInDuckDB(path, SCHEMA, {
      delimiter: ";",
      limit: 1000,
      references: { municipios: { path: refs, schema: MUNICIPIOS } },
    });
    const keyTypes = new Set(["primary-key", "unique-error", "foreign-key"]);
    const rowsOf = (type: string, list: [unknown, unknown][]) =>
      list.filter(([t]) => t === type).map(([, row]) => row);
    const expected = flatten(report, ["type", "rowNumber"]).filter(([t]) => keyTypes.has(t as string)) as [
      unknown,
      unknown,
    ][];
    const found = result.findings.filter((f) => keyTypes.has(f.type)).map((f) => [f.type, f.rowNumber]) as [
      unknown,
      unknown,
    ][];
    for (const type of keyTypes)
      expect(
        rowsOf(type, found).sort((a, b) => Number(a) - Number(b)),
        type,
      ).toEqual(rowsOf(type, expected).sort((a, b) => Number(a) - Number(b)));
    const capped = await checkInDuckDB(path, SCHEMA, {
      delimiter: ";",
      limit: 2,
      references: { municipios: { path: refs, schema: MUNICIPIOS } },
    });
    expect(capped.findings.filter((f) => f.type === "foreign-key").length).toBeLessThanOrEqual(4);
    expect(capped.counts).toEqual(result.counts);
  });

  it("says a foreign key is not checked when its table is not given, instead of guessing", async () => {
    const path = join(dir, "sin-ref.csv");
    writeFileSync(path, registry(120));
    const result = await checkInDuckDB(path, SCHEMA, { delimiter: ";" });
    expect(result.notPushed).toEqual([{ fieldName: "municipio", what: "constraint", name: "foreignKeys" }]);
    expect(result.counts.some((c) => c.type === "foreign-key" && c.fieldNames?.[0] === "tutor")).toBe(true);
  });
});

describe("keys in Trino's SQL (a dialect not run here)", () => {
  it("groups repeated keys and anti-joins foreign keys in plain SQL", () => {
    const sql = compileChecks(SCHEMA, trinoDialect, {
      table: '"padron"',
      position: '"id"',
      references: { municipios: { table: '"municipios"', schema: MUNICIPIOS } },
    });
    expect(sql.notPushed).toEqual([]);
    expect(
      sql.keys.map((k) => [k.column.type, k.column.fieldName ?? k.column.fieldNames?.join(", ")]),
    ).toEqual([
      ["unique-error", "curp"],
      ["unique-error", "peso"],
      ["unique-error", "alta"],
      ["primary-key", "id"],
      ["unique-error", "curp, anio"],
      ["foreign-key", "municipio"],
      ["foreign-key", "tutor"],
    ]);
    const [curp, , , pk, pair, municipio] = sql.keys;
    expect(curp?.count).toContain(`WHERE "__k2" IS NOT NULL GROUP BY "__k2"`);
    expect(curp?.count).toContain(`sum("__c" - 1)`);
    expect(pk?.count).toContain(`CASE WHEN "__k1" IS NULL THEN "__c" ELSE "__c" - 1 END`);
    expect(pk?.count).toContain(
      `CASE WHEN TRIM(LEADING '0' FROM TRIM(LEADING '+-' FROM regexp_replace("id", '^[ \\t\\n\\x0B\\f\\r\\u00A0]+|[ \\t\\n\\x0B\\f\\r\\u00A0]+$', ''))) = '' THEN '0'`,
    );
    expect(pair?.count).toContain(`GROUP BY "__k2", "__k6"`);
    expect(municipio?.count).toContain(`FROM (SELECT NULL AS "__pos"`);
    expect(municipio?.count).toContain(`FROM "municipios")`);
    expect(municipio?.count).toContain(`NOT EXISTS (SELECT 1 FROM`);
    expect(municipio?.count).toContain(`"__b"."__k10000" = "__a"."__k5"`);
    expect(pk?.list(5)).toContain(`row_number() OVER (PARTITION BY "__k1" ORDER BY "__pos")`);
    expect(pk?.list(5)).toMatch(/ORDER BY position LIMIT 5$/);
    expect(`${sql.keys.map((k) => k.count).join("\n")}`).not.toMatch(/regexp_full_match|~ '|OFFSET 0/);
  });
});

describe.skipIf(POSTGRES === undefined)(
  `keys pushed down to PostgreSQL${POSTGRES === undefined ? " (skipped: CIUDATA_TEST_POSTGRES_URL is not set; .ci/run sets it)" : ""}`,
  () => {
    it("counts the same repeated, null and orphan keys as DuckDB and the in-process runner", async () => {
      const { default: pg } = await import("pg");
      const client = new pg.Client({ connectionString: POSTGRES });
      await client.connect();
      const text = registry(1500);
      const table = `padron_keys_${process.pid}`;
      const ref = `municipios_${process.pid}`;
      const load = async (name: string, csv: string, columns: string[]) => {
        const rows = csv
          .trimEnd()
          .split("\n")
          .slice(1)
          .map((l) => l.split(";"));
        await client.query(
          `CREATE TABLE ${name} (pos integer PRIMARY KEY, ${columns.map((c) => `"${c}" text`).join(", ")})`,
        );
        for (let start = 0; start < rows.length; start += 300) {
          const params: unknown[] = [];
          const tuples = rows.slice(start, start + 300).map((cells, i) => {
            const values = [start + i, ...cells];
            const at = params.length;
            params.push(...values);
            return `(${values.map((_, k) => `$${at + k + 1}`).join(", ")})`;
          });
          await client.query(`INSERT INTO ${name} VALUES ${tuples.join(", ")}`, params);
        }
      };
      try {
        await load(
          table,
          text,
          SCHEMA.fields.map((f) => f.name),
        );
        await load(ref, municipios(), ["clave", "nombre"]);
        const expected = inProcessCounts(await inProcess(text));
        const result = await checkInPostgres(POSTGRES as string, table, SCHEMA, {
          key: "pos",
          references: { municipios: { table: ref, schema: MUNICIPIOS } },
        });
        expect(result.notPushed).toEqual([]);
        expect(pushedCounts(result.counts)).toEqual(expected);
        const duplicates = result.findings.filter((f) => f.type === "primary-key").map((f) => Number(f.key));
        expect(duplicates).toEqual([...duplicates].sort((a, b) => a - b));
      } finally {
        await client.query(`DROP TABLE IF EXISTS ${table}`);
        await client.query(`DROP TABLE IF EXISTS ${ref}`);
        await client.end();
      }
    });
  },
);
