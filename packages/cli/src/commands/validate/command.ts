import { defineCommand, helpTexts } from "../../declare";
import { validateMessages } from "../../messages/validate";
import { LIMIT_ERRORS_OPTION, LIMIT_OPTION, MASK_ALL_OPTION, SHEET_OPTION } from "../../options";
import { AREAS_OPTIONS } from "../geo/command";

const help = helpTexts(validateMessages);

/**
 * `ciudata validate <file|url|datapackage.json>`: the city's quality review in one pass, scored by
 * dimension, as text, JSON, Markdown or one HTML file.
 */
export const validateCommand = defineCommand({
  name: "validate",
  summary: help("summary"),
  usage: help("usage"),
  args: [{ name: "file", input: true }],
  options: {
    schema: { type: "string", value: "schema.json", input: true, help: help("flag.schema") },
    dialect: { type: "string", value: "dialect.json", input: true, help: help("flag.dialect") },
    profile: {
      type: "string",
      value: "ar-datos-abiertos|profile.json",
      input: true,
      help: help("flag.profile"),
    },
    "as-of": { type: "string", value: "YYYY-MM-DD", help: help("flag.asOf") },
    // The geo checks: the table's coordinates against the city's areas (as `geo check` reads them).
    areas: { type: "string", value: "barrios.geojson", input: true, help: help("flag.areas") },
    ...AREAS_OPTIONS,
    // The registry review: quality, re-identification risk and disaggregation in the same read.
    registry: { type: "boolean", help: help("flag.registry") },
    qi: { type: "string", value: "a,b,c", help: help("flag.qi") },
    k: { type: "string", value: "5", help: help("flag.k") },
    encoding: { type: "string", help: help("flag.encoding") },
    ...LIMIT_OPTION,
    ...SHEET_OPTION,
    ...LIMIT_ERRORS_OPTION,
    "pick-errors": { type: "string", multiple: true, value: "types", help: help("flag.pickErrors") },
    "skip-errors": { type: "string", multiple: true, value: "types", help: help("flag.skipErrors") },
    ...MASK_ALL_OPTION,
    engine: { type: "string", value: "duckdb", help: help("flag.engine") },
  },
  report: { out: "report" },
  load: () => import("./run").then((m) => m.runValidate),
});
