import { fixedDateCaster } from "./date-fast";
import type { CastFailure } from "./failure";
import { isoDate, isoDateTime } from "./iso";
import type { PlainDate } from "./plain-date";
import { compileStrptime } from "./strptime";
import { partsCaster, patternCaster } from "./temporal-caster";
import { toDate } from "./temporal-parts";

/** Patterns format `any` tries after ISO (implementation-defined; day before month). */
export const ANY_DATE_PATTERNS: readonly string[] = Object.freeze([
  "%d/%m/%Y",
  "%d-%m-%Y",
  "%d.%m.%Y",
  "%Y/%m/%d",
  "%d/%m/%y",
  "%d %b %Y",
  "%d %B %Y",
  "%b %d, %Y",
  "%B %d, %Y",
]);

/**
 * Builds the caster of a `date` field: a `Date` at UTC midnight. `format` is `default` (ISO
 * `YYYY-MM-DD`), `any` (ISO, then {@link ANY_DATE_PATTERNS}) or a strptime pattern (`%d/%m/%Y`).
 * Impossible dates (31/02) fail.
 *
 * @example
 * ```ts
 * createDateCaster("%d/%m/%Y")("12/03/2024"); // 2024-03-12T00:00:00.000Z
 * ```
 */
export function createDateCaster(format = "default"): (cell: string) => PlainDate | CastFailure {
  if (format === "default") return withFastPath("%Y-%m-%d", partsCaster([isoDate], toDate));
  if (format === "any")
    return partsCaster([isoDate, isoDateTime, ...ANY_DATE_PATTERNS.map(compileStrptime)], toDate);
  return withFastPath(format, patternCaster(format, toDate));
}

/** Tries the fixed-shape fast path first; anything it does not answer goes to the general caster. */
function withFastPath(
  pattern: string,
  general: (cell: string) => PlainDate | CastFailure,
): (cell: string) => PlainDate | CastFailure {
  const fast = fixedDateCaster(pattern);
  if (!fast) return general;
  return (cell) => fast(cell) ?? general(cell);
}
