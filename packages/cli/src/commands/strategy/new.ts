// `ciudata strategy new <file> [--city "…"]`: a city's own strategy from the template, never over a file.
import { access } from "node:fs/promises";
import { translator } from "@ciudata/core";
import { strategyTemplate, todayIn } from "@ciudata/strategy";
import type { CommandContext, Outcome, ParsedArgs } from "../../declare";
import { UsageError } from "../../errors";
import { userPath, writeOutput } from "../../io";
import { localized } from "../../messages";
import { strategyMessages } from "../../messages/strategy";

const DEFAULT_TIME_ZONE = "America/Argentina/Buenos_Aires";

/**
 * Writes the template (texts in es/en/pt; placeholders [in brackets] in the language asked for) to `file`,
 * atomically; an existing file is a usage error (exit 2) and is left as it is. The strategy starts this month.
 */
export async function newStrategy(file: string, args: ParsedArgs, ctx: CommandContext): Promise<Outcome> {
  if (!/\.json$/i.test(file))
    throw new UsageError({ kind: "custom", message: localized(strategyMessages, "newJson", { file }) });
  const exists = await access(userPath(ctx, file)).then(
    () => true,
    () => false,
  );
  if (exists)
    throw new UsageError({ kind: "custom", message: localized(strategyMessages, "exists", { file }) });
  const city = typeof args.flags.city === "string" ? args.flags.city : undefined;
  const from = todayIn(DEFAULT_TIME_ZONE, new Date()).slice(0, 7);
  const doc = strategyTemplate({ ...(city ? { city } : {}), from, lang: ctx.lang });
  await writeOutput(ctx, file, `${JSON.stringify(doc, null, 2)}\n`);
  const { t } = translator(strategyMessages, ctx.lang);
  const line = t("created", { file, pillars: doc.pillars.length, actions: doc.actions?.length ?? 0 });
  return {
    exitCode: 0,
    report: {
      json: () => ({ created: file, pillars: doc.pillars.length, actions: doc.actions?.length ?? 0 }),
      text: () => `${line}\n`,
      doc: () => ({ title: line, lang: ctx.lang, blocks: [] }),
    },
  };
}
