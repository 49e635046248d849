import { describe, expect, it } from "vitest";
import { validateTable } from "../checks/_shared/run.test-helpers";
import { scoreReport } from "../score";
import { cityRulesCheck } from "./city-rules";
import { where } from "./run.test-helpers";
import { parseProfile } from "./schema";

const profile = (rules: unknown[], codeLists: Record<string, string[]> = {}) => {
  const r = parseProfile({ id: "t", name: { es: "T" }, rules, codeLists });
  if (!r.ok) throw new Error(JSON.stringify(r.errors.map((e) => e.params)));
  return r.profile;
};

const run = async (csv: string, rules: unknown[], codeLists: Record<string, string[]> = {}) => {
  const report = await validateTable(csv, { checks: [cityRulesCheck(profile(rules, codeLists))] });
  return { report, errors: report.tasks[0]?.errors.filter((e) => e.type.startsWith("quality/")) ?? [] };
};

describe("a city's own rules", () => {
  it("checks values against a code list, counting against accuracy", async () => {
    const { report, errors } = await run(
      "barrio,n\nCentro,1\nCentr,2\n,3\n",
      [
        {
          id: "barrio-valido",
          type: "code-list",
          field: "barrio",
          list: "barrios",
          message: { es: "use el nombre oficial" },
        },
      ],
      { barrios: ["Centro", "Norte"] },
    );
    expect(where(errors)).toEqual([[3, 1, "quality/profile/code-list"]]);
    expect(errors[0]?.params).toMatchObject({
      rule: "barrio-valido",
      list: "barrios",
      dimension: "accuracy",
      hint: "use el nombre oficial",
    });
    expect(errors[0]?.message).toContain("el valor no está en la lista «barrios» (regla barrio-valido)");
    expect(scoreReport(report).dimensions.accuracy.score).toBe(83.3);
  });

  it("checks patterns, required values and ranges", async () => {
    const { errors } = await run("cuit,edad,nombre\n20-12345678-9,30,Ana\n2012345678,130,\n", [
      { id: "cuit", type: "pattern", field: "cuit", pattern: "\\d{2}-\\d{8}-\\d", example: "20-12345678-9" },
      { id: "edad", type: "range", field: "edad", minimum: 0, maximum: 120 },
      { id: "nombre", type: "required", field: "nombre", dimension: "completeness" },
    ]);
    expect(where(errors)).toEqual([
      [3, 1, "quality/profile/pattern"],
      [3, 2, "quality/profile/range"],
      [3, 3, "quality/profile/required"],
    ]);
    expect(errors[0]?.params).toMatchObject({
      received: "2#########",
      example: "20-12345678-9",
      dimension: "validity",
    });
    expect(errors[1]?.params.expected).toBe("entre 0 y 120");
  });

  it("compares columns as numbers or ISO dates", async () => {
    const { errors } = await run(
      "inicio,fin,min,max\n2024-01-01,2024-12-31,1,10\n2024-05-01,2024-02-01,9,10\n2024-01-01,,20,3\n",
      [
        { id: "periodo", type: "compare", field: "inicio", operator: "<=", other: "fin" },
        { id: "rango", type: "compare", field: "min", operator: "<", other: "max" },
      ],
    );
    expect(where(errors)).toEqual([
      [3, 1, "quality/profile/compare"],
      [4, 3, "quality/profile/compare"],
    ]);
    expect(errors[0]?.params).toMatchObject({ condition: "inicio <= fin", dimension: "consistency" });
  });

  it("reports once a rule whose column is not in the file", async () => {
    const { errors } = await run("a\n1\n2\n", [{ id: "r", type: "required", field: "barrio" }]);
    expect(where(errors)).toEqual([[null, null, "quality/profile/required"]]);
    expect(errors[0]?.message).toBe(
      "Encabezado: la columna «barrio» que usa la regla r no está en el archivo; se esperaba: barrio; se encontró: «a».",
    );
  });
});
