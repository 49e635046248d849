import type { Lang } from "@ciudata/core";
import type { TableError } from "@ciudata/table";
import { detectedOf } from "../../../../checks/_shared/detected";
import { defineFileRule } from "../../../define-rule";
import { type RuleOptions, ruleError } from "../../../rule";
import { headerRowTexts } from "./messages";

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
  const received =
    header === true
      ? `${headerRowTexts[lang]["words.rows"]} ${rows.join(", ")}`
      : headerRowTexts[lang]["words.none"];
  return [
    ruleError("header-row", options.severity ?? "error", {
      tags: ["#table", "#header"],
      note: `header rows ${header === true ? rows.join(", ") : "none"}, expected one header row (row 1)`,
      params: {
        expected: headerRowTexts[lang]["words.expected"],
        received,
        example: "barrio,poblacion",
        hint: headerRowTexts[lang].hint,
      },
    }),
  ];
}

/** The `header-row` rule of the publishing guide as a check descriptor (a profile lists it as `"header-row"`). */
export const headerRowRule = defineFileRule("header-row", headerRowFindings);
