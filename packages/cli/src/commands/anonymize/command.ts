import { defineCommand, helpTexts } from "../../declare";
import { anonymizeMessages } from "../../messages/anonymize";
import { LIMIT_OPTION, NO_FORMULA_ESCAPE } from "../../options";

const help = helpTexts(anonymizeMessages);

/**
 * `ciudata anonymize <file> --plan plan.json --out out.csv`: applies a plan, writes the table
 * atomically and prints the risk before and after. Exits 1 when the plan's k is not reached.
 */
export const anonymizeCommand = defineCommand({
  name: "anonymize",
  summary: help("summary"),
  usage: help("usage"),
  args: [{ name: "file", input: true }],
  options: {
    plan: { type: "string", value: "plan.json", input: true, help: help("flag.plan") },
    out: { type: "string", value: "out.csv", help: help("flag.out") },
    // Points coarsened before the plan (`geo coarsen`'s grid or areas).
    grid: { type: "string", value: "metres", help: help("flag.grid") },
    areas: { type: "string", value: "barrios.geojson", input: true, help: help("flag.areas") },
    ...NO_FORMULA_ESCAPE,
    ...LIMIT_OPTION,
  },
  report: { out: "data" },
  load: () => import("./run").then((m) => m.runAnonymize),
});
