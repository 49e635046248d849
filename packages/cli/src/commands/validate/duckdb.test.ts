import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";

// Issue #23: `ciudata validate big.csv --engine duckdb --schema s.json` runs the schema's checks in DuckDB.

const SCHEMA = {
  fields: [
    { name: "dni", type: "string", constraints: { required: true, pattern: "[0-9]{7,8}" } },
    { name: "edad", type: "integer", constraints: { minimum: 0, maximum: 120 } },
  ],
  missingValues: ["", "s/d"],
  primaryKey: ["dni"],
};

const CSV = "dni;edad\n20123456;34\n20123456;41\nX9;200\n;7\n30111222;s/d\n";

async function validate(args: string[], lang = "es") {
  const dir = await mkdtemp(join(tmpdir(), "ciudata-cli-duckdb-"));
  await writeFile(join(dir, "schema.json"), JSON.stringify(SCHEMA));
  await writeFile(join(dir, "padron.csv"), CSV);
  const c = capture();
  c.io.cwd = dir;
  const code = await run(["validate", ...args, "--lang", lang], c.io);
  return { code, out: c.out(), err: c.err(), dir };
}

describe("validate --engine duckdb", () => {
  it("counts the schema's errors and keys inside DuckDB, lists rows by number, never a value", async () => {
    const r = await validate([
      "padron.csv",
      "--engine",
      "duckdb",
      "--schema",
      "schema.json",
      "--format",
      "json",
    ]);
    expect(r.err).toBe("");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.engine).toBe("duckdb");
    expect(json.rows).toBe(5);
    const counts = Object.fromEntries(
      json.counts.map((c: { type: string; constraint?: string; fieldName?: string; count: number }) => [
        `${c.type}|${c.fieldName ?? ""}|${c.constraint ?? ""}`,
        c.count,
      ]),
    );
    expect(counts).toEqual({
      "constraint-error|dni|required": 1,
      "constraint-error|dni|pattern": 1,
      "constraint-error|edad|maximum": 1,
      "primary-key||": 2,
    });
    expect(json.findings.map((f: { rowNumber: number }) => f.rowNumber).sort()).toEqual([3, 4, 4, 5, 5]);
    expect(r.out).not.toContain("20123456");
    const text = await validate(["padron.csv", "--engine", "duckdb", "--schema", "schema.json"], "en");
    expect(text.out).toContain("Checked inside DuckDB: padron.csv");
    expect(await readFile(join(r.dir, "padron.csv"), "utf8")).toBe(CSV);
  });

  it("refuses what it cannot honour with a clear message, exit 2 (es/en/pt)", async () => {
    const noSchema = await validate(["padron.csv", "--engine", "duckdb"]);
    expect(noSchema.code).toBe(2);
    expect(noSchema.err).toContain("--schema");
    const other = await validate(["padron.csv", "--engine", "spark", "--schema", "schema.json"], "en");
    expect(other.code).toBe(2);
    expect(other.err).toContain('received "spark"');
    for (const lang of ["es", "en", "pt"]) {
      const profile = await validate(
        ["padron.csv", "--engine", "duckdb", "--schema", "schema.json", "--profile", "ar-datos-abiertos"],
        lang,
      );
      expect(profile.code).toBe(2);
      expect(profile.err).toContain("--profile");
      expect(profile.err).toContain("--engine");
    }
    const url = await validate([
      "https://datos.example/padron.csv",
      "--engine",
      "duckdb",
      "--schema",
      "schema.json",
    ]);
    expect(url.code).toBe(2);
  });
});
