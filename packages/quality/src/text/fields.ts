import { type CheckContext, tableError } from "@ciudata/table";
import { phrase } from "../locales-extra/phrases";
import { normaliseLabel } from "./fold";

/**
 * The 0-based position of a column by schema field name, falling back to the header label and then to
 * a folded comparison (`Edad` ≡ `edad`); `-1` when absent.
 *
 * @example
 * ```ts
 * fieldIndex(ctx, "fecha_alta"); //=> 2
 * ```
 */
export function fieldIndex(ctx: Pick<CheckContext, "fields" | "labels">, name: string): number {
  const byField = ctx.fields.findIndex((f) => f.name === name);
  if (byField >= 0) return byField;
  const byLabel = ctx.labels.indexOf(name);
  if (byLabel >= 0 && byLabel < ctx.fields.length) return byLabel;
  const key = normaliseLabel(name);
  const folded = ctx.fields.findIndex((f) => normaliseLabel(f.name) === key);
  if (folded >= 0) return folded;
  const foldedLabel = ctx.labels.findIndex((l) => normaliseLabel(l) === key);
  return foldedLabel < ctx.fields.length ? foldedLabel : -1;
}

/**
 * Reports `quality/check-error` for a column named in a check's options that the table does not have.
 *
 * @example
 * ```ts
 * if (fieldIndex(ctx, "edad") < 0) reportMissingField(ctx, "quality/age-consistency", "edad");
 * ```
 */
export function reportMissingField(ctx: CheckContext, check: string, field: string): void {
  ctx.report(
    tableError("quality/check-error", {
      tags: ["#table"],
      fieldName: field,
      note: `column "${field}" not found`,
      params: { check, field, hint: phrase(ctx.lang, "check-error.hint") },
    }),
  );
}

/**
 * Reports `quality/distinct-limit` when a column had more distinct values than a check keeps in memory.
 *
 * @example
 * ```ts
 * if (counter.capped) reportDistinctLimit(ctx, "quality/letter-case", 2, "barrio", 5000);
 * ```
 */
export function reportDistinctLimit(
  ctx: CheckContext,
  check: string,
  index: number,
  name: string,
  limit: number,
): void {
  ctx.report(
    tableError("quality/distinct-limit", {
      severity: "warning",
      tags: ["#table", "#consistency"],
      fieldNumber: index + 1,
      fieldName: name,
      note: `more than ${limit} distinct values`,
      params: { check, limit, hint: phrase(ctx.lang, "distinct-limit.hint") },
    }),
  );
}
