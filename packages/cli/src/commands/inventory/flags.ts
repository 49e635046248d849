// Small helpers shared by the inventory subcommands: flags, dates and the one-line outcome.
import { isRealDate } from "@ciudata/strategy";
import type { CommandContext, Outcome, ParsedArgs } from "../../declare";
import { UsageError } from "../../errors";
import { localized } from "../../messages";
import { inventoryMessages } from "../../messages/inventory";

/** A comma-separated flag as a list. */
export function listFlag(args: ParsedArgs, name: string): string[] {
  const value = args.flags[name];
  if (typeof value !== "string") return [];
  return value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A `YYYY-MM-DD` flag, or `undefined` when not given; anything else is a usage error. */
export function dateFlag(args: ParsedArgs, name: string): string | undefined {
  const value = args.flags[name];
  if (typeof value !== "string") return undefined;
  if (isRealDate(value)) return value;
  throw new UsageError({
    kind: "custom",
    message: localized(inventoryMessages, "checkDate", { flag: name, value }),
  });
}

/** A one-line outcome: the sentence as text, Markdown and HTML, the data as JSON. */
export function done(ctx: CommandContext, line: string, json: unknown, exitCode = 0): Outcome {
  return {
    exitCode,
    report: {
      json: () => json,
      text: () => `${line}\n`,
      doc: () => ({ title: line, lang: ctx.lang, blocks: [] }),
    },
  };
}
