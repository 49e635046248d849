import { defineCommand, helpTexts } from "../../declare";
import { linkMessages } from "../../messages/link";
import { LINK_RUN_OPTIONS } from "../link/options";

const help = helpTexts(linkMessages);

/** `ciudata dedupe registry.csv`: finds the people registered more than once in one registry. */
export const dedupeCommand = defineCommand({
  name: "dedupe",
  summary: help("dedupeSummary"),
  usage: help("dedupeUsage"),
  args: [{ name: "registry", input: true }],
  options: LINK_RUN_OPTIONS,
  report: { out: "data" },
  load: () => import("../link/run").then((m) => m.runDedupe),
});
