import { describe, expect, it } from "vitest";
import { run } from "../_shared/run.test-helpers";
import { requiredValue } from "./required-value";

describe("requiredValue", () => {
  it("reports each value never seen, at the end", async () => {
    const check = requiredValue({ fieldName: "comuna", values: ["Capital", "Godoy Cruz", "Maipú"] });
    const { report } = await run("comuna\nCapital\nMaipú\n", [check]);
    expect(report.tasks[0]?.errors.map((e) => e.note)).toEqual([
      'The value "Godoy Cruz" is required to be present in field "comuna" in at least one row.',
    ]);
  });
});
