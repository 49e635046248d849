import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";

// Issue #23: `ciudata validate postgres://…?table=…` runs the schema's checks inside PostgreSQL.

const POSTGRES = process.env.CIUDATA_TEST_POSTGRES_URL;
const SCHEMA = {
  fields: [
    { name: "dni", type: "string", constraints: { required: true, pattern: "[0-9]{7,8}" } },
    { name: "edad", type: "integer", constraints: { minimum: 0, maximum: 120 } },
    { name: "alta", type: "date", format: "%d/%m/%Y" },
  ],
  missingValues: ["", "s/d"],
};

async function validate(args: string[], lang = "es") {
  const dir = await mkdtemp(join(tmpdir(), "ciudata-cli-"));
  await writeFile(join(dir, "schema.json"), JSON.stringify(SCHEMA));
  const c = capture();
  c.io.cwd = dir;
  const code = await run(["validate", ...args, "--lang", lang], c.io);
  return { code, out: c.out(), err: c.err() };
}

describe("validate postgres:// — refused before connecting", () => {
  it("refuses a password in the address and says where it goes instead (es/en/pt), exit 2", async () => {
    for (const lang of ["es", "en", "pt"]) {
      const r = await validate(
        ["postgres://ana:s3creta@127.0.0.1:1/db?table=padron", "--schema", "schema.json"],
        lang,
      );
      expect(r.code).toBe(2);
      expect(r.err).toContain("PGPASSWORD");
      expect(r.err + r.out).not.toContain("s3creta");
    }
    const query = await validate([
      "postgres://ana@127.0.0.1:1/db?table=padron&password=s3creta",
      "--schema",
      "schema.json",
    ]);
    expect(query.code).toBe(2);
    expect(query.err).toContain("PGPASSWORD");
    expect(query.err + query.out).not.toContain("s3creta");
  });

  it("asks for the table and for the schema", async () => {
    const noTable = await validate(["postgres://ana@127.0.0.1:1/db", "--schema", "schema.json"]);
    expect(noTable.code).toBe(2);
    expect(noTable.err).toContain("?table=");
    const noSchema = await validate(["postgres://ana@127.0.0.1:1/db?table=padron"]);
    expect(noSchema.code).toBe(2);
    expect(noSchema.err).toContain("--schema");
    const areas = await validate([
      "postgres://ana@127.0.0.1:1/db?table=padron",
      "--schema",
      "schema.json",
      "--areas",
      "barrios.geojson",
    ]);
    expect(areas.code).toBe(2);
    expect(areas.err).toContain("--areas");
  });

  it("says which server it could not reach, without a stack trace", async () => {
    const r = await validate(["postgres://ana@127.0.0.1:1/db?table=padron", "--schema", "schema.json"], "en");
    expect(r.code).toBe(2);
    expect(r.err).toContain("postgres://ana@127.0.0.1:1/db");
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});

describe.skipIf(POSTGRES === undefined)(
  `validate postgres:// on a table${POSTGRES === undefined ? " (skipped: CIUDATA_TEST_POSTGRES_URL is not set; .ci/run sets it)" : ""}`,
  () => {
    const table = `cli_padron_${process.pid}`;
    let client: import("pg").Client;
    beforeAll(async () => {
      const { default: pg } = await import("pg");
      client = new pg.Client({ connectionString: POSTGRES });
      await client.connect();
      await client.query(`CREATE TABLE ${table} (dni text PRIMARY KEY, edad text, alta text)`);
      await client.query(`INSERT INTO ${table} VALUES
        ('20123456', '40', '01/02/2020'), ('2012345', '130', '31/02/2020'), ('30111222', 'x', 's/d'),
        ('30111223', '-1', '1/2/2020'), ('30111224', '55', '29/02/2021')`);
    });
    afterAll(async () => {
      await client.query(`DROP TABLE IF EXISTS ${table}`);
      await client.end();
    });

    it("counts every error inside the database and masks the keys of a personal key column", async () => {
      const url = `${POSTGRES}?table=${table}&key=dni`;
      const r = await validate([url, "--schema", "schema.json", "--json"]);
      expect(r.code).toBe(1);
      const json = JSON.parse(r.out) as {
        rows: number;
        errors: number;
        counts: { type: string; fieldName: string; constraint?: string; count: number }[];
        findings: { key: string }[];
      };
      expect(json.rows).toBe(5);
      expect(json.counts.map((c) => [c.type, c.fieldName, c.constraint ?? null, c.count])).toEqual([
        ["type-error", "edad", null, 1],
        ["constraint-error", "edad", "minimum", 1],
        ["constraint-error", "edad", "maximum", 1],
        ["type-error", "alta", null, 2],
      ]);
      expect(json.errors).toBe(5);
      // The keys are DNIs: personal, so masked whole.
      expect(r.out).not.toContain("2012345");
      expect(json.findings.length).toBeGreaterThan(0);
      const text = await validate([url, "--schema", "schema.json"], "en");
      expect(text.out).toContain("5 rows checked");
    });
  },
);
