import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../../test-support/run-checks";
import { present, SHARED } from "../../../test-support/shared";
import { disaggregationChecks } from "..";
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

  // Issue #17, finding 7: the INDEC census table `Código,Varón,Mujer,Total` failed for "no age column".
  describe("wide aggregate tables (issue #17, finding 7)", () => {
    const SEX = "Código,Varón,Mujer,Total\n02001,98097.0,107789.0,205886.0\n02002,68042.0,89890.0,157932.0\n";
    const severities = (errors: Array<{ severity: string; params: Record<string, unknown> }>) =>
      Object.fromEntries(errors.map((e) => [String(e.params.dimension), e.severity]));

    it("a sex-only wide table is not disaggregated by age: a warning naming what the headers carry", async () => {
      const { errors, report } = await run(SEX, [requiredDimensionsCheck({ dataset: "tabla-agregada" })]);
      expect(errors.filter((e) => e.severity === "error")).toEqual([]);
      expect(severities(errors)).toEqual({
        age: "warning",
        gender_identity: "warning",
        disability: "warning",
      });
      const age = errors.find((e) => e.params.dimension === "age");
      expect(age?.params).toMatchObject({
        required: true,
        carriedBy: "sexo",
        columns: "Varón, Mujer, Total",
      });
      expect(age?.message).toMatch(
        /^Encabezado: la tabla no está desagregada por edad, obligatoria para «tabla-agregada»: sus columnas \(Varón, Mujer, Total\) desagregan solo por sexo; una tabla agregada puede publicar esa desagregación en otra tabla/,
      );
      expect(age?.message).not.toContain("no hay una columna");
      expect(report.valid).toBe(true);
      const en = await run(SEX, [requiredDimensionsCheck({ dataset: "tabla-agregada" })], { lang: "en" });
      expect(en.errors.find((e) => e.params.dimension === "age")?.message).toContain(
        'the table is not disaggregated by age, required for "tabla-agregada": its columns (Varón, Mujer, Total) split by sex only',
      );
      const pt = await run(SEX, [requiredDimensionsCheck({ dataset: "tabla-agregada" })], { lang: "pt" });
      expect(pt.errors.find((e) => e.params.dimension === "age")?.message).toContain(
        'a tabela não está desagregada por idade, obrigatória para "tabla-agregada": suas colunas (Varón, Mujer, Total) desagregam só por sexo',
      );
    });

    it("recognises every spelling of the sex columns and the age bands of a wide table", async () => {
      for (const [a, b] of [
        ["Hombre", "Mujer"],
        ["Masculino", "Femenino"],
        ["Male", "Female"],
        ["Homem", "Mulher"],
        ["Varones", "Mujeres"],
      ]) {
        const r = await run(`Código,${a},${b},Total\n02001,1,2,3\n`, [
          requiredDimensionsCheck({ dataset: "tabla-agregada" }),
        ]);
        expect(severities(r.errors).sex, `${a}/${b}`).toBeUndefined();
        expect(severities(r.errors).age, `${a}/${b}`).toBe("warning");
      }
      for (const bands of [
        "0-14,15 a 64,65 y más",
        "0-14,15-64,65+",
        "0 a 14 años,15 a 64 años,65 años y más",
      ]) {
        const r = await run(`barrio,${bands},Total\nBombal,1,2,3,6\n`, [
          requiredDimensionsCheck({ dataset: "tabla-agregada" }),
        ]);
        expect(severities(r.errors), bands).toEqual({
          sex: "warning",
          gender_identity: "warning",
          disability: "warning",
        });
        expect(r.errors.find((e) => e.params.dimension === "sex")?.params.carriedBy).toBe("edad");
      }
    });

    it("still reports what neither a column nor the headers carry", async () => {
      // No territory: a wide table does not carry it in its headers.
      const noPlace = await run("Varón,Mujer,Total\n1,2,3\n", [
        requiredDimensionsCheck({ dataset: "tabla-agregada" }),
      ]);
      expect(noPlace.errors.find((e) => e.params.dimension === "territory")?.severity).toBe("error");
      // Microdata (one row per person) is not a wide table: no age column is still an error.
      const personas = await run(SEX, [requiredDimensionsCheck({ dataset: "personas" })]);
      expect(severities(personas.errors).age).toBe("error");
      expect(personas.errors.find((e) => e.params.dimension === "age")?.message).toContain(
        "no hay una columna",
      );
      // A long aggregate table without an age column: no headers carry a dimension, still an error.
      const long = await run("barrio,sexo,casos\nBombal,F,3\n", [
        requiredDimensionsCheck({ dataset: "tabla-agregada" }),
      ]);
      expect(severities(long.errors).age).toBe("error");
    });

    const INDEC = join(SHARED, "data/real/ar_indec_censo2010_poblacion_sexo_por_departamento.csv");
    it.skipIf(!present(INDEC, "INDEC Censo 2010 file"))(
      "the INDEC census table by sex and departamento passes tabla-agregada with age reported as not disaggregated",
      async () => {
        const { errors, report } = await run(
          readFileSync(INDEC, "utf8"),
          disaggregationChecks({ dataset: "tabla-agregada" }),
        );
        expect(errors.filter((e) => e.severity === "error")).toEqual([]);
        expect(severities(errors)).toEqual({
          age: "warning",
          gender_identity: "warning",
          disability: "warning",
        });
        expect(report.tasks[0]?.stats.rows).toBe(527);
        expect(report.valid).toBe(true);
      },
    );
  });
});
