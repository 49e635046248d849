import { describe, expect, it } from "vitest";
import { run } from "../_shared/run.test-helpers";
import { forbiddenValue } from "./forbidden-value";

describe("forbiddenValue", () => {
  it("flags placeholders compared as cast values", async () => {
    const { report, rows } = await run("edad\n30\n-999\n", [
      forbiddenValue({ fieldName: "edad", values: [-999] }),
    ]);
    expect(rows).toEqual([[3, 1, "forbidden-value"]]);
    expect(report.tasks[0]?.errors[0]?.note).toBe('forbidden values are "[-999]"');
  });

  it("gives one check-error and stops for an unknown field", async () => {
    expect((await run("a\n1\n", [forbiddenValue({ fieldName: "b", values: [1] })])).rows).toEqual([
      [null, null, "check-error"],
    ]);
  });
});
