import { describe, expect, it } from "vitest";
import { AR_DATOS_ABIERTOS } from "../profiles";
import { parseProfile } from "../profiles/schema";
import { review } from "./review";

describe("review", () => {
  it("scores every dimension it checked and leaves unchecked ones without a score", async () => {
    const { report, scores } = await review("id,edad\n1,30\n2,x\n2,40\n", {
      schema: {
        fields: [
          { name: "id", type: "integer" },
          { name: "edad", type: "integer" },
        ],
        primaryKey: ["id"],
      },
    });
    expect(report.valid).toBe(false);
    expect(scores.dimensions.validity.score).toBeLessThan(100);
    expect(scores.dimensions.uniqueness.score).toBeLessThan(100);
    expect(scores.dimensions.timeliness.score).toBeNull();
  });

  it("applies the Argentine publishing profile: file rules and value rules in one report", async () => {
    const { report } = await review("Fecha;Monto\n31/12/2024;1.234,5\n", { profile: AR_DATOS_ABIERTOS });
    const types = new Set(report.tasks[0]?.errors.map((e) => e.type));
    expect(types.has("quality/profile/delimiter")).toBe(true);
    expect(types.has("quality/profile/header-name")).toBe(true);
  });

  it("runs a city profile's timeliness check as of the review date, never the clock", async () => {
    const parsed = parseProfile({
      id: "mendoza-padron",
      name: { es: "Padrón" },
      checks: [{ rule: "quality/stale-data", options: { field: "fecha", maxAge: "P1M" } }],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const csv = "fecha\n2026-01-10\n2026-02-01\n";
    const old = await review(csv, { profile: parsed.profile, asOf: "2026-11-22" });
    expect(old.report.tasks[0]?.errors.map((e) => e.type)).toContain("quality/stale-data");
    expect(old.scores.dimensions.timeliness.score).toBeLessThan(100);
    const fresh = await review(csv, { profile: parsed.profile, asOf: "2026-02-15" });
    expect(fresh.report.tasks[0]?.errors.map((e) => e.type)).not.toContain("quality/stale-data");
    expect(fresh.scores.dimensions.timeliness.score).toBe(100);
  });

  it("masks the columns the privacy scan classes as personal when the caller passes no masking (issue #17)", async () => {
    // A personal column (nombre) and a public one (barrio), each with a value that breaks the schema.
    const csv = "nombre,barrio,edad\nJuan Pérez,Palermo,30\nAna Ruiz,Once,x\nLuis Gómez,Flores,41\n";
    const schema = {
      fields: [
        { name: "nombre", type: "string" as const, constraints: { maxLength: 8 } },
        { name: "barrio", type: "string" as const, constraints: { enum: ["Palermo", "Flores"] } },
        { name: "edad", type: "integer" as const },
      ],
    };
    const { report } = await review(csv, { schema });
    const text = JSON.stringify(report.tasks[0]?.errors);
    // Names of people never appear in clear; the barrio and the age that broke the schema do.
    for (const name of ["Juan Pérez", "Ana Ruiz", "Luis Gómez"]) expect(text).not.toContain(name);
    const cell = (field: string) =>
      report.tasks[0]?.errors.find((e) => e.fieldName === field && e.type === "constraint-error")?.cell;
    expect(cell("barrio")).toBe("Once");
    expect(report.tasks[0]?.errors.find((e) => e.type === "type-error")?.cell).toBe("x");
    expect(cell("nombre")).toBeDefined();
    // The caller's masking still wins: mask every cell.
    const all = await review(csv, { schema, masking: { personal: [], all: true } });
    expect(all.report.tasks[0]?.errors.find((e) => e.fieldName === "barrio")?.cell).not.toBe("Once");
  });
});
