import { renderIssue } from "@ciudata/core";
import { type Report, validateTable } from "@ciudata/table";
import { describe, expect, it } from "vitest";
import { twoBarrios } from "../../test-support/fixtures";
import { readAreas } from "../areas/read";
import { geoChecks } from "./geo-checks";
import { geoCheckIssues } from "./messages";

const layer = readAreas(twoBarrios);
const errors = (r: Report) => (r.tasks[0]?.errors ?? []).filter((e) => e.type.startsWith("geo/"));
const found = (r: Report) => errors(r).map((e) => [e.rowNumber, e.fieldName, e.type]);

// One row per geo problem, plus clean rows and three rows at one point (shared from 3 rows).
const PROBLEMS = [
  "lat,lon,nombre",
  "-34.65,-58.45,Oeste", // 2 clean
  "-34.69,-58.39,Oeste", // 3 recorded Oeste, in Este, 914 m away: mismatch and far
  "-34.65,-58.399,Oeste", // 4 recorded Oeste, in Este, 91 m away: mismatch only
  ",-58.39,Este", // 5 missing
  "0,0,", // 6 zero
  "-58.45,-34.65,Oeste", // 7 swapped
  "-3.465,-58.45,Oeste", // 8 decimal point moved
  "-34.0,-57.0,", // 9 outside
  "abc,-58.4,", // 10 invalid
  "-34.66,-58.46,Oeste", // 11-13 one point for three rows
  "-34.66,-58.46,Oeste",
  "-34.66,-58.46,Oeste",
  "-34.65,-58.4,Este", // 14 on the shared border: no finding
].join("\n");

describe("geoChecks", () => {
  it("reports each geo problem once, with its row and column, worded in es, en and pt", async () => {
    // The columns classed public (none personal): a territory is shown as it is.
    const report = await validateTable(PROBLEMS, {
      checks: [geoChecks(layer, { sharedPoints: 3 })],
      masking: { personal: [] },
    });
    expect(found(report)).toEqual([
      [3, "nombre", "geo/territory-mismatch"],
      [3, "lat", "geo/far-from-territory"],
      [4, "nombre", "geo/territory-mismatch"],
      [5, "lat", "geo/missing-coordinates"],
      [6, "lat", "geo/zero-coordinates"],
      [7, "lat", "geo/swapped-coordinates"],
      [8, "lat", "geo/shifted-coordinates"],
      [9, "lat", "geo/outside-area"],
      [10, "lat", "geo/invalid-coordinates"],
      [null, null, "geo/shared-point"],
    ]);
    const [mismatch, far] = errors(report);
    expect(mismatch?.params).toMatchObject({ recorded: "Oeste", area: "Este" });
    expect(mismatch?.cell).toBe("Oeste");
    expect(far?.params).toMatchObject({ recorded: "Oeste", area: "Este", metres: 914 });
    expect(errors(report).at(-1)?.params).toMatchObject({ k: 3, groups: 1, rows: 3 });
    expect(errors(report).at(-1)?.severity).toBe("warning");
    expect(renderIssue(mismatch as never, "es", geoCheckIssues)).toContain(
      "Fila 3, columna 3 (nombre): la fila registra «Oeste» pero su punto cae en «Este»",
    );
    expect(renderIssue(errors(report)[5] as never, "en", geoCheckIssues)).toContain(
      'with latitude and longitude exchanged it falls in "Oeste"',
    );
    expect(renderIssue(far as never, "pt", geoCheckIssues)).toContain("o ponto está a 914 m de «Oeste»");
  });

  it("never puts a coordinate in a finding, and masks a recorded territory the reader masks", async () => {
    const report = await validateTable(PROBLEMS, {
      checks: [geoChecks(layer, { sharedPoints: 3 })],
      masking: { personal: [] },
    });
    const text = JSON.stringify(errors(report).filter((e) => e.type !== "geo/territory-mismatch"));
    for (const value of ["-34.69", "58.39", "-58.45", "-3.465", "-34.0", "-57.0", "-34.66"])
      expect(text).not.toContain(value);
    // Without a masking every cell is masked: the recorded territory too (the containing area is not a cell).
    const masked = await validateTable(PROBLEMS, { checks: [geoChecks(layer)] });
    expect(errors(masked)[0]?.params).toMatchObject({ area: "Este" });
    expect(JSON.stringify(errors(masked).slice(0, 3))).not.toContain("Oeste");
  });

  it("finds nothing in a clean table, and counts past any listing cap", async () => {
    const clean = await validateTable('lat,lon,nombre\n-34.65,-58.45,Oeste\n"-34,69","-58,39",ESTE\n', {
      checks: [geoChecks(layer)],
    });
    expect(found(clean)).toEqual([]);
    const zeros = `lat,lon\n${"0,0\n".repeat(1500)}`;
    const many = await validateTable(zeros, { checks: [geoChecks(layer, { sharedPoints: false })] });
    expect(many.stats.errors).toBe(1500);
  });

  it("reports a header without coordinates instead of throwing", async () => {
    const report = await validateTable("nombre,edad\nAna,3\n", {
      checks: [geoChecks(layer, { file: "x.csv" })],
    });
    expect(found(report)).toEqual([[null, null, "geo/no-coordinates"]]);
    expect(errors(report)[0]?.params.file).toBe("x.csv");
  });
});
