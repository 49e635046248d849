import { localize, validateTable } from "@ciudata/table";
import { describe, expect, it } from "vitest";
import { privacyIssues } from "../messages/issues";
import { riskCheck } from "./check";
import { localSuppression } from "./local-suppression";
import { measureRisk, riskOfRows } from "./measure";

const CSV =
  "edad,sexo,barrio,dx\n30,F,Centro,asma\n30,F,Centro,asma\n30,F,Centro,gripe\n41,M,Sur,asma\n41,M,Sur,asma\n55,F,,gripe\n";

describe("risk", () => {
  it("counts classes, k violations, uniques, prosecutor risk and l-diversity in one pass", async () => {
    const r = await measureRisk(CSV, { qi: ["edad", "sexo", "barrio"], sensitive: ["dx"], k: 3 });
    expect(r.records).toBe(6);
    expect(r.classes).toBe(3);
    expect(r.violations).toEqual([
      { k: 2, records: 1, share: 1 / 6, classes: 1 },
      { k: 3, records: 3, share: 0.5, classes: 2 },
      { k: 5, records: 6, share: 1, classes: 3 },
    ]);
    expect(r.sampleUniques).toBe(1);
    expect(r.risk).toEqual({ mean: 0.5, max: 1, expectedReidentifications: 3 });
    expect(r.lDiversity[0]).toMatchObject({
      distinctMin: 1,
      distinctRecords: { "1": 3, "2": 3 },
      recordsWithoutDiversity: 3,
    });
  });
  it("lets a missing key value match any value (sdcMicro)", () => {
    const rows = [
      ["30", "F"],
      ["30", ""],
      ["41", "M"],
    ];
    expect(
      riskOfRows(["edad", "sexo"], rows, { qi: ["edad", "sexo"], missingMatchesAny: true }).sampleUniques,
    ).toBe(1);
    expect(riskOfRows(["edad", "sexo"], rows, { qi: ["edad", "sexo"] }).sampleUniques).toBe(3);
  });
  it("plugs into validateTable as a check", async () => {
    const check = riskCheck({ qi: ["edad", "sexo", "barrio"], k: 2 });
    const report = await validateTable(CSV, { checks: [check] });
    expect(report.tasks[0]?.errors.map((e) => e.type)).toContain("privacy/k-anonymity");
    expect(check.result()?.violations.find((v) => v.k === 2)?.records).toBe(1);
    const bad = await validateTable(CSV, { checks: [riskCheck({ qi: ["nope"] })] });
    expect(localize(bad, "es", [privacyIssues]).tasks[0]?.errors[0]?.message).toContain("nope");
  });
  it("throws a CiudataError for an unknown column", async () => {
    await expect(measureRisk(CSV, { qi: ["nope"] })).rejects.toMatchObject({ name: "CiudataError" });
  });
  it("local suppression reaches k", () => {
    const r = localSuppression(
      [
        ["2", "5", "1"],
        ["2", "1", "1"],
        ["2", "1", "1"],
        ["3", "1", "5"],
        ["3", "1", "4"],
      ],
      { k: 2 },
    );
    expect(r.kAnonymous).toBe(true);
    expect(r.total).toBeGreaterThan(0);
  });
});
