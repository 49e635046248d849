import { SPANISH_BOOLEANS } from "../cast/boolean";

/** A set of true/false spellings inference recognises. */
export interface BooleanProfile {
  readonly trueValues?: readonly string[];
  readonly falseValues?: readonly string[];
  /** Both a true and a false value must appear (single letters are often categories). */
  readonly needsBoth?: boolean;
  readonly accepts: ReadonlySet<string>;
  readonly truthy: ReadonlySet<string>;
}

function profile(
  t: readonly string[],
  f: readonly string[],
  explicit: boolean,
  needsBoth = false,
  output: { trueValues: readonly string[]; falseValues: readonly string[] } = {
    trueValues: t,
    falseValues: f,
  },
): BooleanProfile {
  return {
    ...(explicit ? output : {}),
    ...(needsBoth ? { needsBoth } : {}),
    accepts: new Set([...t, ...f]),
    truthy: new Set(t),
  };
}

/** English defaults, Spanish `si/no`, `yes/no`, `S/N`. (`1/0` columns stay integer.) */
export const BOOLEAN_PROFILES: readonly BooleanProfile[] = [
  profile(["true", "True", "TRUE"], ["false", "False", "FALSE"], false),
  profile(
    SPANISH_BOOLEANS.trueValues.filter((v) => v !== "1"),
    SPANISH_BOOLEANS.falseValues.filter((v) => v !== "0"),
    true,
    false,
    SPANISH_BOOLEANS,
  ),
  profile(["yes", "Yes", "YES"], ["no", "No", "NO"], true),
  profile(["S", "s"], ["N", "n"], true, true),
];

/**
 * The profile reading most values (with their count), or null.
 * @example
 * ```ts
 * guessBoolean(["si", "no"])?.count; // 2
 * ```
 */
export function guessBoolean(values: readonly string[]): { profile: BooleanProfile; count: number } | null {
  let best: { profile: BooleanProfile; count: number } | null = null;
  for (const p of BOOLEAN_PROFILES) {
    let n = 0;
    let t = false;
    let f = false;
    for (const v of values) {
      if (!p.accepts.has(v)) continue;
      n++;
      if (p.truthy.has(v)) t = true;
      else f = true;
    }
    if (p.needsBoth && !(t && f)) continue;
    if (n > 0 && (best === null || n > best.count)) best = { profile: p, count: n };
  }
  return best;
}
