import type { Check } from "@ciudata/table";
import { z } from "zod";
import { defineTableRule } from "../../../define-rule";
import { cellRuleError, type RuleOptions, RuleOptionsSchema } from "../../../rule";
import { booleanValuesTexts } from "./messages";

/** Options of {@link booleanValues}. */
export interface BooleanValuesOptions extends RuleOptions {
  /** Most cells reported per column (default 1000); the rest are counted in the last one's `params.more`. */
  maxPerColumn?: number;
}

/** Words read as a boolean, by meaning. Single letters (`S`, `N`, `V`, `F`) are left out: they are often codes. */
const MEANING: Readonly<Record<string, boolean>> = {
  true: true,
  false: false,
  si: true,
  sí: true,
  no: false,
  verdadero: true,
  falso: false,
  yes: true,
  sim: true,
  não: false,
  nao: false,
  "1": true,
  "0": false,
};

interface ColumnState {
  /** Every non-empty value so far is a boolean word. */
  candidate: boolean;
  /** Some value is a word (not only 1/0), or the schema says boolean. */
  words: boolean;
  offending: { rowNumber: number; cell: string }[];
  more: number;
}

/**
 * Guide rule: booleans are written `true`/`false`. A column is boolean when every non-empty value is a
 * boolean word (`si`/`no`, `Sí`, `TRUE`, `Verdadero`…, with at least one word, so 1/0 counts stay numbers)
 * or its schema type is `boolean`; then each cell other than `true`/`false` is reported at the end of
 * the read (the column is only known then).
 *
 * @example
 * ```ts
 * await validateTable("vacunado\nSi\nNo\n", { checks: [booleanValues()] });
 * // two quality/profile/boolean-values errors, examples "true" and "false"
 * ```
 */
export function booleanValues(options: BooleanValuesOptions = {}): Check {
  const severity = options.severity ?? "error";
  const max = options.maxPerColumn ?? 1000;
  let columns: ColumnState[] = [];
  return {
    name: "quality/profile/boolean-values",
    onStart(ctx) {
      columns = ctx.labels.map((_, i) => ({
        candidate: true,
        words: ctx.fields[i]?.type === "boolean",
        offending: [],
        more: 0,
      }));
    },
    onRow(row) {
      if (row.blank) return;
      const { cells } = row;
      for (let i = 0; i < cells.length && i < columns.length; i++) {
        const state = columns[i] as ColumnState;
        const cell = cells[i] as string;
        if (!state.candidate || cell === "") continue;
        const key = cell.trim().toLowerCase();
        if (!(key in MEANING)) {
          state.candidate = false;
          state.offending = [];
          continue;
        }
        if (key !== "1" && key !== "0") state.words = true;
        if (cell === "true" || cell === "false") continue;
        if (state.offending.length < max) state.offending.push({ rowNumber: row.rowNumber, cell });
        else state.more++;
      }
    },
    onFinish(ctx) {
      columns.forEach((state, i) => {
        if (!state.candidate || !state.words) return;
        state.offending.forEach(({ rowNumber, cell }, n) => {
          const meaning = MEANING[cell.trim().toLowerCase()];
          const last = n === state.offending.length - 1 && state.more > 0;
          ctx.report(
            cellRuleError("boolean-values", severity, ctx, rowNumber, i, cell, {
              expected: booleanValuesTexts[ctx.lang].expected,
              example: String(meaning),
              hint: booleanValuesTexts[ctx.lang].hint,
              ...(last ? { more: state.more } : {}),
            }),
          );
        });
      });
      columns = [];
    },
  };
}

/** The `boolean-values` rule of the publishing guide as a check descriptor (a profile lists it as `"boolean-values"`). */
export const booleanValuesRule = defineTableRule<BooleanValuesOptions>(
  "boolean-values",
  (options) => booleanValues(options),
  RuleOptionsSchema.extend({ maxPerColumn: z.number().int().positive().optional() }),
);
