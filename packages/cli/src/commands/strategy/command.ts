import { defineCommand, helpTexts } from "../../declare";
import { strategyMessages } from "../../messages/strategy";
import { SHEET_OPTION } from "../../options";

const help = helpTexts(strategyMessages);

/**
 * An action's statuses, as `@ciudata/strategy` names them (its `ACTION_STATUSES`; a test keeps the two lists
 * equal): written here so that declaring the command loads no package.
 */
export const STRATEGY_STATUSES = ["not_started", "in_progress", "complete", "on_hold", "cancelled"] as const;

/** The strategies shipped with `@ciudata/strategy` (its `PRESETS`; a test keeps the two lists equal). */
export const STRATEGY_PRESETS = ["mendoza-2024-2026", "san-antonio-pladeco"] as const;

/**
 * `ciudata strategy new|import|check|status|report|diff|update <file|preset>`: start a strategy from the
 * template or import one from a sheet of actions, check a strategy file, show its status or
 * write its report (text, JSON, Markdown or HTML) as of a date, show what changed between two dates, or record
 * an action's change of status in the file.
 */
export const strategyCommand = defineCommand({
  name: "strategy",
  summary: help("summary"),
  usage: help("usage"),
  args: [
    { name: "subcommand", choices: ["new", "import", "check", "status", "report", "diff", "update"] },
    { name: "file|preset", optional: true, input: true },
    { name: "other-file", optional: true, input: true },
  ],
  options: {
    preset: { type: "string", choices: STRATEGY_PRESETS, help: help("flag.preset") },
    "as-of": { type: "string", value: "YYYY-MM-DD", help: help("flag.asOf") },
    from: { type: "string", value: "YYYY-MM-DD", help: help("flag.from") },
    to: { type: "string", value: "YYYY-MM-DD", help: help("flag.to") },
    action: { type: "string", value: "id", help: help("flag.action") },
    status: { type: "string", choices: STRATEGY_STATUSES, help: help("flag.status") },
    date: { type: "string", value: "YYYY-MM-DD", help: help("flag.date") },
    note: { type: "string", help: help("flag.note") },
    by: { type: "string", value: "id", help: help("flag.by") },
    correct: { type: "boolean", help: help("flag.correct") },
    inventory: { type: "string", value: "inventario.json", input: true, help: help("flag.inventory") },
    city: { type: "string", value: "name", help: help("flag.city") },
    ...SHEET_OPTION,
  },
  report: { out: "report" },
  load: () => import("./run").then((m) => m.runStrategy),
});
