import { defineCommand, helpTexts } from "../../declare";
import { watchMessages } from "../../messages/watch";

const help = helpTexts(watchMessages);

/**
 * `ciudata watch <inventory|catalog-url>`: reviews each dataset again (downloading only what changed),
 * keeps every result in a history database and alerts on stale datasets, scores below a threshold and
 * changed fields; `ciudata watch report` shows each dataset's trend and the latest alerts.
 */
export const watchCommand = defineCommand({
  name: "watch",
  summary: help("summary"),
  usage: help("usage"),
  args: [{ name: "source", input: true }],
  options: {
    once: { type: "boolean", help: help("flag.once") },
    every: { type: "string", value: "cron", help: help("flag.every") },
    db: { type: "string", value: "history.duckdb", help: help("flag.db") },
    database: { type: "string", value: "postgres://…", help: help("flag.database") },
    threshold: { type: "string", value: "0-100", help: help("flag.threshold") },
    webhook: { type: "string", value: "url", help: help("flag.webhook") },
    "as-of": { type: "string", value: "YYYY-MM-DD", help: help("flag.asOf") },
  },
  report: { out: "report" },
  load: () => import("./run").then((m) => m.runWatch),
});
