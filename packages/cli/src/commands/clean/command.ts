import { defineCommand, helpTexts } from "../../declare";
import { cleanMessages } from "../../messages/clean";
import { MASK_ALL_OPTION } from "../../options";

const help = helpTexts(cleanMessages);

/**
 * The steps of `clean`, as `@ciudata/table` names them (its `CLEAN_STEPS`; a test keeps the two lists
 * equal), so declaring the command loads no table code.
 */
export const CLEAN_STEP_NAMES = [
  "trim",
  "blank-rows",
  "decimal-comma",
  "iso-dates",
  "variants",
  "disaggregation",
  "duplicate-rows",
] as const;

/**
 * `ciudata clean <file> --out clean.csv`: writes a clean copy of a table with the named steps asked
 * for (`--steps`, `--profile`), atomically and never over its input, and a log of every change.
 */
export const cleanCommand = defineCommand({
  name: "clean",
  summary: help("summary"),
  usage: help("usage"),
  args: [{ name: "file", input: true }],
  options: {
    out: { type: "string", value: "clean.csv", help: help("flag.out") },
    steps: {
      type: "string",
      multiple: true,
      value: "trim,blank-rows,…|all",
      help: help("flag.steps"),
    },
    profile: { type: "string", value: "clean.json", input: true, help: help("flag.profile") },
    log: { type: "string", value: "changes.csv|changes.json", help: help("flag.log") },
    eol: { type: "string", choices: ["lf", "crlf"], help: help("flag.eol") },
    "date-format": {
      type: "string",
      multiple: true,
      value: "column=%m/%d/%Y",
      help: help("flag.dateFormat"),
    },
    variants: { type: "string", value: "variants.json", input: true, help: help("flag.variants") },
    "suggest-variants": { type: "string", value: "variants.json", help: help("flag.suggestVariants") },
    encoding: { type: "string", help: help("flag.encoding") },
    threads: { type: "string", value: "N", help: help("flag.threads") },
    ...MASK_ALL_OPTION,
  },
  report: { out: "data" },
  load: () => import("./run").then((m) => m.runClean),
});
