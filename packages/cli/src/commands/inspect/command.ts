import { defineCommand, helpText } from "../../declare";
import { inspectMessages } from "../../messages/inspect";
import { LIMIT_ERRORS_OPTION, LIMIT_OPTION, MASK_ALL_OPTION, SHEET_OPTION } from "../../options";

/**
 * `ciudata inspect <file|url>`: what was detected (encoding, delimiter, header, rows, columns, types).
 * Exits 2 when the input cannot be read as a table (binary, compressed, not found at the URL…).
 */
export const inspectCommand = defineCommand({
  name: "inspect",
  summary: helpText(inspectMessages, "summary"),
  usage: helpText(inspectMessages, "usage"),
  args: [{ name: "file", input: true }],
  options: {
    encoding: { type: "string", value: "windows-1252", help: helpText(inspectMessages, "flag.encoding") },
    delimiter: { type: "string", value: ";", help: helpText(inspectMessages, "flag.delimiter") },
    ...LIMIT_OPTION,
    ...SHEET_OPTION,
    ...LIMIT_ERRORS_OPTION,
    ...MASK_ALL_OPTION,
  },
  report: { out: "report" },
  load: () => import("./run").then((m) => m.runInspect),
});
