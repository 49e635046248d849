// Small helpers shared by the inventory subcommands: flags, dates and the one-line outcome.
import { isRealDate } from "@ciudata/strategy";
import type { CommandContext, Outcome, ParsedArgs } from "../../declare";
import { UsageError } from "../../errors";
import { localized } from "../../messages";
import { inventoryMessages } from "../../messages/inventory";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A comma-separated flag as a list; with `slugs`, each must be an id (else a usage error naming it). */
export function listFlag(args: ParsedArgs, name: string, slugs = false): string[] {
  const value = args.flags[name];
  if (typeof value !== "string") return [];
  const items = value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = slugs ? items.find((s) => !SLUG.test(s)) : undefined;
  if (bad !== undefined)
    throw new UsageError({ kind: "bad-choice", flag: `--${name}`, value: bad, choices: "a-z, 0-9, -" });
  return items;
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
