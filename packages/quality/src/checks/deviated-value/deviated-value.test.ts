import { describe, expect, it } from "vitest";
import { run, validateTable } from "../_shared/run.test-helpers";
import { deviatedValue } from "./deviated-value";

describe("deviatedValue", () => {
  it("flags values beyond median ± 3 sample stdev, as frictionless words it", async () => {
    const csv = "temperature\n1\n-2\n7\n0\n1\n2\n5\n-4\n100\n8\n3\n";
    const { report } = await run(csv, [
      deviatedValue({ fieldName: "temperature", average: "median", interval: 3 }),
    ]);
    expect(report.tasks[0]?.errors.map((e) => e.note)).toEqual([
      'value "100" in row at position "10" and field "temperature" is deviated "[-87.21, 91.21]"',
    ]);
  });

  it("quotes a decimal value the language's way: 96,5 in Spanish, 96.5 in English (issue #17, finding 7)", async () => {
    const csv = "monto\n10\n11\n10.5\n9\n10\n11\n10\n9.5\n96.5\n10\n";
    const schema = { fields: [{ name: "monto", type: "number" as const }] };
    const worded = async (lang: "es" | "en") => {
      const report = await validateTable(csv, {
        lang,
        schema,
        checks: [deviatedValue({ fieldName: "monto", average: "median", interval: 3 })],
      });
      return report.tasks[0]?.errors.map((e) => e.message) ?? [];
    };
    expect((await worded("es"))[0]).toContain("el valor 96,5 de «monto»");
    expect((await worded("en"))[0]).toContain('the value 96.5 of "monto"');
  });

  it("gives a check-error for a missing or non-numeric field", async () => {
    expect((await run("a\nx\n", [deviatedValue({ fieldName: "b" })])).rows).toEqual([
      [null, null, "check-error"],
    ]);
    expect((await run("a\nx\n", [deviatedValue({ fieldName: "a" })])).rows).toEqual([
      [null, null, "check-error"],
    ]);
  });
});
