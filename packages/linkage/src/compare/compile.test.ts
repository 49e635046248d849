import { isCiudataError } from "@ciudata/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recordsOf } from "../../test-support/records-of";
import type { ComparisonSpec, LevelPredicate } from "../types";
import { compileComparisons } from "./compile";
import { damerau } from "./metrics/damerau";
import { jaroWinkler } from "./metrics/jaro-winkler";

/** The gamma of a one-level comparison on `when` for one left and one right row. */
function applies(
  when: LevelPredicate,
  l: Record<string, string | null>,
  r: Record<string, string | null>,
): boolean {
  const spec: ComparisonSpec = { name: "t", fields: [], levels: [{ id: "x", when }] };
  const comparer = compileComparisons([spec], recordsOf("a", [l]), recordsOf("b", [r]));
  const out = new Int8Array(1);
  comparer.gammas(0, 0, out, 0);
  return out[0] === 1;
}

describe("compileComparisons: level predicates", () => {
  it("exact: present and equal", () => {
    expect(applies({ exact: "s" }, { s: "PEREZ" }, { s: "PEREZ" })).toBe(true);
    expect(applies({ exact: "s" }, { s: "PEREZ" }, { s: "PERES" })).toBe(false);
    expect(applies({ exact: "s" }, { s: null }, { s: null })).toBe(false);
  });

  it("jaroWinkler: similarity at least min", () => {
    expect(applies({ jaroWinkler: "s", min: 0.95 }, { s: "GONZALEZ" }, { s: "GONZALES" })).toBe(true);
    expect(applies({ jaroWinkler: "s", min: 0.951 }, { s: "GONZALEZ" }, { s: "GONZALES" })).toBe(false);
    expect(applies({ jaroWinkler: "s", min: 0 }, { s: "GONZALEZ" }, { s: null })).toBe(false);
  });

  it("damerau: distance at most max", () => {
    expect(applies({ damerau: "id", max: 1 }, { id: "GOMA850307" }, { id: "GOAM850307" })).toBe(true);
    expect(applies({ damerau: "id", max: 1 }, { id: "GOMA850307" }, { id: "GOAM850370" })).toBe(false);
    expect(applies({ damerau: "id", max: 2 }, { id: "GOMA850307" }, { id: "GOAM850370" })).toBe(true);
  });

  /**
   * For random lists of values on each side, the compiled gamma of every pair (twice: the second pass
   * reads what the first remembered) equals `expected` computed from the two values.
   */
  const levelsMatch = (
    value: fc.Arbitrary<string>,
    levels: ComparisonSpec,
    expected: (l: string, r: string) => number,
  ) => {
    const field = levels.fields[0] as string;
    const side = (source: string, values: string[]) =>
      recordsOf(
        source,
        values.map((v) => ({ [field]: v })),
      );
    const values = fc.array(value, { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(values, values, (ls, rs) => {
        const comparer = compileComparisons([levels], side("a", ls), side("b", rs));
        const out = new Int8Array(1);
        for (const _ of [1, 2])
          for (const [i, l] of ls.entries())
            for (const [j, r] of rs.entries()) {
              comparer.gammas(i, j, out, 0);
              expect(out[0]).toBe(expected(l, r));
            }
      }),
      { numRuns: 100 },
    );
  };

  it("damerau levels equal the distance itself on any values (shortcuts never change a level)", () => {
    const levels: ComparisonSpec = {
      name: "id",
      fields: ["id"],
      levels: [
        { id: "typo-1", when: { damerau: "id", max: 1 } },
        { id: "typo-3", when: { damerau: "id", max: 3 } },
      ],
    };
    levelsMatch(fc.stringMatching(/^[0-9AÑ-]{0,12}$/), levels, (l, r) => {
      const d = damerau(l, r);
      return d <= 1 ? 2 : d <= 3 ? 1 : 0;
    });
  });

  it("Jaro–Winkler levels equal the similarity itself on any values (remembered levels never differ)", () => {
    const levels: ComparisonSpec = {
      name: "s",
      fields: ["s"],
      levels: [0.92, 0.88, 0.7].map((min) => ({ id: `jw-${min}`, when: { jaroWinkler: "s", min } })),
    };
    levelsMatch(fc.stringMatching(/^[ABEÑ ]{1,10}$/), levels, (l, r) => {
      const s = l === r ? 1 : jaroWinkler(l, r);
      return s >= 0.92 ? 3 : s >= 0.88 ? 2 : s >= 0.7 ? 1 : 0;
    });
  });

  it("crossed: the two fields swapped", () => {
    const when: LevelPredicate = { crossed: ["s1", "s2"] };
    expect(applies(when, { s1: "PEREZ", s2: "GARCIA" }, { s1: "GARCIA", s2: "PEREZ" })).toBe(true);
    expect(applies(when, { s1: "PEREZ", s2: "GARCIA" }, { s1: "PEREZ", s2: "GARCIA" })).toBe(false);
    expect(applies(when, { s1: "PEREZ", s2: null }, { s1: null, s2: "PEREZ" })).toBe(false);
  });

  it("daySwap: same year, day and month swapped", () => {
    expect(applies({ daySwap: "d" }, { d: "1985-03-07" }, { d: "1985-07-03" })).toBe(true);
    expect(applies({ daySwap: "d" }, { d: "1985-03-07" }, { d: "1986-07-03" })).toBe(false);
    expect(applies({ daySwap: "d" }, { d: "1985-03-17" }, { d: "1985-17-03" })).toBe(false);
  });

  it("dateWithin: at most that many days apart, across months and years", () => {
    expect(applies({ dateWithin: "d", days: 31 }, { d: "1985-12-20" }, { d: "1986-01-15" })).toBe(true);
    expect(applies({ dateWithin: "d", days: 31 }, { d: "1985-01-01" }, { d: "1985-02-02" })).toBe(false);
    expect(applies({ dateWithin: "d", days: 365 }, { d: "1985-01-01" }, { d: "1984-01-02" })).toBe(true);
    expect(applies({ dateWithin: "d", days: 365 }, { d: "1985-02-30" }, { d: "1985-02-28" })).toBe(false);
  });

  it("tokenSubset: one value's words all among the other's", () => {
    expect(applies({ tokenSubset: "g" }, { g: "MARIA GUADALUPE" }, { g: "GUADALUPE" })).toBe(true);
    expect(applies({ tokenSubset: "g" }, { g: "JOSE" }, { g: "LUIS  JOSE" })).toBe(true);
    expect(applies({ tokenSubset: "g" }, { g: "MARIA JOSE" }, { g: "MARIA LUISA" })).toBe(false);
    expect(applies({ tokenSubset: "g" }, { g: " " }, { g: "MARIA" })).toBe(false);
  });

  it("all and any", () => {
    const both: LevelPredicate = { all: [{ exact: "s1" }, { exact: "s2" }] };
    const either: LevelPredicate = { any: [{ exact: "s1" }, { exact: "s2" }] };
    const l = { s1: "PEREZ", s2: "GARCIA" };
    expect(applies(both, l, { s1: "PEREZ", s2: "GARCIA" })).toBe(true);
    expect(applies(both, l, { s1: "PEREZ", s2: "LOPEZ" })).toBe(false);
    expect(applies(either, l, { s1: "PEREZ", s2: "LOPEZ" })).toBe(true);
    expect(applies(either, l, { s1: "RUIZ", s2: "LOPEZ" })).toBe(false);
  });
});

describe("compileComparisons: gammas", () => {
  const spec: ComparisonSpec = {
    name: "surname",
    fields: ["s"],
    levels: [
      { id: "exact", when: { exact: "s" } },
      { id: "jw-0.92", when: { jaroWinkler: "s", min: 0.92 } },
    ],
  };
  const left = recordsOf("a", [{ s: "GONZALEZ" }, { s: null }, { s: "PEREZ" }]);
  const right = recordsOf("b", [{ s: "GONZALEZ" }, { s: "GONZALES" }, { s: "RUIZ" }]);

  it("is levels.length for the first level, down to 0 for else and -1 for missing", () => {
    const comparer = compileComparisons([spec, spec], left, right);
    expect(comparer.count).toBe(2);
    const out = new Int8Array(2 * 4);
    comparer.gammas(0, 0, out, 0);
    comparer.gammas(0, 1, out, 2);
    comparer.gammas(2, 2, out, 4);
    comparer.gammas(1, 0, out, 6);
    expect([...out]).toEqual([2, 2, 1, 1, 0, 0, -1, -1]);
  });

  it("compares one side with itself when right is null", () => {
    const comparer = compileComparisons([spec], right, null);
    const out = new Int8Array(2);
    comparer.gammas(0, 1, out, 0);
    comparer.gammas(1, 2, out, 1);
    expect([...out]).toEqual([1, 0]);
  });

  it("gives repeated value pairs (served from the cache) the gamma computed fresh", () => {
    const many = recordsOf(
      "a",
      Array.from({ length: 50 }, (_, i) => ({
        s: ["GONZALEZ", "GONZALES", "GONSALEZ", "PEREZ"][i % 4] as string,
      })),
    );
    const comparer = compileComparisons([spec], many, null);
    const out = new Int8Array(1);
    for (let i = 0; i < 50; i++)
      for (let j = i + 1; j < 50; j++) {
        comparer.gammas(i, j, out, 0);
        const a = many.fields.s?.[i];
        const b = many.fields.s?.[j];
        expect(out[0]).toBe(a === b ? 2 : jaroWinkler(a as string, b as string) >= 0.92 ? 1 : 0);
      }
  });

  it("names an unknown field and where it is used", () => {
    try {
      compileComparisons([{ ...spec, name: "apellido", fields: ["surname9"] }], left, right);
      expect.unreachable();
    } catch (error) {
      expect(isCiudataError(error)).toBe(true);
      const issue = (error as { errors: { type: string; params: Record<string, unknown> }[] }).errors[0];
      expect(issue?.type).toBe("linkage/unknown-field");
      expect(issue?.params).toMatchObject({ field: "surname9", where: "apellido", file: "a" });
    }
  });
});
