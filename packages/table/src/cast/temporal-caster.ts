import { type CastFailure, FORMAT_FAILURE, IMPOSSIBLE_DATE, TYPE_FAILURE } from "./failure";
import { compileStrptime } from "./strptime";
import { newParts, type PartsMatcher, resetParts, type TemporalParts, validParts } from "./temporal-parts";

/**
 * Builds a caster trying `matchers` in order on one reused scratch object, then `build`ing the value.
 * A cell that matches but names an impossible date (31/02) fails with `impossible-date`.
 * @internal
 * @example
 * ```ts
 * partsCaster([isoDate], toDate)("2024-02-30"); // IMPOSSIBLE_DATE
 * ```
 */
export function partsCaster<T>(
  matchers: readonly PartsMatcher[],
  build: (p: TemporalParts) => T,
  mismatch: CastFailure = TYPE_FAILURE,
): (cell: string) => T | CastFailure {
  const parts = newParts();
  const first = matchers[0];
  if (matchers.length === 1 && first !== undefined) {
    return (cell) => {
      resetParts(parts);
      if (!first(cell, parts)) return mismatch;
      return validParts(parts) ? build(parts) : IMPOSSIBLE_DATE;
    };
  }
  return (cell) => {
    let impossible = false;
    for (const match of matchers) {
      resetParts(parts);
      if (!match(cell, parts)) continue;
      if (validParts(parts)) return build(parts);
      impossible = true;
    }
    return impossible ? IMPOSSIBLE_DATE : mismatch;
  };
}

/**
 * A strptime-pattern caster (failures say `format`). @internal
 * @example
 * ```ts
 * patternCaster("%H:%M", toTimeString)("06:00"); // "06:00:00"
 * ```
 */
export function patternCaster<T>(
  pattern: string,
  build: (p: TemporalParts) => T,
): (cell: string) => T | CastFailure {
  return partsCaster([compileStrptime(pattern)], build, FORMAT_FAILURE);
}
