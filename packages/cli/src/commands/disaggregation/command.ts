import { defineCommand, helpTexts } from "../../declare";
import { disaggregationMessages } from "../../messages/disaggregation";
import {
  LIMIT_ERRORS_OPTION,
  LIMIT_OPTION,
  MASK_ALL_OPTION,
  NO_FORMULA_ESCAPE,
  SHEET_OPTION,
} from "../../options";

const help = helpTexts(disaggregationMessages);

/**
 * `ciudata disaggregation check|normalize|aggregate <file>`: the disaggregated-data standard on a table —
 * checks (required dimensions, unknowns, code lists, age bands, totals, cross-cells), normalisation of messy
 * values with a suggested mapping, and aggregation from microdata with small-cell suppression.
 */
export const disaggregationCommand = defineCommand({
  name: "disaggregation",
  summary: help("summary"),
  usage: help("usage"),
  args: [
    { name: "subcommand", choices: ["check", "normalize", "aggregate"] },
    { name: "file", input: true },
  ],
  options: {
    standard: { type: "string", value: "standard.json", input: true, help: help("flag.standard") },
    dataset: { type: "string", help: help("flag.dataset") },
    mapping: { type: "string", value: "mapping.json", input: true, help: help("flag.mapping") },
    "mapping-out": { type: "string", value: "mapping.json", help: help("flag.mappingOut") },
    barrios: { type: "string", value: "barrios.csv", input: true, help: help("flag.barrios") },
    "sex-letters": { type: "string", choices: ["dni", "curp"], help: help("flag.sexLetters") },
    codelist: {
      type: "string",
      choices: ["ar-indec", "pe-ubigeo", "mx-inegi", "cl-cut", "co-divipola", "br-ibge"],
      help: help("flag.codelist"),
    },
    by: { type: "string", value: "sexo,edad,barrio", help: help("flag.by") },
    measure: { type: "string", value: "column", help: help("flag.measure") },
    threshold: { type: "string", value: "5", help: help("flag.threshold") },
    encoding: { type: "string", value: "windows-1252", help: help("flag.encoding") },
    out: { type: "string", value: "file", help: help("flag.out") },
    ...NO_FORMULA_ESCAPE,
    ...LIMIT_OPTION,
    ...SHEET_OPTION,
    ...LIMIT_ERRORS_OPTION,
    ...MASK_ALL_OPTION,
  },
  report: { out: "data" },
  load: () => import("./run").then((m) => m.runDisaggregation),
});
