import { defineCommand, helpTexts } from "../../declare";
import { extractMessages } from "../../messages/extract";
import { NO_FORMULA_ESCAPE } from "../../options";

const help = helpTexts(extractMessages);

/** `ciudata convert <in> <out>`: a table between CSV, XLSX, JSON, JSONL and Parquet (by extension). */
export const convertCommand = defineCommand({
  name: "convert",
  summary: help("convertSummary"),
  usage: help("convertUsage"),
  args: [{ name: "input", input: true }, { name: "output" }],
  options: {
    schema: { type: "string", value: "schema.json", input: true, help: help("flag.schema") },
    "yes-personal": { type: "boolean", help: help("flag.yesPersonal") },
    ...NO_FORMULA_ESCAPE,
  },
  load: () => import("../extract/run").then((m) => m.runConvert),
});
