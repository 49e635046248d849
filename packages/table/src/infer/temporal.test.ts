import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCastFailure } from "../cast/failure";
import { createTypeCaster } from "../cast/type-caster";
import { guessTemporal } from "./temporal";

/** Every reading guessTemporal tries, in its order, counted over every value (no early stop). */
const READINGS: [string, string | undefined, string | undefined][] = [
  ["date", undefined, undefined],
  ["date", "%d/%m/%Y", "%m/%d/%Y"],
  ["date", "%d-%m-%Y", "%m-%d-%Y"],
  ["date", "%d.%m.%Y", "%m.%d.%Y"],
  ["date", "%d/%m/%y", "%m/%d/%y"],
  ["date", "%Y/%m/%d", undefined],
  ["datetime", undefined, undefined],
  ["datetime", "%Y-%m-%d %H:%M", undefined],
  ["datetime", "%Y-%m-%dT%H:%M", undefined],
  ...(["/", "-", "."] as const).flatMap((s) => [
    ["datetime", `%d${s}%m${s}%Y %H:%M:%S`, `%m${s}%d${s}%Y %H:%M:%S`] as [string, string, string],
    ["datetime", `%d${s}%m${s}%Y %H:%M`, `%m${s}%d${s}%Y %H:%M`] as [string, string, string],
  ]),
  ["datetime", "%d/%m/%y %H:%M:%S", "%m/%d/%y %H:%M:%S"],
  ["datetime", "%d/%m/%y %H:%M", "%m/%d/%y %H:%M"],
  ["time", undefined, undefined],
  ["time", "%H:%M", undefined],
  ["yearmonth", undefined, undefined],
];

function counted(type: string, format: string | undefined, values: readonly string[]): number {
  const cast = createTypeCaster((format === undefined ? { type } : { type, format }) as never);
  return values.filter((v) => !isCastFailure(cast(v))).length;
}

/** The guess by the rule, every reading counted in full. */
function reference(values: readonly string[]) {
  if (!values.some((v) => /^\d{1,4}[-/.:]\d/.test(v))) return null;
  let best: { type: string; format?: string; count: number; ambiguous: boolean } | null = null;
  for (const [type, format, twin] of READINGS) {
    const n = counted(type, format, values);
    if (n === 0 || (best !== null && n <= best.count)) continue;
    let guess = { type, count: n, ambiguous: false, ...(format ? { format } : {}) };
    if (twin !== undefined) {
      const m = counted(type, twin, values);
      if (m > n) guess = { type, format: twin, count: m, ambiguous: false };
      else if (m === n) guess = { ...guess, ambiguous: true };
    }
    best = guess;
  }
  return best;
}

describe("guessTemporal", () => {
  it("property: stopping a count early never changes the guess", () => {
    const value = fc.oneof(
      fc.constantFrom("2024-03-01", "12/03/2024", "31/01/2024", "01/31/2024", "03.04.2024", "12-03-24"),
      fc.constantFrom(
        "2024-03-01T10:00:00Z",
        "12/03/2024 10:30",
        "10:30",
        "10:30:15",
        "2024-03",
        "2024/03/01",
      ),
      fc.constantFrom("138.195,79", "1.234", "s/d", "", "12/13/2024", "99"),
      fc
        .tuple(
          fc.integer({ min: 1, max: 31 }),
          fc.integer({ min: 1, max: 13 }),
          fc.integer({ min: 1990, max: 2030 }),
        )
        .map(([d, m, y]) => `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y}`),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 40 }), (values) => {
        expect(guessTemporal(values)).toEqual(reference(values));
      }),
      { numRuns: 400 },
    );
  });
});
