import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { coordinates, countBy, countByMonth, pickCategory, pickDate } from "../src/aggregate";
import type { Snapshot } from "../src/snapshot";

const columns = [
  { name: "id", type: "integer" },
  { name: "fecha", type: "date" },
  { name: "tipo", type: "string" },
];
const rows = [
  { id: "1", fecha: "2026-01-10", tipo: "Poda" },
  { id: "2", fecha: "2026-01-20", tipo: "Bache" },
  { id: "3", fecha: "2026-02-02", tipo: "Poda" },
];

describe("the chart's aggregation", () => {
  it("counts rows by category, largest first", () => {
    expect(countBy(rows, "tipo")).toEqual([
      { key: "Poda", count: 2 },
      { key: "Bache", count: 1 },
    ]);
  });

  it("picks a category column and a date column", () => {
    expect(pickCategory(columns, rows)).toBe("tipo");
    expect(pickCategory(columns, rows, "id")).toBe("id");
    expect(pickDate(columns)).toBe("fecha");
  });

  it("counts rows per month and finds coordinates", () => {
    expect(countByMonth(rows, "fecha").map((m) => m.count)).toEqual([2, 1]);
    expect(coordinates(columns, rows)).toBeNull();
    expect(
      coordinates(
        [
          { name: "lat", type: "number" },
          { name: "lon", type: "number" },
        ],
        [{ lat: "-32.89", lon: "-68.84" }],
      ),
    ).toEqual([{ lat: -32.89, lon: -68.84 }]);
  });
});

// The snapshot exists after `npm run build` (or `npm run snapshot`).
const file = new URL("../src/data/snapshot.json", import.meta.url);
describe.skipIf(!existsSync(file))("src/data/snapshot.json", () => {
  it("has the shape the page reads", () => {
    const snapshot = JSON.parse(readFileSync(file, "utf8")) as Snapshot;
    expect(snapshot.format).toBe("ciudata-dashboard-snapshot/1");
    expect(snapshot.rows.length).toBeGreaterThan(0);
    expect(snapshot.columns.map((c) => c.name)).toEqual(Object.keys(snapshot.rows[0] ?? {}));
    expect(snapshot.quality.dimensions.length).toBe(8);
    for (const d of snapshot.quality.dimensions)
      expect(d.score === null || (d.score >= 0 && d.score <= 100)).toBe(true);
    // The map by territory (with "areas" in ciudata.config.json): an SVG without scripts.
    if (snapshot.map) {
      expect(snapshot.map.svg.startsWith("<svg")).toBe(true);
      expect(snapshot.map.svg).not.toMatch(/<script/i);
    }
  });
});
