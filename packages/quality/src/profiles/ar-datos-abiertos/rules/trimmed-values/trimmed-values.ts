import type { Check } from "@ciudata/table";
import { defineTableRule } from "../../../define-rule";
import { type RuleOptions, ruleError } from "../../../rule";
import { trimmedValuesTexts } from "./messages";

const isSpace = (code: number) =>
  code === 32 || code === 9 || code === 160 || code === 0x2007 || code === 0x202f || code === 0x3000;

/**
 * Guide rule: values have no leading or trailing spaces (spaces, tabs, non-breaking spaces). The
 * received value is masked; the example is the trimmed value, masked too.
 *
 * @example
 * ```ts
 * await validateTable("barrio\n Centro \n", { checks: [trimmedValues()] });
 * // quality/profile/trimmed-values at row 2, column 1
 * ```
 */
export function trimmedValues(options: RuleOptions = {}): Check {
  const severity = options.severity ?? "error";
  return {
    name: "quality/profile/trimmed-values",
    onRow(row, ctx) {
      if (row.blank) return;
      const { cells } = row;
      for (let i = 0; i < cells.length; i++) {
        const cell = cells[i] as string;
        if (cell === "") continue;
        if (!isSpace(cell.charCodeAt(0)) && !isSpace(cell.charCodeAt(cell.length - 1))) continue;
        const masked = ctx.mask(cell, i);
        ctx.report(
          ruleError("trimmed-values", severity, {
            tags: ["#table", "#row", "#cell"],
            rowNumber: row.rowNumber,
            fieldNumber: i + 1,
            fieldName: ctx.fields[i]?.name ?? ctx.labels[i] ?? null,
            cell: masked,
            note: "value has leading or trailing spaces",
            params: {
              expected: trimmedValuesTexts[ctx.lang].expected,
              received: masked,
              masked: masked !== cell,
              example: ctx.mask(cell.trim(), i),
              hint: trimmedValuesTexts[ctx.lang].hint,
            },
          }),
        );
      }
    },
  };
}

/** The `trimmed-values` rule of the publishing guide as a check descriptor (a profile lists it as `"trimmed-values"`). */
export const trimmedValuesRule = defineTableRule("trimmed-values", (options) => trimmedValues(options));
