import { describe, expect, it } from "vitest";
import { run } from "../_shared/run.test-helpers";
import { duplicateRow, duplicateRowWith } from "./duplicate-row";

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

describe("duplicateRow on hash collisions", () => {
  /** A hasher that gives every row the same hash: every match is a collision until the keys say. */
  const colliding = { h1: 7, h2: 7, row() {} };

  it("never reports a row on the hash alone: rows with other values that share a hash are kept apart", async () => {
    const { report, rows } = await run("id,name\n1,Ana\n2,Leo\n3,Eva\n2,Leo\n3,Eva\n1,Ana\n", [
      duplicateRowWith(colliding),
    ]);
    expect(rows).toEqual([
      [5, null, "duplicate-row"],
      [6, null, "duplicate-row"],
      [7, null, "duplicate-row"],
    ]);
    expect(report.tasks[0]?.errors.map((e) => e.params.firstRowNumber)).toEqual([3, 4, 2]);
  });
});

describe("duplicateRow past its key budget", () => {
  it("says a match it could not compare is a guess (same hash), in the finding and its message", async () => {
    const colliding = { h1: 7, h2: 7, row() {} };
    const { report, rows } = await run("id,name\n1,Ana\n1,Ana\n", [
      duplicateRowWith(colliding, { keyBudget: 0 }),
    ]);
    expect(rows).toEqual([[3, null, "duplicate-row"]]);
    const error = report.tasks[0]?.errors[0];
    expect(error?.params).toMatchObject({ firstRowNumber: 2, confirmed: false });
    expect(error?.message).toContain("parece repetir la fila 2");
  });

  it("within the budget a match is confirmed on the values", async () => {
    const { report } = await run("id,name\n1,Ana\n1,Ana\n", [duplicateRow()]);
    expect(report.tasks[0]?.errors[0]?.params.confirmed).toBeUndefined();
  });
});
