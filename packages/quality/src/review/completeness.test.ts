import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { openPath } from "@ciudata/table/node";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { review } from "./review";

const dialect = { delimiter: ",", header: true } as const;

/** Completeness as the issue asks for it: 100 × (1 − blank cells ÷ cells), one decimal. */
const expected = (blank: number, cells: number) => Math.round(1000 * (1 - blank / cells)) / 10;

describe("completeness counts blank and space-only cells of every column (issue #17, finding 2)", () => {
  it("scores the empty and space-only cells of a column nobody declared required", async () => {
    // 4 rows × 3 columns = 12 cells; CALLE2 has 2 empty and 1 space-only cell.
    const csv = "ID,CALLE,CALLE2\n1,Av. Corrientes,\n2,Av. Santa Fe,   \n3,Lavalle,Florida\n4,Perú,\n";
    const { report, scores } = await review(csv, { lang: "es", dialect });
    const completeness = scores.dimensions.completeness;
    expect(completeness.affected).toBe(3);
    expect(completeness.checked).toBe(12);
    expect(completeness.score).toBe(75);
    // The formula and its numbers are written in the report, in each language.
    expect(completeness.formula.es).toContain("celdas sin valor (vacías o con solo espacios");
    expect(completeness.formula.en).toContain("cells without a value (empty or only spaces");
    expect(completeness.formula.pt).toContain("células sem valor (vazias ou só com espaços");
    expect(completeness.computation.es).toBe("100 × (1 − 3 ÷ 12) − 5 × 0 − 2 × 0 = 75");
    // The space-only cell is one missing value, not also extra whitespace.
    const types = (report.tasks[0]?.errors ?? []).map((e) => e.type);
    expect(types).toEqual(["quality/missing-value"]);
  });

  it("does not count a blank required cell twice (required constraint and missing value)", async () => {
    const schema = {
      fields: [
        { name: "id", type: "integer" },
        { name: "dni", type: "string", constraints: { required: true } },
      ],
    };
    const { scores } = await review("id,dni\n1,\n2,30111222\n3,\n4,20333444\n", { schema, dialect });
    expect(scores.dimensions.completeness.affected).toBe(2);
    expect(scores.dimensions.completeness.score).toBe(75);
  });

  it("property: completeness = 100 × (1 − blank cells ÷ cells), whatever the display cap", async () => {
    const cell = fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom("", " ", "  ", "\t") },
      { weight: 5, arbitrary: fc.stringMatching(/^[a-z0-9]{1,6}$/) },
    );
    // Rows of random cells, some of them blank rows (every cell empty: one blank-row finding each).
    const table = fc.integer({ min: 2, max: 4 }).chain((width) => {
      const row = fc.oneof(
        { weight: 6, arbitrary: fc.array(cell, { minLength: width, maxLength: width }) },
        { weight: 1, arbitrary: fc.constant(Array.from({ length: width }, () => "")) },
      );
      return fc.array(row, { minLength: 1, maxLength: 25 });
    });
    await fc.assert(
      fc.asyncProperty(table, async (rows) => {
        const width = rows[0]?.length ?? 0;
        const header = Array.from({ length: width }, (_, i) => `c${i + 1}`).join(",");
        const csv = `${header}\n${rows.map((r) => r.join(",")).join("\n")}\n`;
        const blank = rows.flat().filter((c) => c.trim() === "").length;
        const cells = rows.length * width;
        const all = await review(csv, { dialect, limitErrors: Number.POSITIVE_INFINITY });
        const capped = await review(csv, { dialect, limitErrors: 1 });
        expect(all.scores.dimensions.completeness.score).toBe(expected(blank, cells));
        // The display cap does not matter: every finding is counted whatever the list keeps.
        expect(capped.scores.dimensions.completeness.score).toBe(expected(blank, cells));
      }),
      { numRuns: 60 },
    );
  });
});

const dir = fileURLToPath(new URL("../../../../../shared/data/real/", import.meta.url));
const present = existsSync(`${dir}ar_caba_gcba_sitios_wifi.csv`);
if (!present) console.warn("[ciudata] skipping: ../shared/data/real is not present next to the repository");

describe.skipIf(!present)("completeness of a real file", () => {
  it("CABA wifi sites: the blank cells (CALLE2 is mostly empty) lower completeness below 100", async () => {
    const { scores, report } = await review(await openPath(`${dir}ar_caba_gcba_sitios_wifi.csv`), {
      lang: "es",
      limitErrors: Number.POSITIVE_INFINITY,
    });
    const missing = (report.tasks[0]?.errors ?? []).filter((e) => e.type === "quality/missing-value");
    const blank = missing.reduce((s, e) => s + Number(e.params.cells), 0);
    expect(blank).toBe(403);
    expect(missing.some((e) => e.fieldName === "CALLE2")).toBe(true);
    const completeness = scores.dimensions.completeness;
    expect(completeness.affected).toBe(blank);
    expect(completeness.score).toBe(expected(blank, completeness.checked));
    expect(completeness.score).toBeLessThan(100);
  });
});
