import { defineCommand, helpTexts } from "../../declare";
import { statsMessages } from "../../messages/stats";
import { columnsAndSchema, LIMIT_OPTION, MASK_ALL_OPTION } from "../../options";

const help = helpTexts(statsMessages);

/**
 * `ciudata stats <file|url>`: column statistics (type, blanks, distinct values, min, max, quantiles, most
 * frequent values, lengths) in one streaming pass; personal columns show counts only. Exits 2 when the
 * input cannot be read as a table.
 */
export const statsCommand = defineCommand({
  name: "stats",
  summary: help("summary"),
  usage: help("usage"),
  args: [{ name: "file", input: true }],
  options: {
    ...columnsAndSchema({ columns: help("flag.columns"), schema: help("flag.schema") }),
    ...LIMIT_OPTION,
    ...MASK_ALL_OPTION,
  },
  report: { out: "report" },
  load: () => import("./run").then((m) => m.runStats),
});
