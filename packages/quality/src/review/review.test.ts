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
});
