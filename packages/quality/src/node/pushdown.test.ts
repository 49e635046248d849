import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CiudataError } from "@ciudata/core";
import {
  compilePattern,
  createCaster,
  flatten,
  isCastFailure,
  type TableSchema,
  validateTable,
} from "@ciudata/table";
import { DuckDBInstance } from "@duckdb/node-api";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { compileChecks } from "../pushdown/compile";
import { duckdbDialect } from "../pushdown/dialect";
import { checkInDuckDB } from "./pushdown";
import { checkInPostgres } from "./pushdown-postgres";

const POSTGRES = process.env.CIUDATA_TEST_POSTGRES_URL;

const dir = mkdtempSync(join(tmpdir(), "ciudata-pushdown-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SCHEMA: TableSchema = {
  fields: [
    { name: "id", type: "integer", constraints: { required: true, minimum: 1 } },
    { name: "nombre", type: "string", constraints: { required: true, minLength: 2, maxLength: 12 } },
    { name: "sexo", type: "string", constraints: { enum: ["F", "M", "X"] } },
    { name: "curp", type: "string", constraints: { pattern: "[A-Z]{4}\\d{6}[HM][A-Z]{5}[A-Z0-9]\\d" } },
    { name: "nacimiento", type: "date", constraints: { minimum: "1900-01-01", maximum: "2026-12-31" } },
    { name: "monto", type: "number", decimalChar: ",", groupChar: ".", constraints: { minimum: 0 } },
    { name: "activo", type: "boolean" },
    { name: "anio", type: "year", constraints: { maximum: 2026, exclusiveMinimum: 1900 } },
  ],
  missingValues: ["", "NA"],
};

/** A registry of `n` rows with errors injected at known rates (seeded, so both runs see the same file). */
function registry(n: number): string {
  const lines = ["id;nombre;sexo;curp;nacimiento;monto;activo;anio"];
  for (let i = 1; i <= n; i++) {
    const k = i % 97;
    const id = k === 3 ? `x${i}` : k === 5 ? "0" : k === 7 ? "" : String(i);
    const nombre =
      k === 79
        ? "Al"
        : k === 11
          ? "A"
          : k === 13
            ? "Nombre muy largo de más"
            : k === 17
              ? "NA"
              : `Persona ${i % 1000}`;
    const sexo = k === 19 ? "mujer" : k === 23 ? "" : ["F", "M", "X"][i % 3];
    const curp = k === 29 ? "PEGJ800101" : k === 31 ? "pegj800101hdfrrn09" : "PEGJ800101HDFRRN09";
    const nacimiento =
      k === 37 ? "31/12/1980" : k === 41 ? "1899-12-31" : k === 43 ? "2023-02-29" : "1980-05-17";
    const monto =
      k === 47 ? "1.234.5" : k === 53 ? "-3,5" : k === 59 ? "12.5" : k === 61 ? " 1.234,50 " : "1.234,50";
    const activo = k === 67 ? "si" : i % 2 === 0 ? "true" : "0";
    const anio = k === 71 ? "20x4" : k === 73 ? "2030" : k === 83 ? "1900" : k === 89 ? "1901" : "2020";
    lines.push([id, nombre, sexo, curp, nacimiento, monto, activo, anio].join(";"));
  }
  lines.push(";;;;;;;");
  return `${lines.join("\n")}\n`;
}

/** In-process counts keyed like the pushed-down ones. */
function key(type: unknown, field: unknown, constraint: unknown): string {
  return `${type}|${field}|${constraint ?? ""}`;
}

describe("checkInDuckDB", () => {
  it("counts the same errors by type, field and constraint as the in-process runner", async () => {
    const path = join(dir, "padron.csv");
    const text = registry(5000);
    writeFileSync(path, text);
    const report = await validateTable(text, { schema: SCHEMA, limitErrors: 1_000_000 });
    const expected = new Map<string, number>();
    for (const [type, field, constraint] of flatten(report, ["type", "fieldName", "constraint"])) {
      const k = key(type, type === "blank-row" ? undefined : field, constraint);
      expected.set(k, (expected.get(k) ?? 0) + 1);
    }
    const result = await checkInDuckDB(path, SCHEMA, { delimiter: ";" });
    const found = new Map(result.counts.map((c) => [key(c.type, c.fieldName, c.constraint), c.count]));
    expect(result.rows).toBe(5001);
    expect(result.notPushed).toEqual([]);
    expect(Object.fromEntries(found)).toEqual(Object.fromEntries(expected));
    // Every kind injected is there (the fixture is not accidentally clean).
    expect(found.size).toBeGreaterThanOrEqual(14);
  });

  it("lists the first failing cells in file order with the runner's row numbers, and no values", async () => {
    const path = join(dir, "lista.csv");
    const text = registry(300);
    writeFileSync(path, text);
    const report = await validateTable(text, { schema: SCHEMA, limitErrors: 1_000_000 });
    const expected = flatten(report, ["rowNumber", "fieldNumber", "type"]).filter(
      (r) => r[2] !== "blank-row",
    );
    const result = await checkInDuckDB(path, SCHEMA, { delimiter: ";", limit: 1000 });
    expect(result.findings.map((f) => [f.rowNumber, f.fieldNumber, f.type])).toEqual(expected);
    expect(JSON.stringify(result.findings)).not.toContain("PEGJ");
    const capped = await checkInDuckDB(path, SCHEMA, { delimiter: ";", limit: 2 });
    const perField = new Map<number, number>();
    for (const f of capped.findings)
      perField.set(f.fieldNumber ?? 0, (perField.get(f.fieldNumber ?? 0) ?? 0) + 1);
    expect(Math.max(...perField.values())).toBe(2);
    // The counts are never capped.
    expect(capped.counts).toEqual(result.counts);
  });

  it("says which checks it left to the in-process runner instead of guessing them", async () => {
    const schema: TableSchema = {
      fields: [
        { name: "correo", type: "string", format: "email" },
        { name: "punto", type: "geopoint", constraints: { unique: true } },
        { name: "codigo", type: "string", constraints: { pattern: "a.b", unique: true } },
      ],
      missingValues: [""],
      primaryKey: ["punto", "codigo"],
    };
    const sql = compileChecks(schema, duckdbDialect, { table: '"t"' });
    expect(sql.notPushed).toEqual([
      { fieldName: "correo", what: "format", name: "email" },
      { fieldName: "punto", what: "type", name: "geopoint" },
      { fieldName: "codigo", what: "constraint", name: "pattern" },
      // A geopoint's values are not compared in SQL: its keys are left too; codigo's unique is pushed.
      { fieldName: "punto", what: "constraint", name: "unique" },
      { fieldName: "punto, codigo", what: "constraint", name: "primaryKey" },
    ]);
    expect(sql.keys.map((k) => k.column.fieldName)).toEqual(["codigo"]);
  });
});

describe.skipIf(POSTGRES === undefined)(
  `checkInPostgres${POSTGRES === undefined ? " (skipped: CIUDATA_TEST_POSTGRES_URL is not set; .ci/run sets it)" : ""}`,
  () => {
    it("counts the same errors as DuckDB and the in-process runner, and lists keys in key order", async () => {
      const { default: pg } = await import("pg");
      const client = new pg.Client({ connectionString: POSTGRES });
      await client.connect();
      const text = registry(2000);
      const rows = text
        .trimEnd()
        .split("\n")
        .slice(1)
        .map((line) => line.split(";"));
      const table = `padron_${process.pid}`;
      try {
        const names = (SCHEMA.fields as { name: string }[]).map((f) => `"${f.name}" text`);
        await client.query(`CREATE TABLE ${table} (pos integer PRIMARY KEY, ${names.join(", ")})`);
        for (let start = 0; start < rows.length; start += 500) {
          const batch = rows.slice(start, start + 500);
          const params: unknown[] = [];
          const tuples = batch.map((cells, i) => {
            const values = [start + i, ...cells];
            const at = params.length;
            params.push(...values);
            return `(${values.map((_, k) => `$${at + k + 1}`).join(", ")})`;
          });
          await client.query(`INSERT INTO ${table} VALUES ${tuples.join(", ")}`, params);
        }
        const path = join(dir, "padron-pg.csv");
        writeFileSync(path, text);
        const duck = await checkInDuckDB(path, SCHEMA, { delimiter: ";" });
        const result = await checkInPostgres(POSTGRES as string, table, SCHEMA, { key: "pos", limit: 3 });
        expect(result.rows).toBe(duck.rows);
        expect(result.counts).toEqual(duck.counts);
        expect(result.notPushed).toEqual([]);
        const first = result.findings.filter((f) => f.fieldNumber === 1).map((f) => f.key);
        const expected = duck.findings
          .filter((f) => f.fieldNumber === 1)
          .map((f) => String((f.rowNumber as number) - 2));
        expect(first).toEqual(expected.slice(0, 3));
      } finally {
        await client.query(`DROP TABLE IF EXISTS ${table}`);
        await client.end();
      }
    });
  },
);

describe("the SQL type tests read cells as the in-process casters do", () => {
  // Numbers built from their parts (so long exponents and separators in every place come up), and noise.
  const digits = (max: number) => fc.stringMatching(new RegExp(`^[0-9]{0,${max}}$`));
  const pick = (...xs: string[]) => fc.constantFrom(...xs);
  const numeric = fc
    .tuple(pick("", " ", "\u00a0", "\t"), pick("", "-", "+"), digits(7), pick("", ".", ",", ".,"), digits(4))
    .chain(([space, sign, whole, point, fraction]) =>
      fc
        .tuple(pick("", "e", "E", "e-", "E+"), digits(11), pick("", " ", "x", "\u00a0"))
        .map(([e, exponent, end]) => `${space}${sign}${whole}${point}${fraction}${e}${exponent}${end}`),
    );
  const grouped = fc
    .array(digits(3), { minLength: 1, maxLength: 4 })
    .chain((parts) => pick(".", ",", " ").map((g) => parts.join(g)));
  const special = pick("nan", "NaN", "-inf", "+Infinity", "infinity ", " INF", "nana", "in", "na", "+NA");
  const cell = fc.oneof(numeric, grouped, special, fc.stringMatching(/^[ 0-9.,+\-eEnaNiIfty\u00a0x]{0,9}$/));
  const dateCell = fc.oneof(
    fc.stringMatching(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/),
    fc.constantFrom(
      "2000-02-29",
      "1900-02-29",
      "2024-02-29",
      "2023-02-29",
      "2100-02-29",
      "2000-02-30",
      "0000-01-01",
    ),
    fc
      .tuple(
        fc.integer({ min: 1890, max: 2110 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
    fc.stringMatching(/^[ 0-9\-/]{0,11}$/),
  );
  const dmy = fc.tuple(
    fc.integer({ min: 0, max: 32 }),
    fc.integer({ min: 0, max: 13 }),
    fc.oneof(fc.integer({ min: 1890, max: 2110 }), fc.constantFrom(0, 2000, 1900, 19800, 80)),
    fc.boolean(),
  );
  const pad = (n: number, wide: boolean) => (wide ? String(n).padStart(2, "0") : String(n));
  const slashDate = fc.oneof(
    dmy.map(([d, m, y, wide]) => `${pad(d, wide)}/${pad(m, wide)}/${String(y).padStart(4, "0")}`),
    fc.stringMatching(/^[ 0-9/.-]{0,11}$/),
    fc.constantFrom("29/02/0000", "29/2/2000", "29/02/1900", "29/02/0400", "31/4/2020"),
  );
  const dotDate = dmy.map(
    ([d, m, y, wide]) => `${String(y).padStart(4, "0")}.${pad(m, wide)}.${pad(d, !wide)}`,
  );
  const fields = [
    { field: { name: "v", type: "integer" as const }, cells: cell },
    { field: { name: "v", type: "integer" as const, groupChar: "." }, cells: cell },
    { field: { name: "v", type: "number" as const }, cells: cell },
    { field: { name: "v", type: "number" as const, decimalChar: ",", groupChar: "." }, cells: cell },
    { field: { name: "v", type: "number" as const, groupChar: "," }, cells: cell },
    { field: { name: "v", type: "number" as const, decimalChar: "," }, cells: cell },
    { field: { name: "v", type: "integer" as const, groupChar: " " }, cells: cell },
    { field: { name: "v", type: "year" as const }, cells: cell },
    { field: { name: "v", type: "date" as const }, cells: dateCell },
    { field: { name: "v", type: "date" as const, format: "%d/%m/%Y" }, cells: slashDate },
    { field: { name: "v", type: "date" as const, format: "%Y.%m.%d" }, cells: dotDate },
  ];
  for (const { field, cells } of fields) {
    it(`${field.type} ${JSON.stringify(field)}`, async () => {
      const instance = await DuckDBInstance.create(":memory:");
      const connection = await instance.connect();
      const cast = createCaster(field, { missingValues: [] });
      try {
        await fc.assert(
          fc.asyncProperty(fc.array(cells, { minLength: 1, maxLength: 40 }), async (values) => {
            const rows = values.map((v, i) => `(${i}, ${duckdbDialect.text(v)})`).join(", ");
            const table = `(SELECT * FROM (VALUES ${rows}) AS t("pos", "v"))`;
            const schema: TableSchema = { fields: [field], missingValues: [] };
            const sql = compileChecks(schema, duckdbDialect, { table, position: '"pos"' });
            const found = (await connection.runAndReadAll(sql.list(1000))).getRows();
            const failing = new Set(found.filter((r) => r[2] === "type-error").map((r) => Number(r[0])));
            const blankRows = values.every((v) => v === "");
            values.forEach((v, i) => {
              if (v === "") return;
              expect({ cell: v, fails: failing.has(i) }).toEqual({
                cell: v,
                fails: !blankRows && isCastFailure(cast(v)),
              });
            });
          }),
          { numRuns: 80 },
        );
      } finally {
        connection.closeSync();
        instance.closeSync();
      }
    });
  }
});

describe("patterns pushed down match what the in-process runner matches", () => {
  const PATTERNS = [
    "[A-Z]{4}\\d{6}[HM][A-Z]{5}[A-Z0-9]\\d",
    "(AR|MX|CL)-\\d{2,4}",
    "[^0-9]+",
    "\\w+(?:-\\w+)*",
    "[a-zñ]{1,3}|x+",
    "\\d{3}\\.\\d",
  ];
  const text = fc.stringMatching(/^[A-Za-z0-9ñ\-._ HMX]{0,14}$/);
  for (const pattern of PATTERNS) {
    it(pattern, async () => {
      const instance = await DuckDBInstance.create(":memory:");
      const connection = await instance.connect();
      const re = compilePattern(pattern);
      try {
        await fc.assert(
          fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 40 }), async (values) => {
            const rows = values.map((v, i) => `(${i}, ${duckdbDialect.text(v)})`).join(", ");
            const table = `(SELECT * FROM (VALUES ${rows}) AS t("pos", "v"))`;
            const schema: TableSchema = {
              fields: [{ name: "v", type: "string", constraints: { pattern } }],
              missingValues: [],
            };
            const sql = compileChecks(schema, duckdbDialect, { table, position: '"pos"' });
            expect(sql.notPushed).toEqual([]);
            const found = (await connection.runAndReadAll(sql.list(1000))).getRows();
            const failing = new Set(found.map((r) => Number(r[0])));
            values.forEach((v, i) => {
              if (v === "") return; // a blank row in a one-field table: no cell check
              expect({ v, fails: failing.has(i) }).toEqual({ v, fails: !re.test(v) });
            });
          }),
          { numRuns: 60 },
        );
      } finally {
        connection.closeSync();
        instance.closeSync();
      }
    });
  }
});

describe("checkInDuckDB on files it cannot read", () => {
  it("names the file and the line, never the content, and says when the encoding is the cause", async () => {
    const latin = join(dir, "latin1.csv");
    writeFileSync(latin, Buffer.from("nombre;edad\nMu\xf1oz Secreta;40\n", "latin1"));
    const schema: TableSchema = {
      fields: [
        { name: "nombre", type: "string" },
        { name: "edad", type: "integer" },
      ],
      missingValues: [""],
    };
    const error = await checkInDuckDB(latin, schema, { delimiter: ";" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CiudataError);
    const issue = (error as CiudataError).errors[0];
    expect(issue?.type).toBe("quality/pushdown-unreadable");
    expect(issue?.params).toMatchObject({ file: latin, reason: "encoding" });
    expect(JSON.stringify(issue)).not.toContain("Secreta");
    const read = await checkInDuckDB(latin, schema, { delimiter: ";", encoding: "latin-1" });
    expect(read.rows).toBe(1);
    expect(read.counts).toEqual([]);
    const missing = await checkInDuckDB(join(dir, "no-such.csv"), schema).catch((e: unknown) => e);
    expect((missing as CiudataError).errors[0]?.params.reason).toBe("read");
  });
});
