import { defineCommand, helpTexts } from "../../declare";
import { schemaMessages } from "../../messages/schema";
import { LIMIT_OPTION, MASK_ALL_OPTION, SHEET_OPTION } from "../../options";

const help = helpTexts(schemaMessages);

/**
 * `ciudata schema infer <file|url>`: an editable Table Schema inferred from a sample of rows, on standard
 * output (or `--out`), each field's confidence on standard error.
 */
export const schemaCommand = defineCommand({
  name: "schema",
  summary: help("summary"),
  usage: help("usage"),
  args: [
    { name: "action", choices: ["infer"] },
    { name: "file", input: true },
  ],
  options: {
    sample: { type: "string", value: "1000", help: help("flag.sample") },
    out: { type: "string", value: "schema.json", help: help("flag.out") },
    encoding: { type: "string", value: "windows-1252", help: help("flag.encoding") },
    ...LIMIT_OPTION,
    ...SHEET_OPTION,
    ...MASK_ALL_OPTION,
  },
  report: { out: "data" },
  load: () => import("./run").then((m) => m.runSchema),
});
