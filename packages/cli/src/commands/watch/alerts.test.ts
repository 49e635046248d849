import { describe, expect, it } from "vitest";
import { alertsFor, type WatchResult } from "./alerts";

const result = (over: Partial<WatchResult>): WatchResult => ({
  datasetId: "barrios",
  title: "Barrios",
  url: "https://datos.example.org/barrios.csv",
  status: "new",
  downloaded: true,
  etag: null,
  lastModified: null,
  sha256: "a".repeat(64),
  bytes: 10,
  validatedAsOf: "2026-06-01",
  rows: 5,
  score: 95,
  outcome: "pass",
  formulaVersion: "1",
  errors: 0,
  dimensions: {},
  fields: [
    { name: "id", type: "integer" },
    { name: "seccion", type: "string" },
  ],
  directIdentifiers: false,
  personalColumns: [],
  periodicity: "R/P1M",
  lastUpdate: "2026-05-20",
  changedOn: null,
  due: "2026-06-20",
  stale: false,
  reason: null,
  ...over,
});

describe("alertsFor", () => {
  it("raises a schema alert for fields added, removed and retyped since the last content reviewed", () => {
    const before = result({});
    const now = result({
      status: "changed",
      fields: [
        { name: "id", type: "string" },
        { name: "poblacion", type: "integer" },
      ],
    });
    expect(alertsFor(now, { last: before, reviewed: before }, 80, "2026-06-02")).toEqual([
      {
        datasetId: "barrios",
        kind: "schema",
        added: ["poblacion"],
        removed: ["seccion"],
        retyped: [{ name: "id", from: "integer", to: "string" }],
      },
    ]);
    // The same fields in new bytes: nothing to say.
    expect(
      alertsFor(result({ status: "changed" }), { last: before, reviewed: before }, 80, "2026-06-02"),
    ).toEqual([]);
  });

  it("alerts when a condition starts, not again on every run while it lasts", () => {
    const low = result({ score: 60 });
    expect(alertsFor(low, undefined, 80, "2026-06-02")).toEqual([
      { datasetId: "barrios", kind: "score", score: 60, threshold: 80, previous: null },
    ]);
    expect(
      alertsFor(result({ score: 60, status: "unchanged" }), { last: low, reviewed: low }, 80, "2026-06-02"),
    ).toEqual([]);
    const fell = alertsFor(
      result({ score: 70, status: "changed" }),
      { last: result({}), reviewed: result({}) },
      80,
      "2026-06-02",
    );
    expect(fell).toEqual([{ datasetId: "barrios", kind: "score", score: 70, threshold: 80, previous: 95 }]);
    const stale = result({ stale: true, due: "2026-06-20" });
    expect(alertsFor(stale, { last: result({}), reviewed: result({}) }, 80, "2026-06-25")).toEqual([
      {
        datasetId: "barrios",
        kind: "stale",
        periodicity: "R/P1M",
        lastUpdate: "2026-05-20",
        due: "2026-06-20",
        daysOverdue: 5,
      },
    ]);
    expect(alertsFor(stale, { last: stale, reviewed: stale }, 80, "2026-06-26")).toEqual([]);
    const reason = { es: "sin conexión", en: "no connection", pt: "sem conexão" };
    const down = result({ status: "unreachable", reason, score: null });
    expect(alertsFor(down, { last: result({}), reviewed: result({}) }, 80, "2026-06-02")).toEqual([
      { datasetId: "barrios", kind: "unreachable", reason },
    ]);
    expect(alertsFor(down, { last: down, reviewed: result({}) }, 80, "2026-06-03")).toEqual([]);
  });
});
