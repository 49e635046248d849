import type { Report } from "@ciudata/table";
import { describe, expect, it } from "vitest";
import { validateTable } from "../_shared/run.test-helpers";
import { detectDimensionsBySynonyms, labelMatches, requiredDimensions } from "./required-dimensions";

const found = (r: Report) => (r.tasks[0]?.errors ?? []).filter((e) => e.type === "quality/missing-dimension");

describe("requiredDimensions", () => {
  it("reports each required disaggregation no header carries", async () => {
    const report = await validateTable("barrio,casos\nPalermo,3\n", { checks: [requiredDimensions()] });
    const errors = found(report);
    expect(errors.map((e) => e.params.dimension)).toEqual(["sexo", "edad"]);
    expect(errors[0]).toMatchObject({ rowNumber: null, fieldNumber: null, severity: "warning" });
    expect(errors[0]?.message).toMatch(
      /^Encabezado: no hay una columna para desagregar por sexo; se esperaba: una columna como sexo, sex, genero/,
    );
    expect(report.valid).toBe(true);
  });

  it("recognises headers by synonyms in es/en/pt and wide layouts", async () => {
    const report = await validateTable("Género,Rango de edad,COMUNA,casos\nF,18-29,1,3\n", {
      checks: [requiredDimensions()],
    });
    expect(found(report)).toHaveLength(0);
    expect(detectDimensionsBySynonyms(["Código", "Varón", "Mujer", "Total"])).toEqual(["sexo"]);
    expect(detectDimensionsBySynonyms(["sexo_varon", "edad_0-4", "provincia_id"])).toEqual([
      "sexo",
      "edad",
      "territorio",
    ]);
    expect(labelMatches("ESTADO", ["edad"])).toBe(false);
    expect(labelMatches("idade", ["idade"])).toBe(true);
  });

  it("accepts English dimension names, extra synonyms and other dimensions", async () => {
    const report = await validateTable("pueblo_originario,cantidad\nqom,3\n", {
      checks: [
        requiredDimensions({
          required: ["sex", "etnia"],
          synonyms: { etnia: ["pueblo_originario"], sex: ["varones_mujeres"] },
        }),
      ],
      lang: "en",
    });
    expect(found(report).map((e) => e.params.dimension)).toEqual(["sexo"]);
    expect(found(report)[0]?.message).toContain("there is no column to disaggregate by sex");
  });

  it("delegates to a detector (the @ciudata/disaggregation hook) and falls back when it fails or is absent", async () => {
    const seen: string[][] = [];
    const detector = (labels: readonly string[]) => {
      seen.push([...labels]);
      return [{ dimension: "sex", field: "s" }, "age"];
    };
    const delegated = await validateTable("s,a,barrio\nF,3,Palermo\n", {
      checks: [requiredDimensions({ delegate: detector })],
    });
    expect(found(delegated)).toHaveLength(0);
    expect(seen).toEqual([["s", "a", "barrio"]]);
    const failing = await validateTable("s,barrio\nF,Palermo\n", {
      checks: [
        requiredDimensions({
          delegate: () => {
            throw new Error("boom");
          },
        }),
      ],
    });
    expect(found(failing).map((e) => e.params.dimension)).toEqual(["sexo", "edad"]);
    // The package is not installed here: the dynamic import fails quietly and the synonyms answer.
    const absent = await validateTable("sexo,barrio\nF,Palermo\n", { checks: [requiredDimensions()] });
    expect(found(absent).map((e) => e.params.dimension)).toEqual(["edad"]);
    const off = await validateTable("sexo,edad,barrio\nF,3,Palermo\n", {
      checks: [requiredDimensions({ delegate: false })],
    });
    expect(found(off)).toHaveLength(0);
  });
});
