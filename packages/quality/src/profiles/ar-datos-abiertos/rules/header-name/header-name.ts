import type { Check } from "@ciudata/table";
import { z } from "zod";
import { defineTableRule } from "../../../define-rule";
import { type RuleOptions, RuleOptionsSchema, ruleError, toFieldName } from "../../../rule";
import { headerNameTexts } from "./messages";

/** Options of {@link headerName}. */
export interface HeaderNameOptions extends RuleOptions {
  /** Longest name allowed (default 50, as the guide). */
  maxLength?: number;
}

const NAME = /^[a-z0-9_]+$/;

/**
 * Guide rule: column names are lowercase `a-z`, `0-9` and `_`, at most 50 characters. Blank labels
 * are left to `blank-label`. The example is the name suggested for the column.
 *
 * @example
 * ```ts
 * await validateTable("Fecha Alta,id\n2024-01-01,1\n", { checks: [headerName()] });
 * // quality/profile/header-name on column 1, example "fecha_alta"
 * ```
 */
export function headerName(options: HeaderNameOptions = {}): Check {
  const max = options.maxLength ?? 50;
  const severity = options.severity ?? "error";
  return {
    name: "quality/profile/header-name",
    onStart(ctx) {
      ctx.labels.forEach((label, i) => {
        if (label === "" || (NAME.test(label) && label.length <= max)) return;
        const suggestion = toFieldName(label, max);
        const reason = label.length > max ? "length" : "characters";
        ctx.report(
          ruleError("header-name", severity, {
            tags: ["#table", "#header", "#label"],
            fieldNumber: i + 1,
            fieldName: label,
            note: `label "${label}" is not lowercase a-z0-9_ of at most ${max} characters`,
            params: {
              label,
              reason,
              expected: headerNameTexts[ctx.lang].expected.replace("{max}", String(max)),
              received: label,
              example: suggestion,
              hint: headerNameTexts[ctx.lang].hint.replace("{name}", suggestion),
            },
          }),
        );
      });
    },
  };
}

/** The `header-name` rule of the publishing guide as a check descriptor (a profile lists it as `"header-name"`). */
export const headerNameRule = defineTableRule<HeaderNameOptions>(
  "header-name",
  (options) => headerName(options),
  RuleOptionsSchema.extend({ maxLength: z.number().int().positive().optional() }),
);
