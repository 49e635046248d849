import type { Lang } from "@ciudata/core";
import type { TableError } from "@ciudata/table";
import { defineCheck } from "../../../../checks/_shared/descriptor";
import { detectedOf } from "../../../../checks/_shared/detected";
import { ruleIssues } from "../../../messages";
import { pick, type RuleOptions, RuleOptionsSchema, ruleError } from "../../../rule";

const HINT = {
  es: "agregue una primera fila con el nombre de cada columna y quite filas de título o notas",
  en: "add a first row with the name of each column and remove title or note rows",
  pt: "adicione uma primeira linha com o nome de cada coluna e tire linhas de título ou notas",
} as const;

const WORDS = {
  expected: {
    es: "una fila de encabezado (la fila 1)",
    en: "one header row (row 1)",
    pt: "uma linha de cabeçalho (linha 1)",
  },
  rows: { es: "encabezado en las filas", en: "header in rows", pt: "cabeçalho nas linhas" },
  none: { es: "sin encabezado", en: "no header", pt: "sem cabeçalho" },
} as const;

/**
 * Guide rule: the first row holds the column names (one header row). Reads `task.detected.header`
 * and `task.detected.headerRows`.
 *
 * @example
 * ```ts
 * headerRowFindings(report.tasks[0]); //=> one error when the reader found no header row
 * ```
 */
export function headerRowFindings(
  task: { readonly detected: Readonly<Record<string, unknown>> },
  options: RuleOptions = {},
  lang: Lang = "es",
): TableError[] {
  const { header, headerRows } = detectedOf(task.detected);
  if (header === undefined) return [];
  const rows = headerRows ?? [1];
  const ok = header === true && rows.length === 1 && rows[0] === 1;
  if (ok) return [];
  const received = header === true ? `${pick(WORDS.rows, lang)} ${rows.join(", ")}` : pick(WORDS.none, lang);
  return [
    ruleError("header-row", options.severity ?? "error", {
      tags: ["#table", "#header"],
      note: `header rows ${header === true ? rows.join(", ") : "none"}, expected one header row (row 1)`,
      params: {
        expected: pick(WORDS.expected, lang),
        received,
        example: "barrio,poblacion",
        hint: pick(HINT, lang),
      },
    }),
  ];
}

/** The `header-row` rule of the publishing guide as a check descriptor (a profile lists it as `"header-row"`). */
export const headerRowRule = defineCheck({
  id: "quality/profile/header-row",
  dimension: "validity",
  scope: "file",
  aliases: ["header-row"],
  options: RuleOptionsSchema,
  messages: ruleIssues("header-row"),
  create: (options) => (detected, lang) => headerRowFindings({ detected }, options as RuleOptions, lang),
});
