import { describe, expect, it } from "vitest";
import { tinyStrategy } from "../../test-support/tiny-strategy";
import { AssessmentFrameworkSchema, AssessmentSchema } from "../model/people";
import { CDA_FRAMEWORK, getPreset, WWC_TIERS } from "../presets";
import { loadStrategy } from "../validate/parse";
import { inventoryStatus } from "./inventory";
import { maturityScore } from "./maturity";
import { surveyDemand } from "./survey";

describe("surveyDemand", () => {
  it("counts topics and hides those chosen by fewer than 5", () => {
    const doc = getPreset("mendoza-2024-2026");
    const instrument = doc?.surveys[0];
    if (!instrument) throw new Error("missing survey");
    const responses = Array.from({ length: 8 }, (_, i) => ({
      instrumentId: "diagnostico-capacidad",
      instrumentVersion: "2024",
      submittedAt: "2024-04-01",
      answers: { datos_para_decisiones: i < 6 ? ["transito", "salud"] : ["transito", "deportes"] },
    }));
    const demand = surveyDemand(instrument, responses, "datos_para_decisiones");
    expect(demand[0]).toEqual({
      topic: "transito",
      count: 8,
      pct: 100,
      hidden: false,
      reason: null,
      superTheme: ["TRAN"],
    });
    expect(demand[1]).toMatchObject({ topic: "salud", count: 6, pct: 75 });
    expect(demand.find((t) => t.topic === "deportes")).toMatchObject({
      count: null,
      pct: null,
      hidden: true,
      reason: "hidden",
    });
    expect(demand).toHaveLength(13);
    // Hidden topics come last and by name: their place says nothing about their count.
    const hidden = demand.filter((t) => t.hidden).map((t) => t.topic);
    expect(demand.slice(-hidden.length).map((t) => t.topic)).toEqual(
      [...hidden].sort((a, b) => a.localeCompare(b)),
    );
  });
});

describe("maturityScore", () => {
  it("scores criteria met, honours m-of-n and prerequisites, and picks the tier", () => {
    const fw = AssessmentFrameworkSchema.parse({ ...CDA_FRAMEWORK, tiers: WWC_TIERS });
    const met = ["governance", "quality", "use", "capacity", "transparency"].map((criterionId) => ({
      criterionId,
      met: true,
    }));
    const s = maturityScore(
      fw,
      AssessmentSchema.parse({ id: "a", frameworkId: "cda", date: "2024-06-01", answers: met }),
    );
    expect(s).toMatchObject({ met: 5, total: 8, pct: 62.5, tier: "silver" });
    expect(s.byDimension[0]).toEqual({ dimensionId: "componentes", met: 5, total: 5, pct: 100 });
  });
});

describe("inventoryStatus", () => {
  it("computes coverage, freshness and DCAT-AR completeness", () => {
    const input = tinyStrategy();
    input.orgUnits?.push({ id: "salud", name: { es: "Salud" }, kind: "direccion" });
    input.datasets = [
      {
        id: "d1",
        title: "Arbolado",
        accessLevel: "public",
        state: "published",
        orgUnitId: "datos",
        accrualPeriodicity: "R/P1M",
        modified: "2024-09-15",
        description: "x",
        superTheme: ["ENVI"],
      },
      {
        id: "d2",
        title: "Turnos",
        accessLevel: "non-public",
        state: "existing",
        orgUnitId: "datos",
        accrualPeriodicity: "R/P1M",
        modified: "2024-01-01",
      },
    ];
    const s = inventoryStatus(loadStrategy(input), "2024-10-01");
    expect(s.coveragePct).toBe(50);
    expect(s.updatedPct).toBe(50);
    expect(s.byState).toEqual({ existing: 1, planned: 0, published: 1, retired: 0 });
    expect(s.requiredPct).toBe(42.9); // (4/7 + 2/7) / 2
  });
});
