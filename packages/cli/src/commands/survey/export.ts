// `ciudata survey export`: a questionnaire as an XLSForm, an accessible HTML form or its editable JSON.
import { translator } from "@ciudata/core";
import { asInstrument, surveyFormHtml, xlsFormSheets } from "@ciudata/strategy";
import { toXlsxSheets } from "@ciudata/table";
import type { CommandContext, ParsedArgs } from "../../declare";
import { UsageError } from "../../errors";
import { writeOutput } from "../../io";
import { localized } from "../../messages";
import { surveyMessages } from "../../messages/survey";
import { readQuestionnaire, str } from "./questionnaire";

const BY_EXTENSION: Record<string, "xlsform" | "html" | "json"> = {
  xlsx: "xlsform",
  html: "html",
  htm: "html",
  json: "json",
};

/** Runs `survey export <questionnaire|preset> --format xlsform|html|json [--out file]`. */
export async function exportSurvey(file: string, args: ParsedArgs, ctx: CommandContext): Promise<number> {
  const out = str(args, "out");
  const asked = str(args, "format");
  const format = asked ?? BY_EXTENSION[/\.([a-z]+)$/i.exec(out ?? "")?.[1]?.toLowerCase() ?? ""];
  if (format !== "xlsform" && format !== "html" && format !== "json")
    throw new UsageError({ kind: "custom", message: localized(surveyMessages, "needFormat") });
  if (format === "xlsform" && out === undefined)
    throw new UsageError({ kind: "custom", message: localized(surveyMessages, "needOut") });
  const read = await readQuestionnaire(ctx, file);
  if (typeof read === "number") return read;
  const { questionnaire } = read;
  const instrument =
    questionnaire.kind === "self-assessment"
      ? asInstrument(questionnaire.selfAssessment)
      : questionnaire.instrument;
  const data =
    format === "xlsform"
      ? toXlsxSheets(xlsFormSheets(instrument, { defaultLanguage: ctx.lang }))
      : format === "html"
        ? surveyFormHtml(instrument, ctx.lang)
        : `${JSON.stringify(read.raw, null, 2)}\n`;
  if (out === undefined) {
    ctx.io.stdout(data as string);
    return 0;
  }
  const path = await writeOutput(ctx, out, data, { inputs: [file] });
  ctx.io.stdout(`${translator(surveyMessages, ctx.lang).t("wrote", { path })}\n`);
  return 0;
}
