import { describe, expect, it } from "vitest";
import { run } from "../../../test-support/run-checks";
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

  it("takes a bare code column of INDEC/INEGI codes for territory, and only then", async () => {
    const check = () => [requiredDimensionsCheck({ dataset: "servicios" })];
    const dims = (errors: Array<{ params: Record<string, unknown> }>) =>
      errors.map((e) => e.params.dimension);
    // The INDEC census layout: `Código` holds 5-digit departamento codes (leading zeros kept).
    const indec = await run("Código,Varón,Mujer,Total\n02001,98097,107789,205886\n50007,1,2,3\n", check());
    expect(dims(indec.errors)).not.toContain("territory");
    // INEGI entidad codes with a leading zero.
    const inegi = await run("cve,casos\n09,3\n15,4\n", check());
    expect(dims(inegi.errors)).not.toContain("territory");
    // Codes that are not territorial: letters, mixed lengths, small counters without a leading zero.
    for (const body of ["A1\nB2\n", "02001\n2001\n", "12\n13\n"]) {
      const r = await run(`Código\n${body}`, check());
      expect(dims(r.errors)).toContain("territory");
    }
    // A code column does not stand for sex or age.
    const personas = await run("Código,casos\n02001,3\n", [requiredDimensionsCheck()]);
    expect(dims(personas.errors.filter((e) => e.severity === "error"))).toEqual(["sex", "age"]);
  });
});
