import { existsSync, readdirSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";

// Issue #17, finding 1: `validate` scored from the first 1,000 findings and said so only in English.

async function workdir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "ciudata-cli-"));
  for (const [name, data] of Object.entries(files)) await writeFile(join(dir, name), data);
  return dir;
}

/** 10,000 rows, `nombre` required and blank in half of them. */
function halfBlank(): Record<string, string> {
  const lines = ["id,nombre"];
  for (let i = 1; i <= 10_000; i++) lines.push(`${i},${i % 2 === 0 ? "" : `persona ${i}`}`);
  const schema = {
    fields: [
      { name: "id", type: "integer" },
      { name: "nombre", type: "string", constraints: { required: true } },
    ],
  };
  return { "padron.csv": `${lines.join("\n")}\n`, "schema.json": JSON.stringify(schema) };
}

async function validate(dir: string, args: string[]) {
  const c = capture();
  c.io.cwd = dir;
  const code = await run(["validate", ...args], c.io);
  return { code, out: c.out(), err: c.err() };
}

/** The parts of `validate --json` these tests read. */
interface JsonReport {
  tasks: {
    errors: { severity: string; type: string }[];
    totals: { findings: number; byType: Record<string, { findings: number; listed: number }> };
    stats: { errors: number };
  }[];
  quality: { scores: { dimensions: { completeness: { score: number | null } } } };
}

describe("ciudata validate --limit-errors", () => {
  it("scores from all 5,000 blanks (Completitud 75,0, not 95,0) and says in Spanish what was not listed", async () => {
    const dir = await workdir(halfBlank());
    const { code, out } = await validate(dir, ["padron.csv", "--schema", "schema.json"]);
    expect(code).toBe(1);
    expect(out).toMatch(/Completitud\s+75,0/);
    expect(out).toContain("5.000 errores");
    expect(out).toContain("sin listar: 4.000 hallazgos más de «");
    expect(out).not.toContain("reached error limit");
  });

  it("lists every error with 0, and the JSON totals do not depend on the cap", async () => {
    const dir = await workdir(halfBlank());
    const reports: JsonReport[] = [];
    for (const cap of ["0", "10", "1000"]) {
      const { code, out } = await validate(dir, [
        "padron.csv",
        "--schema",
        "schema.json",
        "--json",
        "--limit-errors",
        cap,
      ]);
      expect(code).toBe(1);
      reports.push(JSON.parse(out));
    }
    // The errors listed, whatever the cap says; plus the column's one completeness warning (a count).
    const listed = (r: JsonReport) => r.tasks[0]?.errors.filter((e) => e.severity === "error").length;
    expect(reports.map(listed)).toEqual([5000, 10, 1000]);
    for (const r of reports) {
      expect(r.tasks[0]?.totals.findings).toBe(5001);
      expect(r.tasks[0]?.stats.errors).toBe(5000);
      expect(r.quality.scores.dimensions.completeness.score).toBe(75);
    }
    // Only the capped type's list is cut; the completeness count of the column is listed as it is.
    const [all, capped] = reports.map((r) => r.tasks[0]?.totals.byType ?? {});
    expect(capped?.["constraint-error"]).toEqual({ ...all?.["constraint-error"], listed: 10 });
    expect(capped?.["quality/missing-value"]).toEqual(all?.["quality/missing-value"]);
  });

  it("refuses a --limit-errors that is not a whole number, in the user's language", async () => {
    const dir = await workdir(halfBlank());
    const { code, err } = await validate(dir, ["padron.csv", "--limit-errors", "muchos", "--lang", "en"]);
    expect(code).toBe(2);
    expect(err).toContain(
      '--limit-errors expects a whole number, 0 or more (0 lists them all); received "muchos"',
    );
  });
});

describe("--limit-errors wherever findings are listed", () => {
  it("inspect lists at most N errors, counts them all and says how many were not listed", async () => {
    const rows = Array.from({ length: 30 }, () => "1,2,3");
    const dir = await workdir({ "i.csv": `a,b\n1,2\n${rows.join("\n")}\n` });
    const c = capture();
    c.io.cwd = dir;
    expect(await run(["inspect", "i.csv", "--lang", "en", "--limit-errors", "3"], c.io)).toBe(0);
    expect(c.out()).toContain("30 × Extra cell (extra-cell)");
    expect(c.out()).toContain("not listed: 27 more findings of “Extra cell” (extra-cell).");
    expect(c.out()).not.toContain("reached error limit");
    const j = capture();
    j.io.cwd = dir;
    await run(["inspect", "i.csv", "--json", "--limit-errors", "3"], j.io);
    const json = JSON.parse(j.out());
    expect(json.errors).toHaveLength(3);
    expect(json.totals.byType["extra-cell"]).toMatchObject({ findings: 30, listed: 3 });
  });

  it("disaggregation check lists at most N errors and says, in Spanish, what it left out", async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `${i + 1},Z,40`);
    const dir = await workdir({ "d.csv": `id,sexo,edad\n${rows.join("\n")}\n` });
    const c = capture();
    c.io.cwd = dir;
    expect(await run(["disaggregation", "check", "d.csv", "--limit-errors", "1"], c.io)).toBe(1);
    expect(c.out()).toContain("la lista de errores se corta en 1");
    expect(c.out()).toMatch(/sin listar: 1 hallazgo más de «/);
    expect(c.out()).toContain("2 errores");
  });
});

const real = fileURLToPath(new URL("../../../../../../shared/data/real/", import.meta.url));
const present = existsSync(real);
if (!present) console.warn("[ciudata] skipping: ../shared/data/real is not present next to the repository");
const files = present
  ? readdirSync(real).filter((f) => /\.(csv|tsv|txt|json|xlsx|xls|ods)$/i.test(f) && f !== "CATALOG.md")
  : [];

describe.skipIf(!present)("every real file: total findings = sum by type, whatever --limit-errors", () => {
  it.each(files)(
    "%s",
    async (file) => {
      const totals = [];
      for (const cap of ["0", "5"]) {
        const { out } = await validate(real, [file, "--json", "--limit-errors", cap]);
        const report = JSON.parse(out);
        for (const task of report.tasks ?? []) {
          const byType = Object.values(task.totals?.byType ?? {}) as { findings: number }[];
          const sum = byType.reduce((n, t) => n + t.findings, 0);
          expect(sum).toBe(task.totals?.findings ?? 0);
          expect(task.stats.errors + task.stats.warnings).toBe(sum);
        }
        totals.push({
          findings: (report.tasks ?? []).map((t: { totals?: { findings: number } }) => t.totals?.findings),
          byType: (report.tasks ?? []).map(
            (t: { totals?: { byType: Record<string, { findings: number }> } }) =>
              Object.fromEntries(Object.entries(t.totals?.byType ?? {}).map(([k, v]) => [k, v.findings])),
          ),
          overall: report.quality?.scores?.overall ?? null,
        });
      }
      expect(totals[1]).toEqual(totals[0]);
    },
    120_000,
  );
});
