import { readFileSync } from "node:fs";
import { join } from "node:path";
import { flatten, validateTable } from "@ciudata/table";
import { describe, expect, it } from "vitest";
import { run } from "../../../test-support/run-checks";
import { present, SHARED } from "../../../test-support/shared";
import { disaggregationChecks } from "..";
import { totalsCheck } from "./totals";

const INDEC = join(SHARED, "data/real/ar_indec_censo2010_poblacion_sexo_por_departamento.csv");
const CENSO = join(SHARED, "data/real/ar_datosgobar_legacy_censo-2010_comuna1_truncado.csv");
const mismatches = (r: Awaited<ReturnType<typeof validateTable>>) =>
  flatten(r, ["rowNumber", "fieldNumber", "fieldName", "cell", "type"]).filter(
    (e) => e[4] === "disaggregation/total-mismatch",
  );

describe("totalsCheck", () => {
  it("checks wide groups row by row within the tolerance", async () => {
    const { rows, errors } = await run(
      "Código,Varón,Mujer,Total\n02001,3.0,4.0,7.0\n02002,1,1,3\n02003,1,1,2.4\n",
      [totalsCheck()],
    );
    expect(rows).toEqual([[3, 4, "disaggregation/total-mismatch"]]);
    expect(errors[0]?.params).toMatchObject({
      sum: 2,
      total: 3,
      difference: 1,
      parts: "Varón + Mujer",
    });
    expect(errors[0]?.message).toBe(
      "Fila 3, columna 4 (Total): el total de sexo no es la suma de sus partes (Varón + Mujer): la suma da 2, la diferencia es 1; se esperaba: 2; se encontró: «3»; qué hacer: revise la fila: una parte mal cargada, un total desactualizado o una categoría que falta (desconocidos incluidos).",
    );
  });

  it("checks the totals of a wide sex table row by row, decimals written as `98097.0` (issue #17, finding 7)", async () => {
    const good =
      "Código,Varón,Mujer,Total\n02001,98097.0,107789.0,205886.0\n02002,68042.0,89890.0,157932.0\n";
    expect((await run(good, [totalsCheck()])).rows).toEqual([]);
    const bad = good.replace("157932.0", "157933.0");
    const { rows, errors } = await run(bad, [totalsCheck()], { lang: "en" });
    expect(rows).toEqual([[3, 4, "disaggregation/total-mismatch"]]);
    expect(errors[0]).toMatchObject({ fieldName: "Total", cell: "157933.0" });
    expect(errors[0]?.message).toMatch(
      /^Row 3, column 4 \(Total\): the sex total is not the sum of its parts \(Varón \+ Mujer\): they add up to 157,932, a difference of 1; expected: 157,932; found: .157933\.0./,
    );
  });

  it("checks the totals of a wide age-band table, the open band `65+` included (issue #17, finding 7)", async () => {
    const csv = "barrio,0-14,15-64,65+,Total\nBombal,10,20,5,35\nPedro Molina,1,2,3,7\n";
    const { rows, errors } = await run(csv, [totalsCheck()]);
    expect(rows).toEqual([[3, 5, "disaggregation/total-mismatch"]]);
    expect(errors[0]?.params).toMatchObject({
      dimension: "age",
      parts: "0-14 + 15-64 + 65+",
      sum: 6,
      total: 7,
    });
    const spelled = "barrio,0 a 14,15 a 64,65 y más,Total\nBombal,10,20,5,35\n";
    expect((await run(spelled, [totalsCheck()])).rows).toEqual([]);
  });

  it("checks `_T` rows of long tables against the sum of their group", async () => {
    const csv = [
      "anio,barrio,sexo,casos,monto",
      "2024,Bombal,Mujer,3,10",
      "2024,Bombal,Varón,4,5",
      "2024,Bombal,Total,7,15",
      "2024,Pedro Molina,Mujer,1,1",
      "2024,Pedro Molina,s/d,1,1",
      "2024,Pedro Molina,Ambos sexos,3,2",
      "",
    ].join("\n");
    const { rows, errors } = await run(csv, [totalsCheck()]);
    expect(rows).toEqual([[7, 4, "disaggregation/total-mismatch"]]);
    expect(errors[0]?.params.parts).toBe("F + _X");
    const tolerant = await run(csv, [totalsCheck({ measures: ["monto"] })]);
    expect(tolerant.rows).toEqual([]);
  });

  describe.skipIf(!present(INDEC, "INDEC Censo 2010 file"))(
    "acceptance: INDEC Censo 2010, sex by departamento",
    () => {
      const bytes = () => new Uint8Array(readFileSync(INDEC));

      it("recognises the sex dimension and the totals and reports no mismatch in 527 rows", async () => {
        const report = await validateTable(bytes(), {
          checks: disaggregationChecks({ dataset: "tabla-agregada" }),
        });
        expect(report.tasks[0]?.stats.rows).toBe(527);
        expect(mismatches(report)).toEqual([]);
        const types = new Set(report.tasks[0]?.errors.map((e) => e.type));
        expect(types.has("disaggregation/unmapped-value")).toBe(false);
      });

      it("reports the row and cell of one changed cell in a copy", async () => {
        const lines = readFileSync(INDEC, "utf8").split("\n");
        expect(lines[9]).toBe("02009,76207.0,85590.0,161797.0");
        lines[9] = "02009,76207.0,85590.0,161798.0";
        const report = await validateTable(lines.join("\n"), { checks: [totalsCheck()] });
        expect(mismatches(report)).toEqual([[10, 4, "Total", "161798.0", "disaggregation/total-mismatch"]]);
        // A changed part is reported at that row too, on the total it no longer adds up to.
        lines[9] = "02009,76200.0,85590.0,161797.0";
        const part = await validateTable(lines.join("\n"), { checks: [totalsCheck()] });
        expect(mismatches(part).map((e) => e.slice(0, 2))).toEqual([[10, 4]]);
      });
    },
  );

  it.skipIf(!present(CENSO, "Censo 2010 comuna 1 file"))(
    "checks sexo_* and edad_* totals in the Censo 2010 preview",
    async () => {
      const report = await validateTable(new Uint8Array(readFileSync(CENSO)), { checks: [totalsCheck()] });
      expect(mismatches(report)).toEqual([]);
    },
  );
});
