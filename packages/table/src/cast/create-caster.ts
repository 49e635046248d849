import type { Field } from "../schema/field";
import { type CasterField, createTypeCaster } from "./type-caster";

/** Casts one cell: `null` for a missing value, the value, or a `CastFailure`. */
export type Caster = (cell: string) => unknown;

/** Options of {@link createCaster}. */
export interface CasterOptions {
  /** The schema-level missing values (default `[""]`); a field's own `missingValues` replace them. */
  readonly missingValues?: readonly string[];
}

/**
 * Builds the caster of a field ONCE; call it per cell on the hot path. Missing values are applied
 * before casting: the field's `missingValues` REPLACE the schema-level list (default `[""]`).
 *
 * @example
 * ```ts
 * const cast = createCaster({ name: "monto", type: "number", decimalChar: ",", groupChar: "." },
 *   { missingValues: ["", "s/d"] });
 * cast("1.234,56")?.toString(); // "1234.56"
 * cast("s/d"); // null
 * ```
 */
export function createCaster(
  field: CasterField & Partial<Pick<Field, "missingValues">>,
  options: CasterOptions = {},
): Caster {
  const cast = createTypeCaster(field);
  const missing = field.missingValues ?? options.missingValues ?? [""];
  if (missing.length === 0) return cast;
  if (missing.length === 1) {
    const m = missing[0];
    return (cell) => (cell === m ? null : cast(cell));
  }
  if (missing.length === 2) {
    const [a, b] = missing;
    return (cell) => (cell === a || cell === b ? null : cast(cell));
  }
  const set = new Set(missing);
  return (cell) => (set.has(cell) ? null : cast(cell));
}
