import { privacyIssues, riskCheck } from "@ciudata/privacy";
import { DIMENSIONS, dimensionLabel, dimensionOf, renderText, review } from "@ciudata/quality";
import { describe, expect, it } from "vitest";

// Issue #17, finding 8: the demo printed "✔ Validity 100.0 pass · 0 findings" and then listed the
// re-identification risk (privacy/k-anonymity) under Validity, scored nowhere and counted nowhere.

/** 40 people; 30 share one class of quasi-identifiers, 10 are each alone in theirs (k = 5 broken). */
function registry(): string {
  const lines = ["id,seccion,grupo_etario,integrantes_hogar,monto"];
  for (let i = 1; i <= 30; i++) lines.push(`${i},1,30-44,3,${1000 + i}`);
  for (let i = 31; i <= 40; i++) lines.push(`${i},${i},${i % 2 ? "15-29" : "45-59"},${i % 7},${1000 + i}`);
  return `${lines.join("\n")}\n`;
}

describe("every finding counted under exactly one dimension", () => {
  it("scores the re-identification risk under privacy, not as a Validity finding", async () => {
    const risk = riskCheck({ qi: ["seccion", "grupo_etario", "integrantes_hogar"], k: 5 });
    const { report, scores } = await review(registry(), {
      lang: "en",
      checks: [risk],
      catalogs: privacyIssues,
    });
    const errors = report.tasks[0]?.errors ?? [];
    expect(errors.some((e) => e.type === "privacy/k-anonymity")).toBe(true);
    expect(scores.dimensions.privacy.types["privacy/k-anonymity"]).toBe(1);
    expect(scores.dimensions.privacy.score).not.toBeNull();
    expect(scores.dimensions.privacy.score as number).toBeLessThan(100);
    expect(scores.dimensions.validity.types["privacy/k-anonymity"]).toBeUndefined();

    // Each dimension's count equals the findings listed under it, for every dimension.
    for (const d of DIMENSIONS) {
      const listed = errors.filter((e) => dimensionOf(e) === d).length;
      expect(listed, d).toBe(scores.dimensions[d].findings);
    }
    const text = renderText(report, scores, "en", { catalogs: privacyIssues });
    const privacyLine = text.split("\n").find((l) => l.includes(`${dimensionLabel("privacy", "en")} `));
    expect(privacyLine).toMatch(/1 finding/);
    expect(text).not.toMatch(/Validity\s+100\.0 \S+\s+pass · 0 findings[\s\S]*\nValidity\n/);
  });

  it("scores privacy 100 when the risk check ran and found nothing, and leaves it unscored otherwise", async () => {
    const safe = ["id,seccion", ...Array.from({ length: 20 }, (_, i) => `${i + 1},1`)].join("\n");
    const checked = await review(`${safe}\n`, { checks: [riskCheck({ qi: ["seccion"], k: 5 })] });
    expect(checked.scores.dimensions.privacy).toMatchObject({ score: 100, findings: 0 });
    const unchecked = await review(`${safe}\n`, {});
    expect(unchecked.scores.dimensions.privacy.score).toBeNull();
  });
});
