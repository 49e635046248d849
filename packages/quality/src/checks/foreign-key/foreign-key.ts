import { type Check, type CheckContext, createCaster, isCastFailure, type RowView } from "@ciudata/table";
import { fieldIndex, type RowError, rowError, tupleKey, valueKey } from "../_shared";

/** Values allowed for the key: a code list (Set or array; arrays of parts for composite keys) or a predicate. */
export type ForeignKeyValues = Iterable<unknown> | ((values: readonly unknown[]) => boolean);

/** Options of {@link foreignKey}. */
export interface ForeignKeyOptions {
  /** The field(s) of this table holding the key. */
  fields: string | readonly string[];
  /** What is referenced, for the report: a resource (`""` or none = this table) and its fields. */
  reference?: { resource?: string; fields?: string | readonly string[] };
  /**
   * An official code list, e.g. INDEC department codes. Text entries are read with the field's type
   * (so `"02007"` stays text for a string field and is 2007 for an integer field).
   */
  values?: ForeignKeyValues;
  /** Keys prepared by {@link collectKeys} (another resource, or this table read beforehand). */
  keys?: ReadonlySet<string>;
}

const list = (x: string | readonly string[] | undefined): readonly string[] =>
  x === undefined ? [] : typeof x === "string" ? [x] : x;

/** Python's `str()` of a cast value, for frictionless-compatible notes. */
function pyStr(v: unknown): string {
  if (v === null || v === undefined) return "None";
  if (typeof v === "boolean") return v ? "True" : "False";
  return String(v);
}

/**
 * `foreign-key`: the key's values must exist in the referenced table (this one, another resource of a
 * Data Package) or in an official code list given as a Set, an array or a function. Keys whose parts
 * are all null are not looked up. With neither `values` nor `keys`, the key refers to this same table:
 * its keys are gathered while reading and the misses reported at the end.
 *
 * @example
 * ```ts
 * const deptos = new Set(["02007", "06014", "50007"]);
 * await validate("depto\n02007\n2007\n", {
 *   schema: { fields: [{ name: "depto", type: "string" }] },
 *   checks: [foreignKey({ fields: "depto", values: deptos, reference: { resource: "indec-departamentos" } })] });
 * // foreign-key at row 3: "2007" lost its leading zero
 * ```
 */
export function foreignKey(options: ForeignKeyOptions): Check {
  const names = list(options.fields);
  const refName = options.reference?.resource ?? "";
  const refFields = list(options.reference?.fields);
  const predicate = typeof options.values === "function" ? options.values : null;
  let keys: ReadonlySet<string> | null = options.keys ?? null;
  let indexes: number[] = [];
  const parts: unknown[] = [];
  // Self-reference read in one pass: the table's own keys, and the rows to look up at the end.
  const selfKeys = new Set<string>();
  let selfIndexes: number[] = [];
  const pending: { key: string; error: RowError }[] = [];
  const deferred = options.values === undefined && options.keys === undefined;

  const buildError = (row: RowView, ctx: CheckContext): RowError => {
    const referenceFieldNames = refFields.length ? [...refFields] : [...names];
    const note = `for "${names.join(", ")}": values "${parts.map(pyStr).join(", ")}" not found in the lookup table "${refName}" as "${referenceFieldNames.join(", ")}"`;
    return {
      ...rowError("foreign-key", row, ctx, {
        note,
        params: {
          fieldNames: names.join(", "),
          received: indexes.map((i) => ctx.mask(row.cells[i] ?? "", i)).join(", "),
          referenceName: refName,
          referenceFieldNames: referenceFieldNames.join(", "),
        },
      }),
      fieldNames: [...names],
      fieldCells: indexes.map((i) => ctx.mask(row.cells[i] ?? "", i)),
      referenceName: refName,
      referenceFieldNames,
    };
  };

  return {
    name: "foreign-key",
    onStart(ctx) {
      indexes = names.map((n) => fieldIndex(ctx, n));
      if (indexes.some((i) => i < 0)) indexes = [];
      if (deferred) selfIndexes = (refFields.length ? refFields : names).map((n) => fieldIndex(ctx, n));
      if (options.values !== undefined && predicate === null) {
        const casters = indexes.map((i) => createCaster(ctx.fields[i] ?? { name: "x", type: "any" }));
        const castPart = (v: unknown, k: number) => {
          if (typeof v !== "string") return v;
          const cast = casters[k]?.(v);
          return cast === undefined || isCastFailure(cast) ? v : cast;
        };
        const set = new Set<string>();
        for (const entry of options.values as Iterable<unknown>) {
          const tuple = Array.isArray(entry) ? entry : [entry];
          const key = tupleKey(tuple.map(castPart));
          if (key !== null) set.add(key);
        }
        keys = set;
      }
    },
    onRow(row, ctx) {
      if (deferred && selfIndexes.every((i) => i >= 0)) {
        parts.length = 0;
        for (const i of selfIndexes) parts.push(row.values[i]);
        const own = tupleKey(parts);
        if (own !== null) selfKeys.add(own);
      }
      if (indexes.length === 0) return;
      parts.length = 0;
      let allNull = true;
      for (const i of indexes) {
        const v = row.values[i];
        if (v !== null && v !== undefined) allNull = false;
        parts.push(v === undefined ? null : v);
      }
      if (allNull) return;
      if (predicate) {
        if (!predicate([...parts])) ctx.report(buildError(row, ctx));
        return;
      }
      const key = parts.length === 1 ? valueKey(parts[0]) : (tupleKey(parts) as string);
      if (deferred) {
        if (!selfKeys.has(key)) pending.push({ key, error: buildError(row, ctx) });
        return;
      }
      if (!keys?.has(key)) ctx.report(buildError(row, ctx));
    },
    onFinish(ctx) {
      for (const { key, error } of pending) if (!selfKeys.has(key)) ctx.report(error);
      pending.length = 0;
    },
  };
}
