// Reading a questionnaire the user named: a built-in one by name, or a JSON file (checked, located problems).
import { access } from "node:fs/promises";
import { translator } from "@ciudata/core";
import {
  parseQuestionnaire,
  QUESTIONNAIRE_PRESETS,
  type Questionnaire,
  questionnairePreset,
} from "@ciudata/strategy";
import { issueText } from "../../catalogs";
import type { CommandContext, ParsedArgs } from "../../declare";
import { UsageError } from "../../errors";
import { EXIT_INVALID } from "../../exit-codes";
import { readJson, userPath } from "../../io";
import { localized } from "../../messages";
import { surveyMessages } from "../../messages/survey";

/** A questionnaire read: as written (to copy into outputs) and checked. */
export interface ReadQuestionnaire {
  raw: unknown;
  questionnaire: Questionnaire;
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** The questionnaire a name or a path gives, or an exit code once its problems are printed (exit 1). */
export async function readQuestionnaire(
  ctx: CommandContext,
  name: string,
): Promise<ReadQuestionnaire | number> {
  const preset = (await exists(userPath(ctx, name))) ? undefined : questionnairePreset(name);
  if (preset === undefined && !(await exists(userPath(ctx, name))))
    throw new UsageError({
      kind: "custom",
      message: localized(surveyMessages, "unknownPreset", {
        name,
        presets: QUESTIONNAIRE_PRESETS.join(", "),
      }),
    });
  const raw = preset ?? (await readJson(ctx, name));
  return checked(ctx, name, raw);
}

/** A questionnaire given as data (inside a responses file), checked the same way. */
export function checked(ctx: CommandContext, name: string, raw: unknown): ReadQuestionnaire | number {
  const r = parseQuestionnaire(raw);
  if (r.ok) return { raw, questionnaire: r.questionnaire };
  ctx.io.stderr(`${translator(surveyMessages, ctx.lang).t("invalid", { file: name })}\n`);
  for (const issue of r.issues) ctx.io.stderr(`  ${issueText(issue, ctx.lang)}\n`);
  return EXIT_INVALID;
}

/** A string option, or `undefined`. */
export const str = (args: ParsedArgs, flag: string): string | undefined => {
  const v = args.flags[flag];
  return typeof v === "string" ? v : undefined;
};
