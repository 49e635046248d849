import { describe, expect, it } from "vitest";
import { detectDimensions, detectLayout } from ".";

describe("detectLayout", () => {
  it("finds long columns by header, with qualifiers and camelCase", () => {
    const l = detectLayout([
      "Sexo",
      "Rango de edad",
      "Clave_Ent",
      "departamentoId",
      "codigo_barrio",
      "edad_promedio",
      "casos",
    ]);
    expect(l.long.map((c) => [c.label, c.dimension])).toEqual([
      ["Sexo", "sex"],
      ["Rango de edad", "age"],
      ["Clave_Ent", "territory"],
      ["departamentoId", "territory"],
      ["codigo_barrio", "territory"],
    ]);
    expect(l.wide).toEqual([]);
  });

  it("takes the open age band `65+` as a band of a wide table, but not a bare number (issue #17, finding 7)", () => {
    const l = detectLayout(["barrio", "0-14", "15-64", "65+", "Total"]);
    expect(l.wide.map((g) => [g.dimension, g.parts.map((p) => p.code), g.total?.label])).toEqual([
      ["age", ["Y0T14", "Y15T64", "Y_GE65"], "Total"],
    ]);
    expect(detectLayout(["barrio", "2020", "65", "Total"]).wide).toEqual([]);
  });

  it("finds wide groups with bare and prefixed labels and their totals", () => {
    const l = detectLayout([
      "anio",
      "Hombres",
      "Mujeres",
      "Total",
      "0 a 14 años",
      "15 a 64 años",
      "65 y más",
    ]);
    expect(l.wide.map((g) => [g.dimension, g.parts.map((p) => p.code), g.total?.label ?? null])).toEqual([
      ["sex", ["M", "F"], "Total"],
      ["age", ["Y0T14", "Y15T64", "Y_GE65"], null],
    ]);
    expect(detectLayout(["2020", "2021", "M", "F"]).wide).toEqual([]);
  });

  it("reads schema annotations", () => {
    const l = detectLayout(["a", "b", "c"], {
      fields: [
        { name: "a", "x-disaggregation": "sex" },
        { name: "b", "x-disaggregation": { dimension: "age", code: "Y0T17" } },
        { name: "c", "x-disaggregation": { dimension: "age", code: "_T" } },
      ],
    });
    expect(l.long).toEqual([{ dimension: "sex", index: 0, label: "a", via: "schema" }]);
    expect(l.wide[0]).toMatchObject({ dimension: "age", parts: [{ code: "Y0T17" }], total: { index: 2 } });
  });

  it("answers the quality required-dimensions hook", () => {
    expect(detectDimensions(["Código", "Varón", "Mujer", "Total"])).toEqual([
      { dimension: "sex", label: "Varón" },
      { dimension: "sex", label: "Mujer" },
      { dimension: "sex", label: "Total" },
    ]);
    expect(detectDimensions(["barrio", "casos"])).toEqual([{ dimension: "territory", label: "barrio" }]);
  });
});
