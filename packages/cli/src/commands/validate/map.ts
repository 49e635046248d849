import { translator } from "@ciudata/core";
import { type AreaLayer, choropleth, coverageMapData, coverageTable } from "@ciudata/geo";
import { coverageFile, readAreasFile } from "@ciudata/geo/node";
import type { ReportMap } from "@ciudata/quality";
import { asUsageError, userPath } from "../../io";
import { validateMapMessages } from "../../messages/validate-map";
import type { CommandContext } from "../../types";

/** Where the map of {@link territoryMap} comes from. */
export interface TerritoryMapInput {
  /** The table (a local file). */
  file: string;
  /** The areas (GeoJSON or TopoJSON). */
  areas: string;
  /** The areas' code and name properties, when named. */
  codeField?: string | undefined;
  nameField?: string | undefined;
  /** The areas already read (then `areas` only names them), as the geo checks read them. */
  layer?: AreaLayer | undefined;
  /** The table's coordinate columns and system, as the geo checks were given them (`lat`, `lon`, `crs`…). */
  columns?: Record<string, string> | undefined;
  /** The table's encoding (`--encoding`). */
  encoding?: string | undefined;
  /** Counts from 1 to threshold − 1 hidden. Defaults to 5, as `geo coverage` and `suppress`. */
  threshold?: number;
}

/**
 * The map section of `validate`'s HTML report: the rows of the file per territory (each point in the area
 * that contains it, as `geo coverage` counts them), small counts suppressed with the rules of
 * `ciudata suppress`, drawn by `@ciudata/geo`'s `choropleth`, with the rows left in no territory said
 * under it. Bad areas stop with the located usage error of `geo` (exit 2).
 */
export async function territoryMap(ctx: CommandContext, input: TerritoryMapInput): Promise<ReportMap> {
  const { t } = translator(validateMapMessages, ctx.lang);
  const threshold = input.threshold ?? 5;
  try {
    const layer =
      input.layer ??
      (await readAreasFile(userPath(ctx, input.areas), {
        ...(input.codeField === undefined ? {} : { codeField: input.codeField }),
        ...(input.nameField === undefined ? {} : { nameField: input.nameField }),
      }));
    // The same columns, system and encoding as the checks, so the map counts the rows they checked.
    const counts = await coverageFile(userPath(ctx, input.file), layer, {
      ...input.columns,
      ...(input.encoding === undefined ? {} : { encoding: input.encoding }),
    });
    const table = coverageTable(counts, { threshold });
    const hidden = table.rows.filter((r) => r.total.suppressed !== null).length;
    const svg = choropleth(layer.areas, coverageMapData(table), {
      lang: ctx.lang,
      measure: t("measure"),
      threshold,
    });
    return {
      title: t("title", { areas: input.areas }),
      svg,
      notes: [
        t("left", { rows: counts.rows, left: counts.unassigned }),
        ...(hidden > 0 ? [t("hidden", { threshold, hidden })] : []),
      ],
    };
  } catch (error) {
    throw asUsageError(error);
  }
}
