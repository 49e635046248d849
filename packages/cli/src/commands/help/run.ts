import type { Handler } from "../../declare";
import { UsageError } from "../../errors";
import { commandHelp, globalHelp } from "../../help-text";
import { suggest } from "../../suggest";

/** Runs `ciudata help [command]`. */
export const runHelp: Handler = async (args, ctx) => {
  const [name] = args.positionals;
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
};
