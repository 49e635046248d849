import { defineCommand, helpText } from "../../declare";
import { cliMessages } from "../../messages/cli";

/** `ciudata help [command]`: the general help, or one command's. */
export const helpCommand = defineCommand({
  name: "help",
  summary: helpText(cliMessages, "helpSummary"),
  usage: helpText(cliMessages, "helpUsage"),
  args: [{ name: "command", optional: true }],
  load: () => import("./run").then((m) => m.runHelp),
});
