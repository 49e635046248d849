import { describe, expect, it } from "vitest";
import type { ComparisonSpec } from "../types";
import { compileBlockedPairs, compileBlockingCount } from "./blocking";
import { duckdbDialect, sparkDialect, trinoDialect } from "./dialects";
import { compileGamma } from "./gammas";
import { planBlockingCounts } from "./union";

// Every predicate kind, with a second field for crossed names and nested conjunctions.
const spec: ComparisonSpec = {
  name: "person",
  fields: ["surname1", "birthDate"],
  levels: [
    { id: "exact", when: { all: [{ exact: "surname1" }, { exact: "birthDate" }] } },
    { id: "crossed", when: { crossed: ["surname1", "surname2"] } },
    { id: "jw", when: { jaroWinkler: "surname1", min: 0.92 } },
    {
      id: "dl",
      when: {
        any: [
          { damerau: "surname1", max: 1 },
          { damerau: "given", max: 2 },
        ],
      },
    },
    { id: "swap", when: { daySwap: "birthDate" } },
    { id: "near", when: { dateWithin: "birthDate", days: 31 } },
    { id: "tokens", when: { tokenSubset: "given" } },
  ],
};
const rules = [{ on: ["nationalId"] }, { name: "dob + phon", on: ["birthDate", "surname1Phon"] }];

describe("the SQL compiler", () => {
  for (const dialect of [duckdbDialect, sparkDialect, trinoDialect]) {
    it(`writes the ${dialect.name} SQL of every level kind, the blocked pairs and the counts`, () => {
      expect(compileGamma(spec, dialect)).toMatchSnapshot();
      expect(compileBlockedPairs(rules, dialect, { left: "a", right: "b" })).toMatchSnapshot();
      expect(compileBlockedPairs(rules, dialect, { left: "a", right: null })).toMatchSnapshot();
      expect(
        compileBlockingCount(["birthDate", "surname1Phon"], dialect, { left: "a", right: "b" }),
      ).toMatchSnapshot();
      expect(compileBlockingCount(["nationalId"], dialect, { left: "a", right: null })).toMatchSnapshot();
    });
  }

  it("reads tokens from their column when the tables hold them, and tests Levenshtein before Damerau", () => {
    const given: ComparisonSpec = {
      name: "given",
      fields: ["given"],
      levels: [
        { id: "subset", when: { tokenSubset: "given" } },
        { id: "typo", when: { damerau: "given", max: 1 } },
      ],
    };
    const sql = compileGamma(given, { ...duckdbDialect, precomputedTokens: true });
    expect(sql).toContain('list_has_all(r."given__tokens", l."given__tokens")');
    expect(sql).not.toContain("string_split_regex");
    expect(sql).toContain(
      'levenshtein(l."given", r."given") <= 2 AND damerau_levenshtein(l."given", r."given") <= 1)',
    );
    // One edit allowed: equal ends are tested before either distance.
    expect(sql).toContain(
      '((left(l."given", least(length(l."given"), length(r."given")) // 2) = left(r."given", least(length(l."given"), length(r."given")) // 2) OR right(',
    );
    const two = compileGamma(
      { name: "g", fields: ["given"], levels: [{ id: "typo", when: { damerau: "given", max: 2 } }] },
      duckdbDialect,
    );
    expect(two).not.toContain("left(");
    // Dialects without a Levenshtein keep the one test.
    expect(compileGamma(given, sparkDialect)).not.toMatch(/(^|[^_])levenshtein\(/);
    expect(compileGamma(given, duckdbDialect)).toMatch(/(^|[^_])levenshtein\(/);
  });

  it("quotes names so a field cannot break out of its identifier", () => {
    expect(duckdbDialect.quote('a"b')).toBe('"a""b"');
    expect(sparkDialect.quote("a`b")).toBe("`a``b`");
  });

  it("gives a comparison without levels only null and else", () => {
    expect(compileGamma({ name: "x", fields: ["x"], levels: [] }, duckdbDialect)).toBe(
      'CASE WHEN l."x" IS NULL OR r."x" IS NULL THEN -1 ELSE 0 END',
    );
  });
});

describe("planBlockingCounts", () => {
  it("counts the union of rules by inclusion–exclusion over their field sets", () => {
    const plan = planBlockingCounts([{ on: ["a"] }, { on: ["b"] }, { on: ["b", "a"] }]);
    expect(plan.fieldSets).toEqual([["a"], ["b"], ["a", "b"]]);
    // |A| = 10, |B| = 20, |A ∩ B| = 3; the third rule adds nothing new.
    expect(plan.combine([10, 20, 3])).toEqual([
      { rule: "a", marginal: 10, cumulative: 10 },
      { rule: "b", marginal: 20, cumulative: 27 },
      { rule: "b + a", marginal: 3, cumulative: 27 },
    ]);
  });
});
