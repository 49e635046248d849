import { describe, expect, it } from "vitest";
import { run } from "../_shared/run.test-helpers";
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

  it("gives a check-error for a missing or non-numeric field", async () => {
    expect((await run("a\nx\n", [deviatedValue({ fieldName: "b" })])).rows).toEqual([
      [null, null, "check-error"],
    ]);
    expect((await run("a\nx\n", [deviatedValue({ fieldName: "a" })])).rows).toEqual([
      [null, null, "check-error"],
    ]);
  });
});
