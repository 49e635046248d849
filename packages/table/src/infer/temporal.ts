import { isCastFailure } from "../cast/failure";
import { createTypeCaster } from "../cast/type-caster";
import type { FieldType } from "../schema/field";

/** A temporal (type, format) the inference tries; `twin` is the month-first reading of a day-first format. */
interface Candidate {
  readonly type: FieldType;
  readonly format?: string;
  readonly twin?: string;
}

const DAY_FIRST: ReadonlyArray<readonly [string, string]> = [
  ["%d/%m/%Y", "%m/%d/%Y"],
  ["%d-%m-%Y", "%m-%d-%Y"],
  ["%d.%m.%Y", "%m.%d.%Y"],
  ["%d/%m/%y", "%m/%d/%y"],
];

const CANDIDATES: readonly Candidate[] = [
  { type: "date" },
  ...DAY_FIRST.map(([format, twin]) => ({ type: "date" as const, format, twin })),
  { type: "date", format: "%Y/%m/%d" },
  { type: "datetime" },
  { type: "datetime", format: "%Y-%m-%d %H:%M" },
  { type: "datetime", format: "%Y-%m-%dT%H:%M" },
  ...DAY_FIRST.flatMap(([format, twin]) => [
    { type: "datetime" as const, format: `${format} %H:%M:%S`, twin: `${twin} %H:%M:%S` },
    { type: "datetime" as const, format: `${format} %H:%M`, twin: `${twin} %H:%M` },
  ]),
  { type: "time" },
  { type: "time", format: "%H:%M" },
  { type: "yearmonth" },
];

/** The best temporal reading of a column. */
export interface TemporalGuess {
  readonly type: FieldType;
  readonly format?: string;
  readonly count: number;
  /** Day-first and month-first read the same values (12/03/2024). */
  readonly ambiguous: boolean;
}

/**
 * How many values the (type, format) reads; it stops early, with a count at most `atMost`, once the
 * values left could not take it past `atMost` (the caller only wants a count above it).
 */
function count(type: FieldType, format: string | undefined, values: readonly string[], atMost = -1): number {
  const cast = createTypeCaster(format === undefined ? { type } : { type, format });
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    if (!isCastFailure(cast(values[i] as string))) n++;
    else if (n + values.length - i - 1 <= atMost) return n;
  }
  return n;
}

/**
 * Finds the date/datetime/time/yearmonth reading that casts most values. Day-first (`%d/%m/%Y`)
 * wins over month-first unless month-first reads more values; when both read all, it is ambiguous.
 *
 * @example
 * ```ts
 * guessTemporal(["12/03/2024", "31/01/2024"]); // { type: "date", format: "%d/%m/%Y", count: 2, ambiguous: false }
 * ```
 */
export function guessTemporal(values: readonly string[]): TemporalGuess | null {
  if (!values.some((v) => /^\d{1,4}[-/.:]\d/.test(v))) return null;
  let best: TemporalGuess | null = null;
  for (const c of CANDIDATES) {
    // No later reading can read more than every value.
    if (best !== null && best.count === values.length) break;
    const n = count(c.type, c.format, values, best?.count ?? 0);
    if (n === 0 || (best !== null && n <= best.count)) continue;
    let guess: TemporalGuess = {
      type: c.type,
      count: n,
      ambiguous: false,
      ...(c.format ? { format: c.format } : {}),
    };
    if (c.twin !== undefined) {
      const m = count(c.type, c.twin, values);
      if (m > n) guess = { type: c.type, format: c.twin, count: m, ambiguous: false };
      else if (m === n) guess = { ...guess, ambiguous: true };
    }
    best = guess;
  }
  return best;
}
