import { describe, expect, it } from "vitest";
import { run } from "../_shared/run.test-helpers";
import { duplicateRow } from "./duplicate-row";

describe("duplicateRow", () => {
  it("reports every repetition of a row after the first, pointing to the first", async () => {
    const { report, rows } = await run("id,name\n1,Ana\n2,Leo\n1,Ana\n1,Ana\n", [duplicateRow()]);
    expect(rows).toEqual([
      [4, null, "duplicate-row"],
      [5, null, "duplicate-row"],
    ]);
    expect(report.tasks[0]?.errors[0]?.params.firstRowNumber).toBe(2);
    expect(report.tasks[0]?.errors[0]?.message).toContain("repite la fila 2");
  });

  it("compares cast values: 1.0 and 1 are the same number", async () => {
    const schema = { fields: [{ name: "monto", type: "number" }] };
    const { rows } = await run("monto\n1.0\n1\n", [duplicateRow()], schema);
    expect(rows).toEqual([[3, null, "duplicate-row"]]);
  });

  it("a blank row is one finding, blank-row, not also a duplicate of an earlier blank row (issue #17, finding 3)", async () => {
    const { rows } = await run("id,name\n1,Ana\n,\n2,Leo\n,\n,\n2,Leo\n", [duplicateRow()]);
    expect(rows).toEqual([
      [3, null, "blank-row"],
      [5, null, "blank-row"],
      [6, null, "blank-row"],
      [7, null, "duplicate-row"],
    ]);
  });
});
