import { defineCommand, helpTexts } from "../../declare";
import { extractMessages } from "../../messages/extract";
import { columnsAndSchema, NO_FORMULA_ESCAPE } from "../../options";
import { TABLE_FORMATS } from "./formats";

const help = helpTexts(extractMessages);

/**
 * `ciudata extract <file>`: rows out as CSV, JSON, JSONL or XLSX, with `--columns`, `--where` (the quality
 * formula language), `--limit`, `--offset` and casting by `--schema`.
 */
export const extractCommand = defineCommand({
  name: "extract",
  summary: help("summary"),
  usage: help("usage"),
  args: [{ name: "file", input: true }],
  options: {
    where: { type: "string", value: "formula", help: help("flag.where") },
    ...columnsAndSchema({ columns: help("flag.columns"), schema: help("flag.schema") }),
    limit: { type: "string", value: "N", help: help("flag.limit") },
    offset: { type: "string", value: "N", help: help("flag.offset") },
    format: { type: "string", choices: TABLE_FORMATS, help: help("flag.format") },
    out: { type: "string", value: "file", help: help("flag.out") },
    "yes-personal": { type: "boolean", help: help("flag.yesPersonal") },
    ...NO_FORMULA_ESCAPE,
  },
  load: () => import("./run").then((m) => m.runExtract),
});
