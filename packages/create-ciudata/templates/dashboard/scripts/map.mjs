// The page's map: the table's rows per territory of the areas file named in ciudata.config.json
// ("areas": a GeoJSON or TopoJSON such as barrios.geojson), each point put in the area that contains it,
// small counts hidden as `ciudata suppress` hides them, drawn as one SVG by @ciudata/geo (offline: no
// tiles, no script). The counts come from every row of the table, not from the rows kept for the page.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { choropleth, coverageMapData, coverageTable } from "@ciudata/geo";
import { coverageFile, readAreasFile } from "@ciudata/geo/node";

const MEASURE = { es: "Filas por territorio", en: "Rows per territory", pt: "Linhas por território" };

/**
 * The map of a downloaded table: `{ svg, rows, unassigned, hidden, threshold }`.
 *
 * @param {Uint8Array} bytes The table (CSV), as downloaded.
 * @param {{ areas: string, lang?: "es" | "en" | "pt", codeField?: string, nameField?: string, threshold?: number }} options
 */
export async function territoryMap(bytes, options) {
  const lang = options.lang ?? "es";
  const threshold = options.threshold ?? 5;
  const layer = await readAreasFile(options.areas, {
    ...(options.codeField ? { codeField: options.codeField } : {}),
    ...(options.nameField ? { nameField: options.nameField } : {}),
  });
  // The counter streams a file: the download goes to a temporary one, removed at the end.
  const dir = await mkdtemp(join(tmpdir(), "ciudata-dashboard-"));
  try {
    const file = join(dir, "table.csv");
    await writeFile(file, bytes);
    const counts = await coverageFile(file, layer);
    const table = coverageTable(counts, { threshold });
    return {
      svg: choropleth(layer.areas, coverageMapData(table), { lang, measure: MEASURE[lang], threshold }),
      rows: counts.rows,
      unassigned: counts.unassigned,
      hidden: table.rows.filter((r) => r.total.suppressed !== null).length,
      threshold,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
