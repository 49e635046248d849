import { describe, expect, it } from "vitest";
import { run } from "../_shared/run.test-helpers";
import { sequentialValue } from "./sequential-value";

describe("sequentialValue", () => {
  it("reports the first break only", async () => {
    const { rows } = await run("id\n1\n2\n4\n9\n", [sequentialValue({ fieldName: "id" })]);
    expect(rows).toEqual([[4, 1, "sequential-value"]]);
  });

  it("treats an empty value as a break", async () => {
    expect((await run("id,x\n1,a\n,b\n", [sequentialValue({ fieldName: "id" })])).rows).toEqual([
      [3, 1, "sequential-value"],
    ]);
  });
});
