// `ciudata strategy update`: one more event in an action's history, written back to the strategy file.
import { type Issue, translator } from "@ciudata/core";
import { type ActionStatus, isRealDate, parseStrategy, STATUS_LABELS, updateAction } from "@ciudata/strategy";
import { writeFileAtomic } from "@ciudata/table/node";
import { issueText } from "../../catalogs";
import type { CommandContext, Outcome, ParsedArgs } from "../../declare";
import { UsageError } from "../../errors";
import { EXIT_INVALID } from "../../exit-codes";
import { readText, userPath } from "../../io";
import { localized } from "../../messages";
import { strategyMessages } from "../../messages/strategy";

/**
 * `strategy update <file> --action <id> --status … --date … [--note …] [--by …] [--correct]`: the file is read,
 * checked, given one more history event by `updateAction` and written back atomically (a temporary file
 * renamed over it). An unknown action, a date before the last change or a bad value is a located usage
 * error (exit 2) and an invalid file is listed (exit 1); the file is untouched in every case.
 */
export async function update(
  source: string,
  isPreset: boolean,
  args: ParsedArgs,
  ctx: CommandContext,
): Promise<Outcome | number> {
  if (isPreset)
    throw new UsageError({ kind: "custom", message: localized(strategyMessages, "updateNeedsFile") });
  const flag = (name: string): string => {
    const value = args.flags[name];
    if (typeof value !== "string") throw new UsageError({ kind: "missing-value", flag: `--${name}` });
    return value;
  };
  const actionId = flag("action");
  const status = flag("status") as ActionStatus;
  const at = flag("date");
  if (!isRealDate(at))
    throw new UsageError({
      kind: "custom",
      message: localized(strategyMessages, "checkDate", { flag: "date", value: at }),
    });
  const note = typeof args.flags.note === "string" ? args.flags.note : undefined;
  const by = typeof args.flags.by === "string" ? args.flags.by : undefined;
  const text = (await readText(ctx, source)).replace(/^\uFEFF/, "");
  const before = parseStrategy(text);
  if (!before.ok) {
    const w = translator(strategyMessages, ctx.lang).t;
    const listed = before.issues.map((i) => `  ${issueText(i, ctx.lang)}`).join("\n");
    ctx.io.stderr(`${w("invalid")} (${source}):\n${listed}\n`);
    return EXIT_INVALID;
  }
  const r = updateAction(text, {
    actionId,
    status,
    at,
    ...(note === undefined ? {} : { note }),
    ...(by === undefined ? {} : { by }),
    correct: args.flags.correct === true,
  });
  if (!r.ok) {
    const issue = r.issues.find((i) => i.severity === "error") ?? (r.issues[0] as Issue);
    throw new UsageError({ kind: "issue", issue });
  }
  await writeFileAtomic(userPath(ctx, source), `${JSON.stringify(r.strategy, null, 2)}\n`);
  const action = r.document.actions.find((a) => a.id === actionId);
  const title = action ? (action.title[ctx.lang] ?? action.title.es) : actionId;
  const { t } = translator(strategyMessages, ctx.lang);
  const line = t("updated", {
    action: title,
    status: STATUS_LABELS[ctx.lang][status],
    date: at,
    file: source,
  });
  return {
    exitCode: 0,
    report: {
      json: () => ({ updated: source, actionId, event: r.event }),
      text: () => `${line}\n`,
      doc: () => ({ title: line, lang: ctx.lang, blocks: [] }),
    },
  };
}
