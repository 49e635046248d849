import { defineCommand, helpTexts } from "../../declare";
import { linkMessages } from "../../messages/link";
import { ENCODE_OPTIONS, LINK_RUN_OPTIONS } from "./options";

const help = helpTexts(linkMessages);

/**
 * `ciudata link a.csv b.csv`: finds the same person in two registries that share no key (pairs, groups,
 * the linked table, the review band and the report into `--out`); `link review` re-imports the review
 * decisions; `link encode` / `link encoded` are the privacy-preserving mode.
 */
export const linkCommand = defineCommand({
  name: "link",
  summary: help("summary"),
  usage: help("usage"),
  args: [
    { name: "a", input: true },
    { name: "b", input: true, optional: true, variadic: true },
  ],
  options: { ...LINK_RUN_OPTIONS, ...ENCODE_OPTIONS },
  report: { out: "data" },
  load: () => import("./run").then((m) => m.runLink),
});
