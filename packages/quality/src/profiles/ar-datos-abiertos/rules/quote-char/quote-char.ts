import type { Lang } from "@ciudata/core";
import type { TableError } from "@ciudata/table";
import { detectedOf } from "../../../../checks/_shared/detected";
import { defineFileRule } from "../../../define-rule";
import { type RuleOptions, ruleError } from "../../../rule";
import { quoteCharTexts } from "./messages";

/**
 * Guide rule: values are quoted with `"`. Reads `task.detected.quoteChar`.
 *
 * @example
 * ```ts
 * quoteCharFindings(report.tasks[0]); //=> [] when the file quotes with "
 * ```
 */
export function quoteCharFindings(
  task: { readonly detected: Readonly<Record<string, unknown>> },
  options: RuleOptions = {},
  lang: Lang = "es",
): TableError[] {
  const quote = detectedOf(task.detected).quoteChar;
  if (typeof quote !== "string" || quote === '"') return [];
  return [
    ruleError("quote-char", options.severity ?? "error", {
      tags: ["#source", "#dialect"],
      note: `quote character is ${JSON.stringify(quote)}, expected '"'`,
      params: {
        expected: '"',
        received: quote,
        example: '"Godoy Cruz, Mendoza"',
        hint: quoteCharTexts[lang].hint,
      },
    }),
  ];
}

/** The `quote-char` rule of the publishing guide as a check descriptor (a profile lists it as `"quote-char"`). */
export const quoteCharRule = defineFileRule("quote-char", quoteCharFindings);
