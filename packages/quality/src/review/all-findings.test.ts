import { describe, expect, it } from "vitest";
import { renderHtml, renderJson, renderMarkdown, renderText } from "../render";
import { review } from "./review";

// Issue #17, finding 1: scores and counts came from the first 1,000 findings (the list's cap).

/** 10,000 rows, `nombre` required and blank in half of them: 5,000 of 20,000 cells missing. */
function halfBlank(): string {
  const lines = ["id,nombre"];
  for (let i = 1; i <= 10_000; i++) lines.push(`${i},${i % 2 === 0 ? "" : `persona ${i}`}`);
  return `${lines.join("\n")}\n`;
}

const schema = {
  fields: [
    { name: "id", type: "integer" },
    { name: "nombre", type: "string", constraints: { required: true } },
  ],
};

describe("scores and counts from all the data, whatever the cap on the list", () => {
  it("scores completeness from all 5,000 blanks (75, not 95) and counts them all", async () => {
    const csv = halfBlank();
    const capped = await review(csv, { schema, lang: "es" });
    const all = await review(csv, { schema, lang: "es", limitErrors: 0 });
    const task = capped.report.tasks[0];
    // The list: 1,000 errors, plus the one completeness warning per column with blank cells.
    expect(task?.errors.filter((e) => e.severity === "error")).toHaveLength(1000);
    expect(task?.errors.filter((e) => e.type === "quality/missing-value")).toHaveLength(1);
    expect(task?.stats.errors).toBe(5000);
    expect(capped.report.stats.errors).toBe(5000);
    expect(task?.totals?.byType["constraint-error"]).toMatchObject({ findings: 5000, listed: 1000 });
    expect(task?.totals?.byField.nombre?.["constraint-error"]).toBe(5000);
    expect(capped.scores.dimensions.completeness.score).toBe(75);
    // 5,000 blank required cells plus the column's one missing-value warning; the cells affected stay 5,000.
    expect(capped.scores.dimensions.completeness.findings).toBe(5001);
    expect(capped.scores.dimensions.completeness.affected).toBe(5000);
    // No cap: every finding listed, the same scores.
    expect(all.report.tasks[0]?.errors.filter((e) => e.severity === "error")).toHaveLength(5000);
    expect(all.scores.dimensions).toEqual(capped.scores.dimensions);
    expect(all.scores.overall).toBe(capped.scores.overall);
  });

  it("says in the user's language how many findings of each type were not listed", async () => {
    const { report, scores } = await review(halfBlank(), { schema, lang: "es", limitErrors: 100 });
    const es = renderText(report, scores, "es");
    expect(es).toContain("sin listar: 4.900 hallazgos más de «");
    expect(es).toContain("la lista de errores se corta en 100");
    expect(es).not.toContain("reached error limit");
    expect(es).toContain("5.000 × ");
    const en = renderText(report, scores, "en");
    expect(en).toContain("not listed: 4,900 more findings of “");
    expect(renderText(report, scores, "pt")).toContain("fora da lista: 4.900 achados a mais de «");
    expect(renderMarkdown(report, scores, "en")).toContain("not listed: 4,900 more findings");
    expect(renderHtml(report, scores, "en")).toContain("not listed: 4,900 more findings");
  });

  it("carries the true totals by type and field in the JSON report, independent of the cap", async () => {
    const csv = halfBlank();
    const totals = [];
    for (const limitErrors of [1, 1000, 0]) {
      const { report, scores } = await review(csv, { schema, lang: "en", limitErrors });
      const json = JSON.parse(renderJson(report, scores));
      const t = json.tasks[0].totals;
      const byType = Object.values(t.byType) as { findings: number }[];
      expect(byType.reduce((n, x) => n + x.findings, 0)).toBe(t.findings);
      expect(json.tasks[0].stats.errors + json.tasks[0].stats.warnings).toBe(t.findings);
      expect(json.quality.scores.dimensions.completeness.score).toBe(75);
      totals.push({ findings: t.findings, byField: t.byField });
    }
    expect(totals[0]).toEqual(totals[1]);
    expect(totals[1]).toEqual(totals[2]);
  });
});
