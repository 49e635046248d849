// `ciudata survey import`: answers exported by Kobo, Google Forms or Microsoft Forms, read through the table
// reader, mapped to the questionnaire's questions and checked; nothing is written unless everything fits.
import { basename } from "node:path";
import { type Issue, translator } from "@ciudata/core";
import { type AnswersSource, type DateOrder, importAnswers, isRealDate } from "@ciudata/strategy";
import { openTable } from "@ciudata/table";
import { issueText } from "../../catalogs";
import type { CommandContext, ParsedArgs } from "../../declare";
import { UsageError } from "../../errors";
import { EXIT_INVALID, EXIT_USAGE } from "../../exit-codes";
import { openInput, refuseOverwrite, writeOutput } from "../../io";
import { localized } from "../../messages";
import { surveyMessages } from "../../messages/survey";
import { readQuestionnaire, str } from "./questionnaire";

/** Where the answers go without --out, in the user's language. */
const DEFAULT_OUT = { es: "respuestas.json", en: "responses.json", pt: "respostas.json" } as const;

/** What `survey import` writes: the responses and the questionnaire they answer (so a report needs nothing else). */
export const RESPONSES_FORMAT = "ciudata-survey-responses";

/** The most problems listed; the count said is always the whole. */
const LISTED = 50;

/** Runs `survey import <answers.csv> --instrument <questionnaire|preset> [--out responses.json]`. */
export async function importSurvey(file: string, args: ParsedArgs, ctx: CommandContext): Promise<number> {
  const { t } = translator(surveyMessages, ctx.lang);
  const name = str(args, "instrument");
  if (name === undefined)
    throw new UsageError({ kind: "custom", message: localized(surveyMessages, "needInstrument") });
  const date = str(args, "date");
  if (date !== undefined && !isRealDate(date))
    throw new UsageError({ kind: "custom", message: localized(surveyMessages, "badDate", { value: date }) });
  const out = str(args, "out") ?? DEFAULT_OUT[ctx.lang];
  refuseOverwrite(ctx, [out], [file, name]);
  const read = await readQuestionnaire(ctx, name);
  if (typeof read === "number") return read;

  const table = await openTable(await openInput(file, ctx));
  if (table.stopped) {
    await table.close();
    throw new UsageError({ kind: "issue", issue: table.issues[0] as Issue });
  }
  const rows: { rowNumber: number; cells: string[] }[] = [];
  for await (const { rowNumber, cells } of table.rows()) rows.push({ rowNumber, cells: [...cells] });
  const source = str(args, "source") as AnswersSource | undefined;
  const dateOrder = str(args, "date-order") as DateOrder | undefined;
  const result = importAnswers(
    read.questionnaire.instrument,
    { labels: table.labels, rows },
    { ...(source ? { source } : {}), ...(dateOrder ? { dateOrder } : {}), ...(date ? { date } : {}) },
  );
  const list = (issues: readonly Issue[]) =>
    issues
      .slice(0, LISTED)
      .map((i) => `  ${file}: ${issueText(i, ctx.lang)}\n`)
      .join("");
  if (result.headerIssues.length) {
    ctx.io.stderr(
      `${t("badHeader", { file, count: result.headerIssues.length })}\n${list(result.headerIssues)}`,
    );
    return EXIT_USAGE;
  }
  if (result.issues.length) {
    ctx.io.stderr(`${t("badRows", { file, count: result.issues.length })}\n${list(result.issues)}`);
    return EXIT_INVALID;
  }
  const document = {
    format: RESPONSES_FORMAT,
    formatVersion: 1,
    importedFrom: basename(file),
    source: result.source,
    questionnaire: read.raw,
    responses: result.responses,
  };
  const path = await writeOutput(ctx, out, `${JSON.stringify(document, null, 2)}\n`, {
    inputs: [file, name],
  });
  const said = [t("imported", { count: result.responses.length, file, source: result.source, out: path })];
  if (result.ignored.length) said.push(t("ignored", { columns: result.ignored.join(", ") }));
  if (result.guesses.dateOrder) said.push(t("guessedOrder", { order: result.guesses.dateOrder }));
  if (result.guesses.twoDigitYears) said.push(t("guessedCentury", { count: result.guesses.twoDigitYears }));
  ctx.io.stdout(`${said.join("\n")}\n`);
  return 0;
}
