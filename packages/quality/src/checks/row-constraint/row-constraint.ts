import type { Check } from "@ciudata/table";
import { EvaluationError, evaluate, isTruthy, parseExpression, toValue } from "../../expression";
import { rowError } from "../_shared";

/** Options of {@link rowConstraint}. */
export interface RowConstraintOptions {
  /** A formula over the row's fields, e.g. `salary == bonus * 5` or `edad >= 18 and sexo != "X"`. */
  formula: string;
}

/**
 * `row-constraint`: every row must make the formula true (frictionless-py's `row_constraint`, with a
 * small SAFE language instead of Python: no eval, no `Function`, no attribute access or calls). A row
 * fails when the formula is false or cannot be evaluated (null arithmetic, unknown field…). A formula
 * that cannot be read fails every row, with the position of the problem in the error's params; check
 * it beforehand with `parseExpression`.
 *
 * @example
 * ```ts
 * await validate("salary,bonus\n1000,200\n1300,500\n", { checks: [rowConstraint({ formula: "salary == bonus * 5" })] });
 * // row-constraint at row 3
 * ```
 */
export function rowConstraint(options: RowConstraintOptions): Check {
  const { formula } = options;
  const parsed = parseExpression(formula);
  const byName = new Map<string, number>();
  let current: readonly unknown[] = [];
  const lookup = (name: string) => {
    const i = byName.get(name);
    return i === undefined ? undefined : toValue(current[i]);
  };
  const note = `the row constraint to conform is "${formula}"`;
  return {
    name: "row-constraint",
    onStart(ctx) {
      ctx.fields.forEach((f, i) => {
        if (!byName.has(f.name)) byName.set(f.name, i);
      });
    },
    onRow(row, ctx) {
      if (!parsed.ok) {
        const { position, expected, received } = parsed.issue;
        ctx.report(
          rowError("row-constraint", row, ctx, {
            note,
            params: { formula, reason: "syntax", position, expected, received },
          }),
        );
        return;
      }
      current = row.values;
      let ok: boolean;
      let reason: string | null = null;
      let position: number | null = null;
      let detail: Readonly<Record<string, string>> = {};
      try {
        ok = isTruthy(evaluate(parsed.node, lookup));
      } catch (e) {
        if (!(e instanceof EvaluationError)) throw e;
        ok = false;
        reason = e.code;
        position = e.position;
        detail = e.detail;
      }
      if (!ok)
        ctx.report(
          rowError("row-constraint", row, ctx, {
            note,
            params: { ...detail, formula, reason: reason ?? "false", position },
          }),
        );
    },
  };
}
