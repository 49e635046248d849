import { defineCommand, helpTexts } from "../../declare";
import { hackathonMessages } from "../../messages/hackathon";

const help = helpTexts(hackathonMessages);

/**
 * `ciudata hackathon check|status|report|rank|pack`: check a hackathon file (against the strategy and the
 * inventory), show the stage of each challenge, report the ranking, the panel's recommendations and the
 * follow-up commitments; rank a hackathon's submissions with a weighted rubric (conflicts of
 * interest, missing scores, tie-breaker, spread between judges) as text, JSON, Markdown or HTML, or export
 * a challenge pack (READMEs, datasets.json, offline data) from a portal.
 */
export const hackathonCommand = defineCommand({
  name: "hackathon",
  summary: help("summary"),
  usage: help("usage"),
  args: [
    { name: "action", choices: ["check", "status", "report", "rank", "pack"] },
    { name: "file", input: true },
  ],
  options: {
    rubric: { type: "string", value: "rubric.json", input: true, help: help("flag.rubric") },
    missing: { type: "string", choices: ["mean", "exclude"], help: help("flag.missing") },
    normalize: { type: "boolean", help: help("flag.normalize") },
    portal: { type: "string", value: "url", help: help("flag.portal") },
    out: { type: "string", value: "dir|file", help: help("flag.out") },
    "max-mb": { type: "string", value: "20", help: help("flag.maxMb") },
    strategy: { type: "string", value: "strategy.json|preset", input: true, help: help("flag.strategy") },
    inventory: { type: "string", value: "inventory.json", input: true, help: help("flag.inventory") },
    "as-of": { type: "string", value: "YYYY-MM-DD", help: help("flag.asOf") },
  },
  report: { out: "data" },
  load: () => import("./run").then((m) => m.runHackathon),
});
