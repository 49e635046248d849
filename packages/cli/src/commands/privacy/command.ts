import { defineCommand, helpTexts } from "../../declare";
import { privacyMessages } from "../../messages/privacy";
import { LIMIT_OPTION, SHEET_OPTION } from "../../options";

const help = helpTexts(privacyMessages);

/**
 * `ciudata privacy scan <file>` (which columns hold personal data, with masked samples; with
 * `--fail-on direct|quasi`, exits 1 when a column of that level or above is found) and
 * `ciudata privacy risk <file> --qi a,b,c` (re-identification risk; exits 1 when k is not met).
 */
export const privacyCommand = defineCommand({
  name: "privacy",
  summary: help("summary"),
  usage: help("usage"),
  args: [
    { name: "subcommand", choices: ["scan", "risk"] },
    { name: "file", input: true },
  ],
  options: {
    qi: { type: "string", value: "a,b,c", help: help("flag.qi") },
    sensitive: { type: "string", value: "a,b", help: help("flag.sensitive") },
    k: { type: "string", help: help("flag.k") },
    weight: { type: "string", value: "column", help: help("flag.weight") },
    "missing-matches-any": { type: "boolean", help: help("flag.missingMatchesAny") },
    "fail-on": { type: "string", choices: ["direct", "quasi"], help: help("flag.failOn") },
    ...LIMIT_OPTION,
    ...SHEET_OPTION,
  },
  report: { out: "report" },
  load: () => import("./run").then((m) => m.runPrivacy),
});
