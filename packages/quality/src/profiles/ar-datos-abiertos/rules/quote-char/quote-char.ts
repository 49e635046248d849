import type { Lang, ReportTask, TableError } from "@ciudata/table";
import { type FileRule, pick, type RuleOptions, RuleOptionsSchema, ruleError } from "../../../rule";

const HINT = {
  es: 'encierre entre comillas dobles (") los valores que tengan comas o saltos de línea',
  en: 'wrap values that contain commas or line breaks in double quotes (")',
  pt: 'coloque entre aspas duplas (") os valores que tenham vírgulas ou quebras de linha',
} as const;

/**
 * Guide rule: values are quoted with `"`. Reads `task.detected.quoteChar`.
 *
 * @example
 * ```ts
 * quoteCharFindings(report.tasks[0]); //=> [] when the file quotes with "
 * ```
 */
export function quoteCharFindings(
  task: ReportTask,
  options: RuleOptions = {},
  lang: Lang = "es",
): TableError[] {
  const quote = task.detected.quoteChar;
  if (typeof quote !== "string" || quote === '"') return [];
  return [
    ruleError("quote-char", options.severity ?? "error", {
      tags: ["#source", "#dialect"],
      note: `quote character is ${JSON.stringify(quote)}, expected '"'`,
      params: { expected: '"', received: quote, example: '"Godoy Cruz, Mendoza"', hint: pick(HINT, lang) },
    }),
  ];
}

/** The `quote-char` rule as a profile lists it. */
export const quoteCharRule: FileRule = {
  id: "quote-char",
  scope: "file",
  options: RuleOptionsSchema,
  inspect: (task, options, lang) => quoteCharFindings(task, options as RuleOptions, lang),
};
