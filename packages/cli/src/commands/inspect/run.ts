import { translator } from "@ciudata/core";
import { inspectTable } from "@ciudata/table";
import type { Handler } from "../../declare";
import { EXIT_UNREADABLE, isUnreadable } from "../../exit-codes";
import { openInput } from "../../io";
import { inspectMessages } from "../../messages/inspect";
import { detectedText } from "../_detected-text";
import { readLimitErrors, readLimits } from "../_limits";
import { maskingOf } from "../_masking";
import { reportText } from "../_report-text";

/** Runs `ciudata inspect`: what was detected, and the problems met on the way. */
export const runInspect: Handler = async (args, ctx) => {
  const target = args.positionals[0] as string;
  const info = await inspectTable(await openInput(target, ctx), {
    lang: ctx.lang,
    masking: maskingOf(args),
    limits: readLimits(args),
    ...limitErrorsOf(args),
    ...(typeof args.flags.encoding === "string" ? { encoding: args.flags.encoding } : {}),
    ...(typeof args.flags.delimiter === "string"
      ? { dialect: { delimiter: unescapeTab(args.flags.delimiter) } }
      : {}),
  });
  const { report, ...rest } = info;
  const errors = [...report.errors, ...(report.tasks[0]?.errors ?? [])];
  const text = () =>
    detectedText(info, ctx.lang) + (errors.length ? `\n${reportText(report, ctx.lang, 20)}` : "");
  return {
    exitCode: isUnreadable(report) ? EXIT_UNREADABLE : 0,
    report: {
      json: () => ({
        ...rest,
        errors: report.tasks[0]?.errors ?? report.errors,
        ...(report.tasks[0]?.totals ? { totals: report.tasks[0].totals } : {}),
      }),
      text,
      doc: () => ({
        title: translator(inspectMessages, ctx.lang).t("title", { file: target }),
        lang: ctx.lang,
        blocks: [{ kind: "pre", text: text() }],
      }),
    },
  };
};

/** `{ limitErrors }` when `--limit-errors` is given. */
function limitErrorsOf(args: Parameters<Handler>[0]): { limitErrors?: number } {
  const n = readLimitErrors(args);
  return n === undefined ? {} : { limitErrors: n };
}

function unescapeTab(value: string): string {
  return value === "\\t" || value === "tab" ? "\t" : value;
}
