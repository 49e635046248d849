import type { ComparisonSpec, Records } from "../types";

/** Minimum term frequency used in an adjustment (Splink's `tf_minimum_u_value`): rare typos stay bounded. */
export const TF_MINIMUM_U = 0.001;

/**
 * Each record's term frequency for every field a level adjusts on: the share of the non-null values (both
 * sides together) equal to the record's value, `NaN` when the value is missing. Values never leave this
 * structure, so nothing personal reaches a report.
 */
export interface TermFrequencies {
  /** field → share per record of the left side. */
  left: ReadonlyMap<string, Float64Array>;
  /** field → share per record of the right side (the left one again for dedupe). */
  right: ReadonlyMap<string, Float64Array>;
}

/**
 * A field dictionary-encoded on both sides (codes 0 … size − 1, -1 missing; `right` is `left` for one
 * side): term frequencies are then counted on integers.
 */
export interface FieldCodes {
  left: Int32Array;
  right: Int32Array;
  size: number;
  /** The value of each code, when known. */
  values?: readonly string[];
}

/** Shares per record from codes: the same numbers as counting the values. */
function sharesOfCodes(codes: FieldCodes, oneSide: boolean): [Float64Array, Float64Array] {
  const counts = new Float64Array(codes.size);
  let total = 0;
  for (const side of oneSide ? [codes.left] : [codes.left, codes.right])
    for (const c of side)
      if (c !== -1) {
        counts[c] = (counts[c] as number) + 1;
        total++;
      }
  // A loop, not Float64Array.from(typed array, fn): that goes through an iterator and a temporary
  // array, tens of MB of garbage and ten times the time on a million records.
  const share = (side: Int32Array) => {
    const out = new Float64Array(side.length);
    for (let i = 0; i < side.length; i++) {
      const c = side[i] as number;
      out[i] = c === -1 ? Number.NaN : (counts[c] as number) / total;
    }
    return out;
  };
  const l = share(codes.left);
  return [l, oneSide ? l : share(codes.right)];
}

/** The fields some level of `specs` adjusts on. */
export function tfFields(specs: readonly ComparisonSpec[]): string[] {
  const fields = new Set<string>();
  for (const spec of specs) for (const level of spec.levels) if (level.tf !== undefined) fields.add(level.tf);
  return [...fields].sort();
}

/**
 * Term frequencies of the fields the specs adjust on, counted over both sides.
 *
 * @example
 * ```ts
 * const tf = termFrequencies(specs, left, right);
 * tf.left.get("surname1")?.[0]; //=> 0.021 (GARCIA is 2.1% of the surnames)
 * ```
 */
export function termFrequencies(
  specs: readonly ComparisonSpec[],
  left: Records,
  right: Records | null,
  codes?: (field: string) => FieldCodes | undefined,
): TermFrequencies {
  const leftShares = new Map<string, Float64Array>();
  const rightShares = new Map<string, Float64Array>();
  for (const field of tfFields(specs)) {
    const known = codes?.(field);
    if (known !== undefined) {
      const [l, r] = sharesOfCodes(known, right === null);
      leftShares.set(field, l);
      rightShares.set(field, r);
      continue;
    }
    const l = left.fields[field] ?? [];
    const r = right === null ? [] : (right.fields[field] ?? []);
    const counts = new Map<string, number>();
    let total = 0;
    for (const values of [l, r]) {
      for (const v of values) {
        if (v === null) continue;
        counts.set(v, (counts.get(v) ?? 0) + 1);
        total++;
      }
    }
    const share = (values: readonly (string | null)[], n: number): Float64Array => {
      const out = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const v = values[i];
        out[i] = v === null || v === undefined ? Number.NaN : (counts.get(v) as number) / total;
      }
      return out;
    };
    leftShares.set(field, share(l, left.ids.length));
    rightShares.set(
      field,
      right === null ? (leftShares.get(field) as Float64Array) : share(r, right.ids.length),
    );
  }
  return { left: leftShares, right: rightShares };
}
