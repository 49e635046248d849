import { describe, expect, it } from "vitest";
import { run } from "../_shared/run.test-helpers";
import { uniqueKeys } from "./unique-keys";

describe("uniqueKeys", () => {
  const schema = {
    fields: [{ name: "dni" }, { name: "anio", type: "year" }],
    uniqueKeys: [["dni", "anio"]],
  };

  it("reports a repeated combination as a row-level unique-error", async () => {
    const { report, rows } = await run("dni,anio\n1,2024\n1,2023\n1,2024\n", [uniqueKeys()], schema);
    expect(rows).toEqual([[4, null, "unique-error"]]);
    expect(
      (report.tasks[0]?.errors[0] as unknown as { fieldNames?: string[] } | undefined)?.fieldNames,
    ).toEqual(["dni", "anio"]);
  });

  it("excludes rows where a part of the key is null (SQL semantics)", async () => {
    const { rows } = await run("dni,anio\n1,\n1,\n,2024\n,2024\n", [uniqueKeys()], schema);
    expect(rows).toEqual([]);
  });
});
