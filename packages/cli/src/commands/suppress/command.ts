import { defineCommand, helpTexts } from "../../declare";
import { suppressMessages } from "../../messages/suppress";
import { LIMIT_OPTION, NO_FORMULA_ESCAPE } from "../../options";

const help = helpTexts(suppressMessages);

/**
 * `ciudata suppress <table.csv> --threshold 5`: small-cell suppression of a table of counts (primary
 * and secondary), as a long table with totals and OBS_STATUS, on standard output or in `--out`.
 */
export const suppressCommand = defineCommand({
  name: "suppress",
  summary: help("summary"),
  usage: help("usage"),
  args: [{ name: "table.csv", input: true }],
  options: {
    threshold: { type: "string", value: "n", help: help("flag.threshold") },
    out: { type: "string", value: "file", help: help("flag.out") },
    ...NO_FORMULA_ESCAPE,
    ...LIMIT_OPTION,
  },
  report: { out: "data" },
  load: () => import("./run").then((m) => m.runSuppress),
});
