import { inspectTable } from "@ciudata/table";
import { UsageError } from "../errors";
import { EXIT_UNREADABLE, isUnreadable } from "../exit-codes";
import { localized } from "../messages";
import { inspectMessages } from "../messages/inspect";
import type { Command } from "../types";
import { detectedText } from "./_detected-text";
import { openInput } from "./_input";
import { LIMIT_FLAG, readLimits } from "./_limits";
import { reportText } from "./_report-text";

/** Exit code when the input cannot be read as a table at all, as for `validate`. */

/**
 * `ciudata inspect <file|url>`: what was detected (encoding, delimiter, header, rows, columns, types).
 * Exits 2 when the input cannot be read as a table (binary, compressed, not found at the URL…).
 */
export const inspectCommand: Command = {
  name: "inspect",
  summary: localized(inspectMessages, "summary"),
  usage: localized(inspectMessages, "usage"),
  flags: {
    encoding: {
      type: "string",
      description: localized(inspectMessages, "flag.encoding"),
    },
    delimiter: {
      type: "string",
      description: localized(inspectMessages, "flag.delimiter"),
    },
    json: {
      type: "boolean",
      description: localized(inspectMessages, "flag.json"),
    },
    ...LIMIT_FLAG,
  },
  async run(args, ctx) {
    const [target, extra] = args.positionals;
    if (target === undefined) throw new UsageError({ kind: "missing-argument", argument: "file" });
    if (extra !== undefined) throw new UsageError({ kind: "extra-argument", argument: extra });
    const limits = readLimits(args);
    const input = await openInput(target, ctx);
    const info = await inspectTable(input, {
      lang: ctx.lang,
      limits,
      ...(typeof args.flags.encoding === "string" ? { encoding: args.flags.encoding } : {}),
      ...(typeof args.flags.delimiter === "string"
        ? { dialect: { delimiter: unescapeTab(args.flags.delimiter) } }
        : {}),
    });
    if (args.flags.json) {
      const { report, ...rest } = info;
      ctx.io.stdout(
        `${JSON.stringify({ ...rest, errors: report.tasks[0]?.errors ?? report.errors }, null, 2)}\n`,
      );
      return isUnreadable(report) ? EXIT_UNREADABLE : 0;
    }
    ctx.io.stdout(detectedText(info, ctx.lang));
    const errors = [...info.report.errors, ...(info.report.tasks[0]?.errors ?? [])];
    if (errors.length) ctx.io.stdout(`\n${reportText(info.report, ctx.lang, 20)}`);
    return isUnreadable(info.report) ? EXIT_UNREADABLE : 0;
  },
};

function unescapeTab(value: string): string {
  return value === "\\t" || value === "tab" ? "\t" : value;
}
