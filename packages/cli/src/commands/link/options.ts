import type { OptionSpec } from "../../declare";
import { helpTexts } from "../../declare";
import { linkMessages } from "../../messages/link";
import { NO_FORMULA_ESCAPE } from "../../options";

const help = helpTexts(linkMessages);

/** The engines a run can use: in-process (default) or embedded DuckDB. */
export const ENGINES = ["inprocess", "duckdb"] as const;

/** The options `ciudata link` and `ciudata dedupe` share (declared once; text only). */
export const LINK_RUN_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  config: { type: "string", value: "link.json", input: true, help: help("flag.config") },
  truth: { type: "string", value: "truth.csv", input: true, help: help("flag.truth") },
  "truth-key": { type: "string", value: "regex", help: help("flag.truthKey") },
  engine: { type: "string", choices: ENGINES, help: help("flag.engine") },
  out: { type: "string", value: "dir", help: help("flag.out") },
  "pairs-format": { type: "string", choices: ["csv", "jsonl"], help: help("flag.pairsFormat") },
  "suggest-config": { type: "boolean", help: help("flag.suggestConfig") },
  ...NO_FORMULA_ESCAPE,
};

/** Options of the privacy-preserving subcommands (`link encode`). */
export const ENCODE_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  schema: { type: "string", value: "encoding.json", input: true, help: help("flag.schema") },
  "secret-file": { type: "string", value: "file", input: true, help: help("flag.secretFile") },
};
