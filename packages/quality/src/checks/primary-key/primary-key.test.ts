import { describe, expect, it } from "vitest";
import { run } from "../_shared/run.test-helpers";
import { primaryKey } from "./primary-key";

const schema = {
  fields: [
    { name: "id", type: "integer" },
    { name: "anio", type: "year" },
  ],
  primaryKey: ["id", "anio"],
};

describe("primaryKey", () => {
  it("checks a composite key and flags only later occurrences", async () => {
    const { rows } = await run("id,anio\n1,2023\n1,2024\n1,2023\n", [primaryKey()], schema);
    expect(rows).toEqual([[4, null, "primary-key"]]);
  });

  it("flags a key whose parts are all null, even on a blank row, but not a partly null one", async () => {
    const { rows } = await run("id,anio\n,2024\n,\n", [primaryKey()], schema);
    expect(rows).toEqual([
      [3, null, "blank-row"],
      [3, null, "primary-key"],
    ]);
  });

  it("takes the key fields from the options", async () => {
    const { rows } = await run("id,anio\n1,2023\n1,2024\n", [primaryKey({ fieldNames: ["id"] })], schema);
    expect(rows).toEqual([[3, null, "primary-key"]]);
  });
});
