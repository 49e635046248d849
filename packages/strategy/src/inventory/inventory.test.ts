import { checkIssueCatalogs, LANGS, renderIssue } from "@ciudata/core";
import { describe, expect, it } from "vitest";
import { inventoryStatus } from "../compute/inventory";
import { inventoryIssues } from "../messages/inventory-issues";
import { strategyIssues } from "../messages/issues";
import type { StrategyDocument } from "../model/document";
import type { DatasetReview, InventoryFileInput } from "../model/inventory";
import { getPreset } from "../presets";
import { renderMarkdown } from "../report/markdown";
import { strategyReport } from "../report/snapshot";
import { appendReviews } from "./append";
import { parseInventory } from "./parse";
import { inventoryReport } from "./report";

const review = (date: string, overall: number | null, outcome = "pass", sha = "a"): DatasetReview => ({
  date,
  source: "x.csv",
  sha256: sha.repeat(64).slice(0, 64),
  rows: 10,
  quality: { overall, outcome, formulaVersion: "1", dimensions: { validity: overall }, errors: 0 },
  privacy: { directIdentifiers: false, personalColumns: [] },
});

const area = (id: string) => ({ id, name: { es: id }, kind: "area" as const });
const dataset = (id: string, orgUnitId: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: id,
  orgUnitId,
  accessLevel: "public" as const,
  state: "existing" as const,
  accrualPeriodicity: "R/P1M",
  modified: "2026-01-15",
  contactPoint: { fn: "Mesa de datos" },
  distribution: [{ identifier: `${id}-csv`, title: "CSV", downloadURL: `${id}.csv` }],
  ...extra,
});

function inventory(): InventoryFileInput {
  return {
    format: "ciudata-inventory",
    version: 1,
    orgUnits: [area("salud"), area("hacienda"), area("obras")],
    datasets: [
      dataset("turnos", "salud", {
        reviews: [review("2026-02-01", 80), review("2026-03-01", 92.5, "pass", "b")],
      }),
      dataset("padron", "salud", {
        personalData: true,
        accessLevel: "restricted",
        reviews: [review("2026-02-01", 60, "fail")],
      }),
      dataset("tasas", "hacienda", { personalData: true, accessLevel: "internal" }),
    ],
  };
}

describe("parseInventory", () => {
  it("accepts a valid inventory and fills defaults", () => {
    const r = parseInventory(inventory());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.inventory.datasets[2]?.reviews).toEqual([]);
  });

  it("locates repeated ids, undeclared areas, unknown periodicities and personal data open to all", () => {
    const inv = inventory();
    inv.datasets = [
      ...(inv.datasets ?? []),
      dataset("turnos", "cultura", {
        accrualPeriodicity: "mensual",
        personalData: true,
        contactPoint: undefined,
      }),
    ];
    const r = parseInventory(inv);
    expect(r.ok).toBe(false);
    const found = r.issues.map((i) => [i.type, i.params.path, i.severity]);
    expect(found).toEqual([
      ["inventory/duplicate-id", "datasets[3].id", "error"],
      ["inventory/unknown-area", "datasets[3].orgUnitId", "error"],
      ["inventory/unknown-periodicity", "datasets[3].accrualPeriodicity", "error"],
      ["inventory/missing-contact", "datasets[3].contactPoint", "warning"],
      ["inventory/personal-public", "datasets[3].accessLevel", "error"],
    ]);
    const es = renderIssue(r.issues[2] as never, "es", [strategyIssues, inventoryIssues]);
    expect(es).toContain("En datasets[3].accrualPeriodicity");
    expect(es).toContain("R/P1M");
    expect(es).toContain('«"mensual"»');
  });

  it("reports a broken file with located issues, never throwing", () => {
    expect(parseInventory("{ nope").issues[0]?.type).toBe("inventory/invalid-json");
    const r = parseInventory({ format: "ciudata-inventory", version: 1, datasets: [{ id: "x", colour: 1 }] });
    expect(r.ok).toBe(false);
    const paths = r.issues.map((i) => i.params.path);
    expect(paths).toContain("datasets[0].colour");
    expect(paths).toContain("datasets[0].title");
  });

  it("words every inventory issue in es, en and pt", () => {
    expect(checkIssueCatalogs(inventoryIssues)).toEqual([]);
    for (const lang of LANGS)
      expect(
        renderIssue(parseInventory("{").issues[0] as never, lang, [strategyIssues, inventoryIssues]),
      ).not.toContain("inventory/");
  });
});

describe("inventoryReport", () => {
  const inv = parseInventory(inventory());
  if (!inv.ok) throw new Error(`fixture: ${inv.issues.map((i) => i.note).join("; ")}`);

  it("counts coverage by area from every dataset", () => {
    const r = inventoryReport(inv.inventory, "2026-03-10");
    expect(r.coverage).toEqual({ areas: 3, inventoried: 2, passedProtocol: 0 });
    expect(r.areas.map((a) => [a.id, a.datasets, a.reviewed, a.passed, a.passedProtocol])).toEqual([
      ["salud", 2, 2, 1, false],
      ["hacienda", 1, 0, 0, false],
      ["obras", 0, 0, 0, false],
    ]);
    expect(r.status.coveragePct).toBe(66.7);
  });

  it("lists stale datasets against their periodicity, personal data without review, and score trends", () => {
    const r = inventoryReport(inv.inventory, "2026-03-10");
    expect(r.stale.map((s) => [s.id, s.due, s.daysOverdue])).toEqual([
      ["turnos", "2026-02-15", 23],
      ["padron", "2026-02-15", 23],
      ["tasas", "2026-02-15", 23],
    ]);
    expect(inventoryReport(inv.inventory, "2026-02-10").stale).toEqual([]);
    expect(r.personalWithoutPrivacyReview.map((d) => d.id)).toEqual(["tasas"]);
    const turnos = r.trends[0];
    expect(turnos?.reviews.map((p) => p.overall)).toEqual([80, 92.5]);
    expect(turnos?.change).toBe(12.5);
    expect(turnos?.sourceChanged).toBe(true);
  });

  it("leaves out reviews dated after the day", () => {
    const r = inventoryReport(inv.inventory, "2026-02-15");
    expect(r.trends[0]?.reviews.map((p) => p.date)).toEqual(["2026-02-01"]);
    expect(r.trends[0]?.change).toBeNull();
  });
});

describe("appendReviews", () => {
  it("appends to the history as written, leaving the rest of the file as it was", () => {
    const raw = inventory();
    const next = appendReviews(JSON.stringify(raw), [
      { datasetId: "tasas", review: review("2026-04-01", 70) },
    ]);
    const datasets = next.datasets as Record<string, unknown>[];
    expect(datasets[2]?.reviews).toEqual([review("2026-04-01", 70)]);
    expect(datasets[0]?.reviews).toEqual(raw.datasets?.[0]?.reviews);
    expect("superTheme" in (datasets[2] ?? {})).toBe(false);
    expect(() => appendReviews(raw, [{ datasetId: "nada", review: review("2026-04-01", 1) }])).toThrow(
      TypeError,
    );
  });
});

describe("strategyReport with an inventory", () => {
  it("shows the inventory's status as the measured progress of the action named, or guessed by its id", () => {
    const inv = parseInventory(inventory());
    if (!inv.ok) throw new Error("fixture");
    const status = inventoryStatus(inv.inventory, "2026-03-10");
    const doc = getPreset("mendoza-2024-2026") as StrategyDocument;
    const guessed = strategyReport(doc, "2024-10-01", { lang: "en", inventory: { status } });
    expect(guessed.inventory).toMatchObject({
      actionId: "inventario-por-area",
      actionGuessed: true,
      coveragePct: 66.7,
    });
    const action = guessed.actions.find((a) => a.id === "inventario-por-area");
    expect(action?.measured?.text).toBe("inventory: areas 66.7%, datasets up to date 0%");
    expect(renderMarkdown(guessed)).toContain("(inventory: areas 66.7%");
    const named = strategyReport(doc, "2024-10-01", {
      inventory: { status, actionId: "protocolo-compartir-datos" },
    });
    expect(named.inventory?.actionGuessed).toBe(false);
    expect(named.actions.filter((a) => a.measured).map((a) => a.id)).toEqual(["protocolo-compartir-datos"]);
    expect(strategyReport(doc, "2024-10-01").inventory).toBeUndefined();
  });
});
