import { defineCommand, helpText } from "../../declare";
import { conformanceMessages } from "../../messages/conformance";

/** The suites `ciudata conformance` runs. */
export const CONFORMANCE_SUITES = ["frictionless", "ids", "sdc", "opendata"] as const;

/**
 * `ciudata conformance frictionless|ids|sdc|opendata <dir|file>`: runs a shared conformance suite and ends
 * with `conformance: N passed, M failed, K skipped`, as text, JSON, Markdown or HTML. Exit 0 only when
 * nothing failed.
 */
export const conformanceCommand = defineCommand({
  name: "conformance",
  summary: helpText(conformanceMessages, "summary"),
  usage: helpText(conformanceMessages, "usage"),
  args: [
    { name: "suite", choices: CONFORMANCE_SUITES },
    { name: "dir", input: true },
  ],
  options: {
    verbose: { type: "boolean", help: helpText(conformanceMessages, "flag.verbose") },
  },
  report: { out: "report" },
  load: () => import("./run").then((m) => m.runConformance),
});
