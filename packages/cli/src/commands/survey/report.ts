// `ciudata survey report`: demand by topic (and by area) or maturity by component from a responses file,
// compared with an earlier round when asked; small groups hidden, numbers from every response.
import {
  compareMaturity,
  compareSurveyRounds,
  maturityReport,
  type SelfAssessment,
  type SurveyInstrument,
  type SurveyResponse,
  surveyReport,
} from "@ciudata/strategy";
import type { CommandContext, ParsedArgs, Printable } from "../../declare";
import type { Doc } from "../../doc";
import { UsageError } from "../../errors";
import { printReport, readJson } from "../../io";
import { localized } from "../../messages";
import { surveyMessages } from "../../messages/survey";
import { RESPONSES_FORMAT } from "./import";
import { checked, type ReadQuestionnaire, readQuestionnaire, str } from "./questionnaire";
import { maturityDoc, surveyDoc } from "./report-doc";

interface ResponsesFile {
  questionnaire: unknown;
  responses: SurveyResponse[];
}

async function readResponses(ctx: CommandContext, file: string): Promise<ResponsesFile> {
  const data = (await readJson(ctx, file)) as Partial<ResponsesFile> & { format?: unknown };
  if (data?.format !== RESPONSES_FORMAT || !Array.isArray(data.responses))
    throw new UsageError({ kind: "custom", message: localized(surveyMessages, "notResponses", { file }) });
  return data as ResponsesFile;
}

/** Runs `survey report <responses.json> [--by question] [--compare earlier.json] [--min-cell 5]`. */
export async function reportSurvey(file: string, args: ParsedArgs, ctx: CommandContext): Promise<number> {
  const format = str(args, "format");
  if (format === "xlsform")
    throw new UsageError({ kind: "custom", message: localized(surveyMessages, "notForReport", { format }) });
  const minCellText = str(args, "min-cell");
  const minCell = minCellText === undefined ? 5 : Number(minCellText);
  if (!Number.isInteger(minCell) || minCell < 1)
    throw new UsageError({
      kind: "custom",
      message: localized(surveyMessages, "minCell", { value: String(minCellText) }),
    });
  const data = await readResponses(ctx, file);
  const name = str(args, "instrument");
  const read: ReadQuestionnaire | number =
    name === undefined ? checked(ctx, file, data.questionnaire) : await readQuestionnaire(ctx, name);
  if (typeof read === "number") return read;
  const q = read.questionnaire;
  const compareFile = str(args, "compare");
  const earlier = compareFile === undefined ? undefined : await readResponses(ctx, compareFile);
  const otherIds = new Set(earlier?.responses.map((r) => r.instrumentId));
  if (earlier && [...otherIds].some((id) => id !== q.instrument.id))
    throw new UsageError({
      kind: "custom",
      message: localized(surveyMessages, "otherInstrument", {
        file: compareFile as string,
        id: [...otherIds].join(", "),
        expected: q.instrument.id,
      }),
    });
  const report =
    q.kind === "self-assessment"
      ? maturity(q.selfAssessment, data, earlier, ctx)
      : demand(q.instrument, { now: data, earlier }, { by: str(args, "by"), minCell }, ctx);
  await printReport(ctx, args, report, { outIsReport: true, inputs: [file, compareFile ?? "", name ?? ""] });
  return 0;
}

/** A report and its comparison with the earlier round (when there is one), as JSON and as a document. */
const printable = (now: object, changes: readonly object[] | undefined, doc: () => Doc): Printable => ({
  json: () => (changes ? { ...now, compare: changes } : now),
  doc,
});

/** Maturity by component, compared with the earlier round when there is one. */
function maturity(
  sa: SelfAssessment,
  data: ResponsesFile,
  earlier: ResponsesFile | undefined,
  ctx: CommandContext,
) {
  const now = maturityReport(sa, data.responses);
  const changes = earlier && compareMaturity(sa, maturityReport(sa, earlier.responses), now);
  return printable(now, changes, () => maturityDoc(sa, now, changes, ctx.lang));
}

/** Demand by topic (and by area with `--by`), compared with the earlier round when there is one. */
function demand(
  instrument: SurveyInstrument,
  rounds: { now: ResponsesFile; earlier: ResponsesFile | undefined },
  options: { by: string | undefined; minCell: number },
  ctx: CommandContext,
): Printable {
  const { by, minCell } = options;
  const grouping = instrument.questions.filter((x) => x.type === "text" || x.type === "select_one");
  if (by !== undefined && !grouping.some((x) => x.name === by))
    throw new UsageError({
      kind: "custom",
      message: localized(surveyMessages, "badBy", { by, known: grouping.map((x) => x.name).join(", ") }),
    });
  const now = surveyReport(instrument, rounds.now.responses, { minCell, ...(by ? { by } : {}) });
  const before = rounds.earlier && surveyReport(instrument, rounds.earlier.responses, { minCell });
  const changes = before && compareSurveyRounds(before, now);
  return printable(now, changes, () => surveyDoc(instrument, now, changes, ctx.lang));
}
