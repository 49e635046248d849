import type { Check, CheckContext } from "@ciudata/table";
import { z } from "zod";
import { defineTableRule } from "../../../define-rule";
import { cellRuleError, type RuleOptions, RuleOptionsSchema, ruleError } from "../../../rule";
import { coordinatesTexts } from "./messages";

/** Options of {@link coordinates}. */
export interface CoordinatesOptions extends RuleOptions {
  /** Other names of latitude columns, reported as to rename (default lat, latitude, latitud_y, y_lat…). */
  latitudeAliases?: readonly string[];
  /** Other names of longitude columns (default lon, lng, long, longitude…). */
  longitudeAliases?: readonly string[];
}

type Axis = "latitud" | "longitud";

const LAT_ALIASES = ["lat", "latitude", "latitud_y", "y_lat", "coord_y", "latitud_wgs84"];
const LON_ALIASES = ["lon", "lng", "long", "longitude", "longitud_x", "x_lon", "coord_x", "longitud_wgs84"];
const DECIMAL_DEGREES = /^[-+]?\d{1,3}(?:\.\d+)?$/;
const LIMIT: Record<Axis, number> = { latitud: 90, longitud: 180 };

const EXAMPLE: Record<Axis, string> = { latitud: "-32.8895", longitud: "-68.8458" };

/**
 * Guide rule: coordinates are decimal degrees in columns named `latitud` and `longitud`. Columns with
 * other usual names (`lat`, `lng`, `longitude`…) are reported once to rename, and their values checked
 * as well: decimal degrees with a point, latitude within ±90, longitude within ±180.
 *
 * @example
 * ```ts
 * await validateTable("latitud,longitud\n\"-32,88\",-68.84\n", { checks: [coordinates()] });
 * // quality/profile/coordinates at row 2, column 1 (reason "format")
 * ```
 */
export function coordinates(options: CoordinatesOptions = {}): Check {
  const severity = options.severity ?? "error";
  const lat = new Set(options.latitudeAliases ?? LAT_ALIASES);
  const lon = new Set(options.longitudeAliases ?? LON_ALIASES);
  let axes: (Axis | null)[] = [];
  const axisOf = (label: string, ctx: CheckContext, i: number): Axis | null => {
    const name = label.trim().toLowerCase();
    if (name === "latitud" || name === "longitud") return name;
    const axis: Axis | null = lat.has(name) ? "latitud" : lon.has(name) ? "longitud" : null;
    if (axis)
      ctx.report(
        ruleError("coordinates", severity, {
          tags: ["#table", "#header", "#label"],
          fieldNumber: i + 1,
          fieldName: label,
          note: `coordinate column "${label}" should be named "${axis}"`,
          params: {
            reason: "name",
            label,
            expected: coordinatesTexts[ctx.lang]["expected.name"],
            received: label,
            example: axis,
            hint: coordinatesTexts[ctx.lang]["hint.name"].replace("{name}", axis),
          },
        }),
      );
    return axis;
  };
  return {
    name: "quality/profile/coordinates",
    onStart(ctx) {
      axes = ctx.labels.map((label, i) => axisOf(label, ctx, i));
    },
    onRow(row, ctx) {
      if (row.blank) return;
      for (let i = 0; i < axes.length; i++) {
        const axis = axes[i];
        const cell = row.cells[i];
        if (!axis || cell === undefined || cell === "") continue;
        const wellFormed = DECIMAL_DEGREES.test(cell);
        const reason = !wellFormed ? "format" : Math.abs(Number(cell)) > LIMIT[axis] ? "range" : null;
        if (!reason) continue;
        ctx.report(
          cellRuleError("coordinates", severity, ctx, row.rowNumber, i, cell, {
            reason,
            axis,
            expected: coordinatesTexts[ctx.lang][`expected.${axis}`],
            example: EXAMPLE[axis],
            hint: coordinatesTexts[ctx.lang][`hint.${reason}`],
          }),
        );
      }
    },
  };
}

/** The `coordinates` rule of the publishing guide as a check descriptor (a profile lists it as `"coordinates"`). */
export const coordinatesRule = defineTableRule<CoordinatesOptions>(
  "coordinates",
  (options) => coordinates(options),
  RuleOptionsSchema.extend({
    latitudeAliases: z.array(z.string()).optional(),
    longitudeAliases: z.array(z.string()).optional(),
  }),
);
