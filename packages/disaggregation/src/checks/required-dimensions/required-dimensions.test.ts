import { describe, expect, it } from "vitest";
import { run } from "../_shared/test-helpers";
import { requiredDimensionsCheck } from "./required-dimensions";

describe("requiredDimensionsCheck", () => {
  it("reports required dimensions as errors and recommended ones as warnings", async () => {
    const { errors, report } = await run("barrio,casos\nBombal,3\n", [requiredDimensionsCheck()]);
    expect(errors.filter((e) => e.severity === "error").map((e) => e.params.dimension)).toEqual([
      "sex",
      "age",
    ]);
    expect(errors.filter((e) => e.severity === "warning").map((e) => e.params.dimension)).toEqual([
      "gender_identity",
      "disability",
      "ethnicity",
      "migration",
    ]);
    expect(errors[0]?.message).toMatch(
      /^Encabezado: no hay una columna para desagregar por sexo, obligatoria/,
    );
    expect(report.valid).toBe(false);
  });

  it("accepts wide layouts, other dataset kinds and schema annotations", async () => {
    const wide = await run("barrio,Varón,Mujer,0 a 17,18 y más\nBombal,1,2,1,2\n", [
      requiredDimensionsCheck({ dataset: "tabla-agregada" }),
    ]);
    expect(wide.errors.filter((e) => e.severity === "error")).toEqual([]);
    const annotated = await run("s,a,t\nF,3,B\n", [requiredDimensionsCheck({ dataset: "servicios" })], {
      schema: {
        fields: [
          { name: "s", type: "string", "x-disaggregation": "sex" },
          { name: "a", type: "integer", "x-disaggregation": "age" },
          { name: "t", type: "string", "x-disaggregation": "territory" },
        ],
      },
    });
    expect(annotated.errors).toEqual([]);
    const en = await run("x\n1\n", [requiredDimensionsCheck({ dataset: "servicios" })], { lang: "en" });
    expect(en.errors[0]?.message).toContain("there is no column to disaggregate by territory, required");
  });
});
