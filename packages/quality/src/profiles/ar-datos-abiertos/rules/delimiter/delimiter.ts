import type { Lang } from "@ciudata/core";
import type { TableError } from "@ciudata/table";
import { detectedOf } from "../../../../checks/_shared/detected";
import { defineFileRule } from "../../../define-rule";
import { type RuleOptions, ruleError } from "../../../rule";
import { delimiterTexts } from "./messages";

/** The delimiters the guide's texts name in words. */
const NAMED: Readonly<Record<string, "semicolon" | "tab">> = { ";": "semicolon", "\t": "tab" };

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
        expected: delimiterTexts[lang].comma,
        received: NAMED[delimiter] ? delimiterTexts[lang][NAMED[delimiter]] : delimiter,
        example: "barrio,poblacion",
        hint: delimiterTexts[lang].hint,
      },
    }),
  ];
}

/** The `delimiter` rule of the publishing guide as a check descriptor (a profile lists it as `"delimiter"`). */
export const delimiterRule = defineFileRule("delimiter", delimiterFindings);
