import { defineCommand, helpTexts } from "../../declare";
import { surveyMessages } from "../../messages/survey";

const help = helpTexts(surveyMessages);

/** What `--format` accepts: the forms `export` writes and the renderings of `report`. */
export const SURVEY_FORMATS = ["xlsform", "html", "json", "text", "md"] as const;

/**
 * `ciudata survey export|import|report`: questionnaires as data — the capacity survey and the CDA
 * self-assessment exported as an XLSForm or an accessible HTML form, answers imported from Kobo, Google
 * Forms or Microsoft Forms exports (columns and answers checked, located problems), and reports of demand
 * by topic and area (groups under 5 hidden), maturity by component and the comparison of two rounds.
 */
export const surveyCommand = defineCommand({
  name: "survey",
  summary: help("summary"),
  usage: help("usage"),
  args: [
    { name: "action", choices: ["export", "import", "report"] },
    { name: "file", input: true },
  ],
  options: {
    format: { type: "string", choices: SURVEY_FORMATS, help: help("flag.format") },
    out: { type: "string", value: "file", help: help("flag.out") },
    instrument: { type: "string", value: "file|preset", input: true, help: help("flag.instrument") },
    source: { type: "string", choices: ["kobo", "google", "microsoft"], help: help("flag.source") },
    date: { type: "string", value: "YYYY-MM-DD", help: help("flag.date") },
    "date-order": { type: "string", choices: ["dmy", "mdy"], help: help("flag.dateOrder") },
    by: { type: "string", value: "question", help: help("flag.by") },
    compare: { type: "string", value: "responses.json", input: true, help: help("flag.compare") },
    "min-cell": { type: "string", value: "5", help: help("flag.minCell") },
  },
  load: () => import("./run").then((m) => m.runSurvey),
});
