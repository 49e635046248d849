import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { measureRisk } from "@ciudata/privacy";
import type { TableSchema } from "@ciudata/table";
import { afterAll, describe, expect, it } from "vitest";
import { missingValue } from "../checks/missing-value";
import { trinoDialect } from "../pushdown/dialect";
import { compileRisk } from "../pushdown/risk";
import { validate } from "../validate";
import { checkInDuckDB } from "./pushdown";
import { checkInPostgres } from "./pushdown-postgres";

const POSTGRES = process.env.CIUDATA_TEST_POSTGRES_URL;

const dir = mkdtempSync(join(tmpdir(), "ciudata-pushdown-risk-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SCHEMA: TableSchema = {
  fields: [
    { name: "nombre", type: "string" },
    { name: "edad", type: "integer" },
    { name: "sexo", type: "string" },
    { name: "barrio", type: "string" },
  ],
  missingValues: ["", "NA"],
};

/**
 * Cells without a value of every kind (empty, spaces, a no-break or an em space, `NA`), quasi-identifiers
 * padded with spaces (the same value to `measureRisk`), its own missing markers (`s/d`), rare
 * combinations, and a blank row.
 */
function registry(n: number): string {
  const lines = ["nombre,edad,sexo,barrio"];
  const barrios = ["Centro", "Sur", "Norte", "Oeste", "Este", "Puerto", "Alto"];
  for (let i = 1; i <= n; i++) {
    const nombre =
      i % 13 === 0
        ? ""
        : i % 17 === 0
          ? "   "
          : i % 19 === 0
            ? "\u00a0"
            : i % 23 === 0
              ? "\u2003"
              : i % 47 === 0
                ? "\u2007"
                : i % 53 === 0
                  ? "\u3000"
                  : `P${i}`;
    const edad =
      i % 29 === 0
        ? "NA"
        : i % 31 === 0
          ? ` ${20 + (i % 40)} `
          : i % 97 === 0
            ? String(i)
            : String(20 + (i % 40));
    const sexo = i % 37 === 0 ? "s/d" : i % 41 === 0 ? "" : ["F", "M"][i % 2];
    // Quasi-identifiers of only no-break, figure or ideographic spaces are missing to measureRisk (trim()).
    const barrio =
      i % 43 === 0
        ? "  "
        : i % 59 === 0
          ? "\u00a0"
          : i % 61 === 0
            ? "\u2007"
            : i % 67 === 0
              ? "\u3000"
              : i % 71 === 0
                ? `\u3000${barrios[i % 7]}\u2007`
                : (barrios[i % 7] as string);
    lines.push([nombre, edad, sexo, barrio].join(","));
  }
  lines.push(",,,");
  return `${lines.join("\n")}\n`;
}

describe("completeness and risk pushed down to DuckDB", () => {
  it("counts the cells without a value per field as the missing-value check does", async () => {
    const text = registry(2000);
    const path = join(dir, "completo.csv");
    writeFileSync(path, text);
    const report = await validate(text, { schema: SCHEMA, checks: [missingValue()] });
    const expected = Object.fromEntries(
      report.tasks[0]?.errors
        .filter((e) => e.type === "quality/missing-value")
        .map((e) => [e.fieldName, e.params.cells]) ?? [],
    );
    const result = await checkInDuckDB(path, SCHEMA, { delimiter: "," });
    const found = Object.fromEntries(
      result.missing.filter((m) => m.cells > 0).map((m) => [m.fieldName, m.cells]),
    );
    expect(found).toEqual(expected);
    expect(Object.keys(found).sort()).toEqual(["barrio", "edad", "nombre", "sexo"]);
  });

  it("measures the same classes, k-anonymity violations and uniques as measureRisk", async () => {
    const text = registry(3000);
    const path = join(dir, "riesgo.csv");
    writeFileSync(path, text);
    const qi = ["edad", "sexo", "barrio"];
    for (const k of [3, 4]) {
      const expected = await measureRisk(text, { qi, k });
      const result = await checkInDuckDB(path, SCHEMA, { delimiter: ",", risk: { qi, k } });
      expect(result.risk).toEqual({ ...expected, lDiversity: [] });
      expect(expected.sampleUniques).toBeGreaterThan(0);
    }
    // Other missing markers, as measureRisk takes them.
    const own = await measureRisk(text, { qi, missingValues: ["", "NA"] });
    const result = await checkInDuckDB(path, SCHEMA, {
      delimiter: ",",
      risk: { qi, missingValues: ["", "NA"] },
    });
    expect(result.risk).toEqual({ ...own, lDiversity: [] });
  });
});

describe("cells of only Unicode spaces (U+00A0, U+2007, U+3000) in DuckDB", () => {
  it("are missing, as the in-process missing-value check and measureRisk trim them", async () => {
    const lines = ["nombre,edad,sexo,barrio"];
    const spaces = ["\u00a0", "\u2007", "\u3000", "\u00a0\u2007\u3000", "\u200b"];
    for (const [i, s] of spaces.entries()) lines.push(`${s},${20 + i},F,${s}`);
    lines.push("Ana,30,F,\u3000Sur\u2007", "Eva,31,M,Sur");
    const text = `${lines.join("\n")}\n`;
    const path = join(dir, "espacios.csv");
    writeFileSync(path, text);
    const report = await validate(text, { schema: SCHEMA, checks: [missingValue()] });
    const inProcess = report.tasks[0]?.errors.find((e) => e.fieldName === "nombre")?.params.cells;
    const qi = ["sexo", "barrio"];
    const result = await checkInDuckDB(path, SCHEMA, { delimiter: ",", risk: { qi } });
    expect(inProcess).toBe(5);
    expect(result.missing.find((m) => m.fieldName === "nombre")?.cells).toBe(5);
    expect(result.missing.find((m) => m.fieldName === "barrio")?.cells).toBe(5);
    // "\u3000Sur\u2007" is "Sur" once trimmed: the classes are the same as measureRisk's.
    expect(result.risk).toEqual({ ...(await measureRisk(text, { qi })), lDiversity: [] });
  });
});

describe("risk counts in Trino's SQL (a dialect not run here)", () => {
  it("groups the trimmed quasi-identifiers, missing markers as one value", () => {
    const risk = compileRisk(["edad", "sexo"], trinoDialect, { table: '"padron"', k: 4 });
    expect(risk.ks).toEqual([2, 3, 4, 5]);
    expect(risk.sql).toContain(`regexp_replace(coalesce("edad", ''), '^[`);
    expect(risk.sql).toContain(`CASE WHEN "__q0" IN ('', 'NA', 'NaN'`);
    expect(risk.sql).toContain("GROUP BY 1, 2");
    expect(risk.sql).toContain(`sum(CASE WHEN "__c" < 4 THEN "__c" ELSE 0 END)`);
  });
});

describe.skipIf(POSTGRES === undefined)(
  `completeness and risk in PostgreSQL${POSTGRES === undefined ? " (skipped: CIUDATA_TEST_POSTGRES_URL is not set; .ci/run sets it)" : ""}`,
  () => {
    it("gives the same missing cells and risk as DuckDB and measureRisk", async () => {
      const { default: pg } = await import("pg");
      const client = new pg.Client({ connectionString: POSTGRES });
      await client.connect();
      const text = registry(1200);
      const table = `padron_riesgo_${process.pid}`;
      try {
        await client.query(
          `CREATE TABLE ${table} (pos integer, nombre text, edad text, sexo text, barrio text)`,
        );
        const rows = text
          .trimEnd()
          .split("\n")
          .slice(1)
          .map((l) => l.split(","));
        const params: unknown[] = [];
        const tuples = rows.map((cells, i) => {
          const at = params.length;
          params.push(i, ...cells);
          return `(${[0, 1, 2, 3, 4].map((k) => `$${at + k + 1}`).join(", ")})`;
        });
        await client.query(`INSERT INTO ${table} VALUES ${tuples.join(", ")}`, params);
        const path = join(dir, "riesgo-pg.csv");
        writeFileSync(path, text);
        const qi = ["edad", "sexo", "barrio"];
        const duck = await checkInDuckDB(path, SCHEMA, { delimiter: ",", risk: { qi } });
        const result = await checkInPostgres(POSTGRES as string, table, SCHEMA, { key: "pos", risk: { qi } });
        expect(result.missing).toEqual(duck.missing);
        expect(result.risk).toEqual({ ...(await measureRisk(text, { qi })), lDiversity: [] });
      } finally {
        await client.query(`DROP TABLE IF EXISTS ${table}`);
        await client.end();
      }
    });
  },
);
