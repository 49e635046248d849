import { defineCommand, helpText } from "../../declare";
import { demoMessages } from "../../messages/demo";

/**
 * `ciudata demo`: the main job, offline, on the embedded defaults: a local portal with the sample
 * catalog, a resource downloaded and reviewed in one pass, a messy registry, and the strategy's status.
 */
export const demoCommand = defineCommand({
  name: "demo",
  summary: helpText(demoMessages, "summary"),
  usage: helpText(demoMessages, "usage"),
  options: {
    out: { type: "string", value: "folder", help: helpText(demoMessages, "flag.out") },
    "as-of": { type: "string", value: "YYYY-MM-DD", help: helpText(demoMessages, "flag.asOf") },
  },
  // Its product is the folder it writes (`--out`); the walkthrough prints in the `--format` asked.
  report: { out: "data" },
  load: () => import("./run").then((m) => m.runDemo),
});
