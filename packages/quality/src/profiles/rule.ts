import { foldText } from "@ciudata/core";
import {
  type Check,
  type CheckContext,
  type ErrorParam,
  type TableError,
  type TableErrorInit,
  tableError,
} from "@ciudata/table";
import { z } from "zod";
import type {
  FileCheckDescriptor,
  QualityCheckDescriptor,
  RowCheckDescriptor,
} from "../checks/_shared/descriptor";

/** How much a broken profile rule weighs. */
export type Severity = "error" | "warning";

/** Options every rule takes. */
export interface RuleOptions {
  /** `error` (default) fails the report, `warning` only shows. */
  severity?: Severity;
}

/** The zod schema of the options every rule takes; rules extend it. */
export const RuleOptionsSchema = z.object({ severity: z.enum(["error", "warning"]).optional() }).strict();

/**
 * A rule checked while the table is read: a check descriptor (`scope: "row"`) whose id is
 * `quality/profile/<rule>` and whose alias is the rule id a profile lists.
 */
export type TableRule = RowCheckDescriptor;

/** A rule checked once the read is over, on what the reader detected (encoding, dialect): `scope: "file"`. */
export type FileRule = FileCheckDescriptor;

/** A rule a profile can list in `checks`. */
export type ProfileRule = QualityCheckDescriptor;

/**
 * A `quality/profile/<rule>` error with the rule's name in `params.rule`, its wording registered.
 *
 * @example
 * ```ts
 * ruleError("iso-date", "error", { rowNumber: 2, fieldNumber: 3, params: { expected: "AAAA-MM-DD" } });
 * ```
 */
export function ruleError(rule: string, severity: Severity, init: TableErrorInit): TableError {
  return tableError(`quality/profile/${rule}`, {
    ...init,
    severity,
    params: { rule, ...init.params },
  });
}

/**
 * A cell-level `quality/profile/<rule>` error: the cell masked with `ctx.mask`, in `cell` and `params.received`.
 *
 * @example
 * ```ts
 * ctx.report(cellRuleError("iso-date", "error", ctx, row.rowNumber, 2, cell, { expected: "AAAA-MM-DD" }));
 * ```
 */
export function cellRuleError(
  rule: string,
  severity: Severity,
  ctx: CheckContext,
  rowNumber: number,
  index: number,
  cell: string,
  params: Readonly<Record<string, ErrorParam>>,
  note = `rule "${rule}" is not met`,
): TableError {
  const masked = ctx.mask(cell, index);
  return ruleError(rule, severity, {
    tags: ["#table", "#row", "#cell"],
    rowNumber,
    fieldNumber: index + 1,
    fieldName: ctx.fields[index]?.name ?? ctx.labels[index] ?? null,
    cell: masked,
    note,
    params: { received: masked, masked: masked !== cell, ...params },
  });
}

/**
 * A rule that looks at each cell of each non-blank row on its own: `paramsOf` says what is wrong
 * with a cell (the error's params) or `null` when it is fine; each finding is a `cellRuleError`.
 *
 * @example
 * ```ts
 * cellRule("iso-date", options, (cell, ctx) => (isIso(cell) ? null : { expected: "AAAA-MM-DD" }));
 * ```
 */
export function cellRule(
  rule: string,
  options: RuleOptions,
  paramsOf: (cell: string, ctx: CheckContext, index: number) => Readonly<Record<string, ErrorParam>> | null,
): Check {
  const severity = options.severity ?? "error";
  return {
    name: `quality/profile/${rule}`,
    onRow(row, ctx) {
      if (row.blank) return;
      row.cells.forEach((cell, i) => {
        const params = paramsOf(cell, ctx, i);
        if (params) ctx.report(cellRuleError(rule, severity, ctx, row.rowNumber, i, cell, params));
      });
    },
  };
}

/**
 * A column label as the guide wants it: lowercase `a-z0-9_`, no accents, at most `max` characters.
 *
 * @example
 * ```ts
 * toFieldName("Fecha de Alta (año)"); //=> "fecha_de_alta_ano"
 * ```
 */
export function toFieldName(label: string, max = 50): string {
  const name = foldText(label)
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, max)
    .replace(/_+$/, "");
  return name || "columna";
}
