import { describe, expect, it } from "vitest";
import { compileChecks } from "./compile";
import { duckdbDialect, postgresDialect, trinoDialect } from "./dialect";
import { sqlPattern } from "./pattern";

const SCHEMA = {
  fields: [
    { name: "edad", type: "integer" as const, constraints: { required: true, minimum: 0, maximum: 120 } },
    { name: "sexo", type: "string" as const, constraints: { enum: ["F", "M", "X"] } },
    { name: "curp", type: "string" as const, constraints: { pattern: "[A-Z]{4}\\d{6}" } },
  ],
  missingValues: ["", "S/D"],
};

describe("compileChecks", () => {
  it("writes one counting query per engine, a count per type, field and constraint", () => {
    const sql = compileChecks(SCHEMA, trinoDialect, { table: '"padron"', position: '"id"' });
    expect(sql.columns.map((c) => [c.type, c.fieldName ?? null, c.constraint ?? null])).toEqual([
      ["rows", null, null],
      ["blank-row", null, null],
      ["type-error", "edad", null],
      ["constraint-error", "edad", "required"],
      ["constraint-error", "edad", "minimum"],
      ["constraint-error", "edad", "maximum"],
      ["constraint-error", "sexo", "enum"],
      ["constraint-error", "curp", "pattern"],
      ["missing", "edad", null],
      ["missing", "sexo", null],
      ["missing", "curp", null],
    ]);
    // Completeness counts NULL, the missing values, empty and space-only cells.
    expect(sql.counts).toContain(
      `("curp" IS NULL OR "curp" IN ('', 'S/D')) OR "curp" = '' OR regexp_like("curp"`,
    );
    // Trino's SQL, checked as text: its regular expressions and nothing DuckDB-specific.
    expect(sql.counts).toContain(`regexp_like("curp", '^(?:[A-Z]{4}[0-9]{6})$')`);
    expect(sql.counts).toContain(`("edad" IS NULL OR "edad" IN ('', 'S/D'))`);
    expect(sql.counts).toContain(`"sexo" NOT IN ('F', 'M', 'X')`);
    expect(sql.counts).not.toMatch(/regexp_full_match|~ '/);
    expect(sql.list(5)).toContain('row_number() OVER (PARTITION BY "__f" ORDER BY "__pos")');
    expect(sql.list(5)).toContain('WHERE "__k" <= 5');
  });

  it("spells the same checks per dialect", () => {
    const duck = compileChecks(SCHEMA, duckdbDialect, { table: '"padron"' });
    const pg = compileChecks(SCHEMA, postgresDialect, { table: '"padron"' });
    expect(duck.counts).toContain(`regexp_full_match("curp", '[A-Z]{4}[0-9]{6}')`);
    expect(pg.counts).toContain(`("curp" ~ '^(?:[A-Z]{4}[0-9]{6})$')`);
    expect(pg.counts).toContain("DOUBLE PRECISION");
    expect(duck.columns).toEqual(pg.columns);
  });

  it("quotes names and texts so a hostile field name stays a name", () => {
    const sql = compileChecks(
      {
        fields: [{ name: 'x"); DROP TABLE t; --', type: "string", constraints: { enum: ["it's"] } }],
        missingValues: [""],
      },
      duckdbDialect,
      { table: '"t"' },
    );
    expect(sql.counts).toContain(`"x""); DROP TABLE t; --"`);
    expect(sql.counts).toContain(`'it''s'`);
  });
});

describe("sqlPattern", () => {
  it("spells \\d and \\w out and keeps the portable subset", () => {
    expect(sqlPattern("[A-Z]{4}\\d{6}")).toBe("[A-Z]{4}[0-9]{6}");
    expect(sqlPattern("\\w+(?:-\\w+)*")).toBe("[A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)*");
    expect(sqlPattern("(AR|MX)-[\\d.]+")).toBe("(?:AR|MX)-[0-9.]+");
  });

  it("refuses what engines read differently instead of approximating it", () => {
    for (const p of [
      "a.b",
      "\\s+",
      "^a$",
      "a+?",
      "(?=a)",
      "(a)\\1",
      "\\p{L}",
      "(|a)",
      "a|",
      "[]",
      "a{3,1}",
      "(",
    ])
      expect(sqlPattern(p), p).toBeNull();
  });
});
