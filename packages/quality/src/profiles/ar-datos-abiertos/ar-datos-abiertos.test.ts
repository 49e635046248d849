import { flatten } from "@ciudata/table";
import { describe, expect, it } from "vitest";
import { scoreReport } from "../../score";
import { profileChecks } from "../checks";
import { validateWithProfile } from "../findings";
import { AR_DATOS_ABIERTOS } from "./profile";

describe("the ar-datos-abiertos profile", () => {
  it("passes a file written as the guide asks", async () => {
    const csv =
      'barrio,fecha_relevamiento,monto,activo,latitud,longitud\n"Centro, Mendoza",2024-12-31,1234.56,true,-32.8895,-68.8458\n';
    const report = await validateWithProfile(csv, AR_DATOS_ABIERTOS);
    expect(flatten(report, ["type"], { includeWarnings: true })).toEqual([]);
    expect(report.valid).toBe(true);
  });

  it("reports every rule a typical spreadsheet export breaks", async () => {
    const csv =
      "Barrio;Fecha;Monto;Activo;lat\nCentro ;31/12/2024;$ 1.234,56;Si;-32,88\nNorte;2024-01-01;12;No;-32.9\n";
    const report = await validateWithProfile(csv, AR_DATOS_ABIERTOS);
    expect(report.valid).toBe(false);
    expect(flatten(report, ["rowNumber", "fieldNumber", "type"])).toEqual([
      [null, null, "quality/profile/delimiter"],
      [null, 1, "quality/profile/header-name"],
      [null, 2, "quality/profile/header-name"],
      [null, 3, "quality/profile/header-name"],
      [null, 4, "quality/profile/header-name"],
      [null, 5, "quality/profile/coordinates"],
      [2, 1, "quality/profile/trimmed-values"],
      [2, 5, "quality/profile/decimal-point"],
      [2, 3, "quality/profile/currency-symbol"],
      [2, 2, "quality/profile/iso-date"],
      [2, 5, "quality/profile/coordinates"],
      [2, 4, "quality/profile/boolean-values"],
      [3, 4, "quality/profile/boolean-values"],
    ]);
    expect(report.stats.errors).toBe(13);
    const delimiter = report.tasks[0]?.errors[0];
    expect(delimiter?.message).toMatch(
      /^Archivo: las columnas no están separadas por comas; se esperaba: , \(coma\)/,
    );
    const scores = scoreReport(report);
    expect(scores.dimensions.validity.score).toBeLessThan(80);
    expect(scores.outcome).toBe("fail");
  });

  it("runs file rules after the read, table rules in the same pass", () => {
    const { checks, skipped } = profileChecks(AR_DATOS_ABIERTOS);
    expect(checks.map((c) => c.name)).toEqual([
      "quality/profile/header-name",
      "quality/profile/unique-headers",
      "quality/profile/trimmed-values",
      "quality/profile/decimal-point",
      "quality/profile/currency-symbol",
      "quality/profile/iso-date",
      "quality/profile/boolean-values",
      "quality/profile/coordinates",
    ]);
    expect(skipped).toEqual([]);
  });
});

describe("validateWithProfile", () => {
  it("does what its documentation says", async () => {
    const report = await validateWithProfile("Fecha;Monto\n31/12/2024;1.234,5\n", AR_DATOS_ABIERTOS, {
      lang: "en",
    });
    expect(flatten(report, ["type"]).map(([t]) => t)).toEqual([
      "quality/profile/delimiter",
      "quality/profile/header-name",
      "quality/profile/header-name",
      "quality/profile/decimal-point",
      "quality/profile/iso-date",
    ]);
    expect(report.tasks[0]?.errors[0]?.message).toMatch(/^File: columns are not separated by commas/);
  });
});
