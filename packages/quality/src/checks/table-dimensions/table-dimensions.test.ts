import { describe, expect, it } from "vitest";
import { run } from "../_shared/run.test-helpers";
import { tableDimensions } from "./table-dimensions";

describe("tableDimensions", () => {
  it("checks fields at the start and rows at the end", async () => {
    const { report } = await run("a,b\n1,2\n3,4\n", [tableDimensions({ numFields: 3, minRows: 5 })]);
    expect(report.tasks[0]?.errors.map((e) => e.note)).toEqual([
      "number of fields is 2, the required is 3",
      "number of rows is 2, the minimum is 5",
    ]);
    expect(report.tasks[0]?.errors[1]?.message).toContain("la tabla tiene 2 filas");
  });

  it("passes a table within its limits", async () => {
    expect((await run("a\n1\n", [tableDimensions({ maxRows: 1, maxFields: 1 })])).rows).toEqual([]);
  });
});
