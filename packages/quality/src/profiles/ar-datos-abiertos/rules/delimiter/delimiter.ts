import type { Lang } from "@ciudata/core";
import type { TableError } from "@ciudata/table";
import { defineCheck } from "../../../../checks/_shared/descriptor";
import { detectedOf } from "../../../../checks/_shared/detected";
import { ruleIssues } from "../../../messages";
import { pick, type RuleOptions, RuleOptionsSchema, ruleError } from "../../../rule";

const NAMES: Record<string, Record<Lang, string>> = {
  ";": { es: "; (punto y coma)", en: "; (semicolon)", pt: "; (ponto e vírgula)" },
  "\t": { es: "tabulación", en: "tab", pt: "tabulação" },
};
const COMMA = { es: ", (coma)", en: ", (comma)", pt: ", (vírgula)" } as const;

const HINT = {
  es: "exporte con coma como separador y comillas dobles en los valores que tengan comas",
  en: "export with a comma delimiter and double quotes around values that contain commas",
  pt: "exporte com vírgula como separador e aspas duplas nos valores que tenham vírgulas",
} as const;

/**
 * Guide rule: columns are separated by commas. Reads `task.detected.delimiter`.
 *
 * @example
 * ```ts
 * delimiterFindings(report.tasks[0]); //=> [] for "a,b\n1,2\n"; one error for "a;b\n1;2\n"
 * ```
 */
export function delimiterFindings(
  task: { readonly detected: Readonly<Record<string, unknown>> },
  options: RuleOptions = {},
  lang: Lang = "es",
): TableError[] {
  const { delimiter } = detectedOf(task.detected);
  if (typeof delimiter !== "string" || delimiter === ",") return [];
  return [
    ruleError("delimiter", options.severity ?? "error", {
      tags: ["#source", "#dialect"],
      note: `delimiter is ${JSON.stringify(delimiter)}, expected ","`,
      params: {
        expected: pick(COMMA, lang),
        received: NAMES[delimiter]?.[lang] ?? delimiter,
        example: "barrio,poblacion",
        hint: pick(HINT, lang),
      },
    }),
  ];
}

/** The `delimiter` rule of the publishing guide as a check descriptor (a profile lists it as `"delimiter"`). */
export const delimiterRule = defineCheck({
  id: "quality/profile/delimiter",
  dimension: "validity",
  scope: "file",
  aliases: ["delimiter"],
  options: RuleOptionsSchema,
  messages: ruleIssues("delimiter"),
  create: (options) => (detected, lang) => delimiterFindings({ detected }, options as RuleOptions, lang),
});
