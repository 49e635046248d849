import { isCiudataError } from "@ciudata/core";
import { type Check, type CheckContext, type RowView, tableError } from "@ciudata/table";
import type { AreaLayer } from "../areas/types";
import { type AreaIndex, createAreaIndex } from "../assign/locate";
import {
  createGeoScan,
  type FindingKind,
  type GeoFinding,
  type GeoScan,
  type GeoScanOptions,
} from "../check/scan";
import { geoCheckIssues } from "./messages";

/** Options of {@link geoChecks}: the scan's columns and thresholds. */
export interface GeoChecksOptions
  extends Omit<GeoScanOptions, "file" | "maxListed" | "onFinding" | "sharedPoints"> {
  /** The table's name in messages about its header. Defaults to `"table"`. */
  file?: string;
  /** Report exact coordinates shared by at least this many rows (`geo/shared-point`); `false` turns it off. Defaults to 10. */
  sharedPoints?: number | false;
}

/**
 * The issue type each finding of the scan is reported as (`assigned` and `on-boundary` are no problem).
 * Out-of-range numbers are invalid coordinates, like cells that are not numbers.
 */
export const GEO_CHECK_TYPES: Readonly<Partial<Record<FindingKind, string>>> = {
  missing: "geo/missing-coordinates",
  invalid: "geo/invalid-coordinates",
  "out-of-range": "geo/invalid-coordinates",
  zero: "geo/zero-coordinates",
  swapped: "geo/swapped-coordinates",
  shifted: "geo/shifted-coordinates",
  outside: "geo/outside-area",
  "territory-mismatch": "geo/territory-mismatch",
  "far-from-territory": "geo/far-from-territory",
};

/** Rows sharing one exact point from which it is reported (a registry of people rarely has 10 at one address). */
const SHARED_POINT_ROWS = 10;

/**
 * The geo checks as one quality check for the one-pass reader (`validateTable`, `review`): the scan of
 * {@link createGeoScan} run on every row, each finding reported with its row and column — missing,
 * (0, 0) and unreadable coordinates, points outside every area, likely swapped latitude and longitude or
 * a misplaced decimal point (a guess, never applied), a recorded territory that is not the area containing
 * the point (both named) and points far from it, and exact coordinates shared by many rows. Coordinates are
 * quasi-identifiers: a finding's cell holds them masked (the reader's `mask` without a column), never in
 * clear. A header without coordinates is reported (`geo/no-coordinates`), not thrown.
 *
 * @param areas The areas (`readAreas`, `readAreasFile`) or their index ({@link createAreaIndex}).
 * @param options Columns named, the recorded-territory column, distance and shared-point thresholds.
 * @example
 * ```ts
 * const report = await validateTable(csv, { checks: [geoChecks(barrios)] });
 * report.tasks[0]?.errors.map((e) => e.type); //=> ["geo/territory-mismatch", "geo/zero-coordinates"]
 * ```
 */
export function geoChecks(areas: AreaLayer | AreaIndex, options: GeoChecksOptions = {}): Check {
  const index = "locate" in areas ? areas : createAreaIndex(areas);
  const { sharedPoints = SHARED_POINT_ROWS, file = "table", ...rest } = options;
  let scan: GeoScan | null = null;
  let row: RowView | null = null;
  let context: CheckContext | null = null;
  let columns = "";
  let mismatchArea = "";
  const stop = (error: unknown, ctx: CheckContext): void => {
    if (!isCiudataError(error)) throw error;
    scan = null;
    for (const issue of error.errors)
      ctx.report(tableError(issue.type, { tags: ["#table"], params: issue.params, note: issue.note }));
  };
  const report = (finding: GeoFinding): void => {
    const type = GEO_CHECK_TYPES[finding.kind];
    if (type === undefined || scan === null || row === null || context === null) return;
    const ctx = context;
    const cells = row.cells;
    const c = scan.columns;
    const onTerritory = finding.kind === "territory-mismatch" && scan.territory !== -1;
    const field = onTerritory ? scan.territory : c.kind === "pair" ? c.lat : c.column;
    // The recorded territory is shown as the reader shows its column; coordinates are always masked.
    const cell = onTerritory
      ? ctx.mask(cells[field] ?? "", field)
      : ctx.mask(
          c.kind === "pair" ? `${cells[c.lat] ?? ""}, ${cells[c.lon] ?? ""}` : (cells[c.column] ?? ""),
        );
    const params: Record<string, string | number> = { columns };
    for (const key of ["area", "suggested", "metres"] as const)
      if (finding[key] !== undefined) params[key] = finding[key] as string | number;
    // A far row is also a mismatch, noted just before it: the containing area is that one's.
    if (finding.kind === "territory-mismatch") mismatchArea = finding.area ?? "";
    else if (finding.kind === "far-from-territory") params.area = mismatchArea;
    // The recorded territory is a cell of the table: masked like its column (the areas' names are public).
    if (finding.recorded !== undefined) params.recorded = ctx.mask(finding.recorded, scan.territory);
    ctx.report(
      tableError(type, {
        tags: ["#table", "#row", "#cell"],
        rowNumber: finding.row,
        fieldNumber: field + 1,
        fieldName: ctx.labels[field] ?? "",
        cell,
        params,
        note: `${type} (${finding.kind})`,
      }),
    );
  };
  return {
    name: "geo/coordinates",
    issues: geoCheckIssues,
    onStart(ctx) {
      context = ctx;
      try {
        scan = createGeoScan(index, ctx.labels, {
          ...rest,
          file,
          maxListed: 0,
          ...(sharedPoints === false ? {} : { sharedPoints }),
          onFinding: report,
        });
        const c = scan.columns;
        columns =
          c.kind === "pair" ? `${ctx.labels[c.lat]}, ${ctx.labels[c.lon]}` : String(ctx.labels[c.column]);
      } catch (error) {
        stop(error, ctx);
      }
    },
    onRow(view, ctx) {
      if (scan === null || view.blank) return;
      row = view;
      try {
        scan.place(view.cells, view.rowNumber);
      } catch (error) {
        stop(error, ctx);
      }
    },
    onFinish(ctx) {
      if (scan === null) return;
      try {
        const shared = scan.result().sharedPoints;
        if (shared !== null && shared.groups > 0)
          ctx.report(
            tableError("geo/shared-point", {
              tags: ["#table"],
              severity: "warning",
              params: { ...shared },
              note: "geo/shared-point",
            }),
          );
      } catch (error) {
        stop(error, ctx);
      }
    },
  };
}
