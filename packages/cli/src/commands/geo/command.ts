import { defineCommand, helpTexts } from "../../declare";
import { geoMessages } from "../../messages/geo";
import { NO_FORMULA_ESCAPE } from "../../options";

const help = helpTexts(geoMessages);

/**
 * How the areas and the table's coordinates are read (after `--areas`): properties, columns, systems.
 * `validate --areas` takes the same.
 */
export const AREAS_OPTIONS = {
  "code-field": { type: "string", value: "property", help: help("flag.codeField") },
  "name-field": { type: "string", value: "property", help: help("flag.nameField") },
  lat: { type: "string", value: "column", help: help("flag.lat") },
  lon: { type: "string", value: "column", help: help("flag.lon") },
  point: { type: "string", value: "column", help: help("flag.point") },
  "territory-field": { type: "string", value: "column", help: help("flag.territoryField") },
  crs: { type: "string", value: "EPSG:5347", help: help("flag.crs") },
  "areas-crs": { type: "string", value: "EPSG:9498", help: help("flag.areasCrs") },
} as const;

/**
 * `ciudata geo assign|check|coverage <file> --areas <geojson>`: puts every row in the area that contains
 * its point (two columns added), checks the coordinates against the areas and the recorded territory, or
 * counts the rows per territory against a population table (small cells suppressed).
 */
export const geoCommand = defineCommand({
  name: "geo",
  summary: help("summary"),
  usage: help("usage"),
  args: [
    { name: "subcommand", choices: ["assign", "check", "coverage", "coarsen"] },
    { name: "file", input: true },
  ],
  options: {
    areas: { type: "string", value: "barrios.geojson", input: true, help: help("flag.areas") },
    ...AREAS_OPTIONS,
    encoding: { type: "string", value: "windows-1252", help: help("flag.encoding") },
    out: { type: "string", value: "file", help: help("flag.out") },
    population: { type: "string", value: "censo.csv", input: true, help: help("flag.population") },
    "population-code": { type: "string", value: "column", help: help("flag.populationCode") },
    "population-count": { type: "string", value: "column", help: help("flag.populationCount") },
    by: { type: "string", value: "sexo,edad", help: help("flag.by") },
    "age-bands": { type: "string", value: "un-amplio", help: help("flag.ageBands") },
    threshold: { type: "string", value: "n", help: help("flag.threshold") },
    grid: { type: "string", value: "metres", help: help("flag.grid") },
    ...NO_FORMULA_ESCAPE,
  },
  report: { out: "data" },
  load: () => import("./run").then((m) => m.runGeo),
});
