import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkCatalogs } from "@ciudata/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collection, feature, square, twoBarrios } from "../../test-support/fixtures";
import { readAreas } from "../areas/read";
import { createCoverageCount } from "../coverage/count";
import { coverageTable } from "../coverage/table";
import { type ChoroplethDatum, choropleth } from "./choropleth";
import { classOf, quantileBreaks } from "./classes";
import { coverageMapData } from "./coverage";
import { choroplethMessages } from "./messages";

/** Each `<path>` of the map: its code, class, fill, path data and `<title>` text. */
function paths(svg: string) {
  return [
    ...svg.matchAll(
      /<path d="([^"]*)" fill="([^"]*)" data-code="([^"]*)" data-class="([^"]*)"><title>([^<]*)<\/title><\/path>/g,
    ),
  ].map((m) => ({ d: m[1] as string, fill: m[2], code: m[3], cls: m[4], title: m[5] as string }));
}

/** A row of ten 0.01° squares, codes "01" … "10". */
const ten = readAreas(
  collection(
    ...Array.from({ length: 10 }, (_, i) =>
      feature({ codigo: String(i + 1).padStart(2, "0"), nombre: `Barrio ${i + 1}` }, [
        square(-58.5 + i * 0.01, -34.6, 0.01),
      ]),
    ),
  ),
).areas;

describe("quantileBreaks and classOf", () => {
  it("splits the values in classes of equal size, ties kept together", () => {
    expect(quantileBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5)).toEqual([3, 5, 7, 9]);
    expect(quantileBreaks([1, 1, 1, 1, 2], 5)).toEqual([2]);
    expect(quantileBreaks([4, 4, 4], 5)).toEqual([]);
    expect(quantileBreaks([], 5)).toEqual([]);
    expect([1, 2, 3, 4, 9, 10].map((v) => classOf(v, [3, 5, 7, 9]))).toEqual([0, 0, 1, 1, 4, 4]);
  });
});

describe("choropleth", () => {
  it("gives each area the class of its value, with the breaks in the legend", () => {
    const data = ten.map((a, i) => ({ code: a.code, value: (i + 1) * 10 }));
    const svg = choropleth(ten, data, { lang: "en", measure: "Sites per 1,000 residents" });
    const drawn = paths(svg);
    expect(drawn.map((p) => p.cls)).toEqual(["0", "0", "1", "1", "2", "2", "3", "3", "4", "4"]);
    expect(new Set(drawn.map((p) => p.fill)).size).toBe(5);
    expect(drawn[2]?.title).toBe("Barrio 3: 30");
    for (const range of ["10 to under 30", "30 to under 50", "50 to under 70", "70 to under 90", "90 to 100"])
      expect(svg).toContain(`>${range}</text>`);
    expect(svg).toContain(">Sites per 1,000 residents</text>");
    expect(svg).not.toContain("No data");
    expect(svg).not.toMatch(/<script|href=|http:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it("hatches suppressed areas, greys areas with no value, and says both in the legend (es)", () => {
    const data: ChoroplethDatum[] = [
      { code: "01", value: 3, suppressed: true },
      { code: "02", value: null },
      { code: "03", value: 0.25 },
      { code: "04", value: 12.345 },
    ];
    const svg = choropleth(ten.slice(0, 5), data, { threshold: 5 });
    const drawn = paths(svg);
    expect(drawn.map((p) => [p.cls, p.title])).toEqual([
      ["suppressed", "Barrio 1: oculto por privacidad"],
      ["none", "Barrio 2: sin datos"],
      ["0", "Barrio 3: 0,25"],
      ["1", "Barrio 4: 12,3"],
      ["none", "Barrio 5: sin datos"],
    ]);
    expect(drawn[0]?.fill).toBe("url(#ciudata-map-hatch)");
    expect(svg).toContain('<pattern id="ciudata-map-hatch"');
    expect(svg).toContain(">Oculto por privacidad (protege cuentas menores que 5)</text>");
    expect(svg).toContain(">Sin datos</text>");
  });

  it("draws holes and multipolygons as rings of one path with the even-odd rule", () => {
    const layer = readAreas(twoBarrios);
    const svg = choropleth(layer.areas, [{ code: "A-ESTE", value: 1 }], { lang: "pt" });
    expect(svg).toContain('fill-rule="evenodd"');
    const byCode = new Map(paths(svg).map((p) => [p.code, p]));
    expect(byCode.get("A-ESTE")?.d.match(/M/g)).toHaveLength(2); // the outer ring and its hole
    expect(byCode.get("C-ISLA")?.d.match(/M/g)).toHaveLength(2); // two member polygons
    expect(byCode.get("C-ISLA")?.title).toBe("Isla: sem dados");
  });

  it("draws areas sharing a code as one territory", () => {
    const layer = readAreas(
      collection(
        feature({ barrio: "Norte", comuna: 1 }, [square(-58.5, -34.6, 0.01)]),
        feature({ barrio: "Sur", comuna: 1 }, [square(-58.5, -34.61, 0.01)]),
        feature({ barrio: "Este", comuna: 2 }, [square(-58.49, -34.6, 0.01)]),
      ),
      { codeField: "comuna", nameField: "barrio" },
    );
    const drawn = paths(
      choropleth(layer.areas, [
        { code: "1", value: 4 },
        { code: "2", value: 8 },
      ]),
    );
    expect(drawn.map((p) => [p.code, p.d.match(/M/g)?.length, p.title])).toEqual([
      ["1", 2, "1: 4"],
      ["2", 1, "Este: 8"],
    ]);
  });

  it("gives the same bytes for the same input", () => {
    const data = ten.map((a, i) => ({ code: a.code, value: i % 3 }));
    expect(choropleth(ten, data, { lang: "en" })).toBe(choropleth(ten, [...data], { lang: "en" }));
  });

  it("never writes a suppressed count, nor lets it change the map (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 10, maxLength: 10 }),
        fc.integer({ min: 2, max: 12 }),
        (counts, threshold) => {
          const count = createCoverageCount(
            {
              areas: ten,
              codeField: "codigo",
              nameField: "nombre",
              chosen: { code: "given", name: "given" },
              properties: [],
              bbox: [-58.5, -34.6, -58.4, -34.59],
              skipped: 0,
              crs: null,
            },
            {},
          );
          counts.forEach((n, area) => {
            for (let i = 0; i < n; i++) count.add(area);
          });
          const table = coverageTable(count.result(), { threshold });
          const svg = choropleth(ten, coverageMapData(table), { lang: "en", threshold });
          const drawn = paths(svg);
          table.rows.forEach((row, i) => {
            const title = drawn[i]?.title ?? "";
            if (row.total.suppressed === null) expect(title).toBe(`${row.name}: ${row.total.value}`);
            else {
              expect(drawn[i]?.cls).toBe("suppressed");
              expect(title).toBe(`${row.name}: hidden for privacy`);
              expect(title.slice(row.name.length)).not.toMatch(/\d/);
            }
          });
          // The hidden counts could be anything: the map is the same bytes.
          const other = coverageMapData(table).map((d) => (d.suppressed ? { ...d, value: 999 } : d));
          expect(choropleth(ten, other, { lang: "en", threshold })).toBe(svg);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("words every message in es, en and pt", () => {
    expect(checkCatalogs(choroplethMessages)).toEqual([]);
  });
});

const SHARED = process.env.CIUDATA_SHARED ?? fileURLToPath(new URL("../../../../../shared", import.meta.url));
const BARRIOS = join(SHARED, "data/geo/ar_caba_barrios.geojson");
const present = existsSync(BARRIOS);
if (!present) console.warn(`choropleth size check skipped: ${BARRIOS} not found (set CIUDATA_SHARED)`);

describe.skipIf(!present)("choropleth of the 48 Buenos Aires barrios", () => {
  it("stays small and draws every barrio", () => {
    const layer = readAreas(JSON.parse(readFileSync(BARRIOS, "utf8")));
    const data = layer.areas.map((a, i) => ({ code: a.code, value: i }));
    const svg = choropleth(layer.areas, data, { measure: "Sitios" });
    expect(paths(svg)).toHaveLength(48);
    console.info(`choropleth of 48 barrios: ${Buffer.byteLength(svg)} bytes`);
    expect(Buffer.byteLength(svg)).toBeLessThan(60_000);
  });
});
