import { describe, expect, it } from "vitest";
import { run } from "../_shared/run.test-helpers";
import { uniqueValues } from "./unique-error";

const schema = {
  fields: [
    { name: "dni", type: "integer", constraints: { unique: true } },
    { name: "nombre", type: "string" },
  ],
};

describe("uniqueValues", () => {
  it("on a third duplicate reports only the 2nd+ occurrences", async () => {
    const { rows } = await run("dni,nombre\n7,Ana\n7,Leo\n7,Eva\n8,Sol\n", [uniqueValues()], schema);
    expect(rows).toEqual([
      [3, 1, "unique-error"],
      [4, 1, "unique-error"],
    ]);
  });

  it("does not enter nulls nor values that failed their type", async () => {
    const { rows } = await run("dni,nombre\n,Ana\n,Leo\nx,Eva\nx,Sol\n", [uniqueValues()], schema);
    expect(rows).toEqual([
      [4, 1, "type-error"],
      [5, 1, "type-error"],
    ]);
  });

  it("carries the row's cells and the row it repeats", async () => {
    const { report } = await run("dni,nombre\n7,Ana\n7,Leo\n", [uniqueValues()], schema);
    const e = report.tasks[0]?.errors[0] as unknown as {
      cells: string[];
      params: { firstRowNumber: number };
    };
    expect(e.cells).toEqual(["7", "Leo"]);
    expect(e.params.firstRowNumber).toBe(2);
  });
});
