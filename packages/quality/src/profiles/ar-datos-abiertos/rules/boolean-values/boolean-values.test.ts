import { describe, expect, it } from "vitest";
import { profileErrors, where } from "../../../run.test-helpers";
import { booleanValues } from "./boolean-values";

describe("boolean-values rule", () => {
  it("reports boolean columns not written true/false", async () => {
    const errors = await profileErrors("vacunado,activo\nSi,true\nNo,false\n,true\n", [booleanValues()]);
    expect(where(errors)).toEqual([
      [2, 1, "quality/profile/boolean-values"],
      [3, 1, "quality/profile/boolean-values"],
    ]);
    expect(errors.map((e) => e.params.example)).toEqual(["true", "false"]);
  });

  it("leaves codes, counts and text alone", async () => {
    const csv = "sexo,hijos,respuesta\nF,1,no\nM,0,no sé\nF,1,si\n";
    expect(await profileErrors(csv, [booleanValues()])).toEqual([]);
  });

  it("reports 1/0 in a column the schema types boolean", async () => {
    const schema = { fields: [{ name: "activo", type: "boolean" }] };
    const errors = await profileErrors("activo\n1\n0\ntrue\n", [booleanValues()], { schema });
    expect(where(errors)).toEqual([
      [2, 1, "quality/profile/boolean-values"],
      [3, 1, "quality/profile/boolean-values"],
    ]);
  });

  it("caps the cells reported per column", async () => {
    const csv = `ok\n${"SI\n".repeat(10)}`;
    const errors = await profileErrors(csv, [booleanValues({ maxPerColumn: 3 })]);
    expect(errors).toHaveLength(3);
    expect(errors[2]?.params.more).toBe(7);
  });
});
