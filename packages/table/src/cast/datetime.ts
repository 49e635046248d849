import type { CastFailure } from "./failure";
import { isoDate, isoDateTime, matchIsoDate, matchIsoTime, matchOffset } from "./iso";
import { compileStrptime } from "./strptime";
import { partsCaster, patternCaster } from "./temporal-caster";
import { type PartsMatcher, toDateTime } from "./temporal-parts";

/** Patterns format `any` tries after ISO (implementation-defined; day before month). */
export const ANY_DATETIME_PATTERNS: readonly string[] = Object.freeze([
  "%d/%m/%Y %H:%M:%S",
  "%d/%m/%Y %H:%M",
  "%d-%m-%Y %H:%M:%S",
  "%d-%m-%Y %H:%M",
  "%Y/%m/%d %H:%M:%S",
  "%Y/%m/%d %H:%M",
  "%d/%m/%Y",
]);

/** ISO datetime whose seconds may be left out (`2024-03-12T10:30`). */
const isoLoose: PartsMatcher = (s, p) => {
  let i = matchIsoDate(s, 0, p);
  if (i < 0) return false;
  const sep = s.charCodeAt(i);
  if (sep !== 84 && sep !== 32) return false;
  i = matchIsoTime(s, i + 1, p, true);
  return i >= 0 && matchOffset(s, i, p) === s.length;
};

/**
 * Builds the caster of a `datetime` field: a `Date` (a value without offset is read as UTC).
 * `format` is `default` (ISO `YYYY-MM-DDTHH:MM:SS[.f][Z|±HH:MM]`), `any` (ISO variants, then
 * {@link ANY_DATETIME_PATTERNS}) or a strptime pattern (`%d/%m/%Y %H:%M`).
 *
 * @example
 * ```ts
 * createDatetimeCaster()("2014-01-01T06:00:00+01:00"); // 2014-01-01T05:00:00.000Z
 * ```
 */
export function createDatetimeCaster(format = "default"): (cell: string) => Date | CastFailure {
  if (format === "default") return partsCaster([isoDateTime], toDateTime);
  if (format === "any") {
    return partsCaster(
      [isoDateTime, isoLoose, isoDate, ...ANY_DATETIME_PATTERNS.map(compileStrptime)],
      toDateTime,
    );
  }
  return patternCaster(format, toDateTime);
}
