import type { CoverageTable } from "../coverage/table";
import type { ChoroplethDatum } from "./choropleth";

/**
 * The values to map from a coverage table: each territory's rate per 1,000 residents when the table has a
 * population (else its count), suppressed where its total is — so a hidden count never reaches the map.
 *
 * @param table From {@link coverageTable}.
 * @example
 * ```ts
 * const svg = choropleth(layer.areas, coverageMapData(table), { threshold: table.threshold });
 * ```
 */
export function coverageMapData(table: CoverageTable): ChoroplethDatum[] {
  return table.rows.map((r) =>
    r.total.suppressed !== null
      ? { code: r.code, name: r.name, value: null, suppressed: true }
      : { code: r.code, name: r.name, value: table.rankedBy === "rate" ? r.rate : r.total.value },
  );
}
