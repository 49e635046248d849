import type { Check } from "@ciudata/table";
import { defineTableRule } from "../../../define-rule";
import { type RuleOptions, ruleError, toFieldName } from "../../../rule";
import { uniqueHeadersTexts } from "./messages";

/**
 * Guide rule: column names are unique. Exact repeats are already `duplicate-label` errors; this rule
 * adds names that only differ in capitals, accents, spaces or symbols (`Año` and `ano`, `Fecha ` and
 * `fecha`), which collide once written as the guide asks.
 *
 * @example
 * ```ts
 * await validateTable("Año,ano\n2024,2023\n", { checks: [uniqueHeaders()] });
 * // quality/profile/unique-headers on column 2
 * ```
 */
export function uniqueHeaders(options: RuleOptions = {}): Check {
  const severity = options.severity ?? "error";
  return {
    name: "quality/profile/unique-headers",
    onStart(ctx) {
      const seen = new Map<string, { label: string; index: number }>();
      ctx.labels.forEach((label, i) => {
        if (label === "") return;
        const key = toFieldName(label, Number.POSITIVE_INFINITY);
        const first = seen.get(key);
        if (!first) {
          seen.set(key, { label, index: i });
          return;
        }
        if (first.label === label) return; // an exact repeat: duplicate-label says it
        ctx.report(
          ruleError("unique-headers", severity, {
            tags: ["#table", "#header", "#label"],
            fieldNumber: i + 1,
            fieldName: label,
            note: `label "${label}" clashes with "${first.label}" at position ${first.index + 1}`,
            params: {
              label,
              other: first.label,
              firstFieldNumber: first.index + 1,
              expected: uniqueHeadersTexts[ctx.lang].expected,
              received: label,
              example: `${key}, ${key}_2`,
              hint: uniqueHeadersTexts[ctx.lang].hint,
            },
          }),
        );
      });
    },
  };
}

/** The `unique-headers` rule of the publishing guide as a check descriptor (a profile lists it as `"unique-headers"`). */
export const uniqueHeadersRule = defineTableRule("unique-headers", (options) => uniqueHeaders(options));
