import { UsageError } from "../errors";
import { commandHelp, globalHelp } from "../help-text";
import { localized } from "../messages";
import { cliMessages } from "../messages/cli";
import { suggest } from "../suggest";
import type { Command } from "../types";

/** `ciudata help [command]`: the general help, or one command's. */
export const helpCommand: Command = {
  name: "help",
  summary: localized(cliMessages, "helpSummary"),
  usage: localized(cliMessages, "helpUsage"),
  async run(args, ctx) {
    const [name, extra] = args.positionals;
    if (extra !== undefined) throw new UsageError({ kind: "extra-argument", argument: extra });
    if (name === undefined) {
      ctx.io.stdout(globalHelp(ctx.lang, ctx.version, ctx.commands));
      return 0;
    }
    const command = ctx.commands.find((c) => c.name === name);
    if (!command) {
      const suggestion = suggest(
        name,
        ctx.commands.map((c) => c.name),
      );
      throw new UsageError({ kind: "unknown-command", command: name, ...(suggestion ? { suggestion } : {}) });
    }
    ctx.io.stdout(commandHelp(command, ctx.lang));
    return 0;
  },
};
