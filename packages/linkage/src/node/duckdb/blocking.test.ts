import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BlockingRule, Records } from "../../types";
import { duckdbEngine } from "./engine";

const FIELDS = ["a", "b", "c"] as const;

const side = (source: string) =>
  fc
    .array(fc.tuple(...FIELDS.map(() => fc.constantFrom("X", "Y", "Z", null))), {
      minLength: 0,
      maxLength: 9,
    })
    .map(
      (rows): Records => ({
        source,
        ids: rows.map((_, i) => `${source}${i}`),
        rows: rows.map((_, i) => i + 1),
        fields: Object.fromEntries(FIELDS.map((f, c) => [f, rows.map((row) => row[c] ?? null)])),
      }),
    );

const rules = fc.array(
  fc.subarray([...FIELDS]).map((on): BlockingRule => ({ on })),
  { minLength: 1, maxLength: 4 },
);

/** Every pair, tried against every rule: what blocking must find, by brute force. */
function bruteForce(ruleList: readonly BlockingRule[], left: Records, right: Records | null) {
  const other = right ?? left;
  const agree = (rule: BlockingRule, i: number, j: number) =>
    rule.on.every((f) => {
      const x = left.fields[f]?.[i] ?? null;
      return x !== null && x === (other.fields[f]?.[j] ?? null);
    });
  const pairs: string[] = [];
  const marginal = ruleList.map(() => 0);
  const firsts = ruleList.map(() => 0);
  for (let i = 0; i < left.ids.length; i++) {
    for (let j = right === null ? i + 1 : 0; j < other.ids.length; j++) {
      const hits = ruleList.map((rule) => agree(rule, i, j));
      hits.forEach((hit, k) => {
        if (hit) marginal[k] = (marginal[k] as number) + 1;
      });
      const first = hits.indexOf(true);
      if (first >= 0) {
        firsts[first] = (firsts[first] as number) + 1;
        pairs.push(`${i}-${j}-${first}`);
      }
    }
  }
  let cumulative = 0;
  const counts = ruleList.map((rule, k) => {
    cumulative += firsts[k] as number;
    return { rule: rule.on.join(" + "), marginal: marginal[k] as number, cumulative };
  });
  return { counts, pairs: pairs.sort() };
}

async function viaDuckDB(
  ruleList: readonly BlockingRule[],
  left: Records,
  right: Records | null,
  joinCountLimit?: number,
) {
  const engine = duckdbEngine({
    database: ":memory:",
    threads: 1,
    ...(joinCountLimit === undefined ? {} : { joinCountLimit }),
  })([], left, right);
  try {
    const counts = await engine.countBlocking(ruleList);
    const found = await engine.block(ruleList, { maxComparisons: 1_000 });
    const pairs = Array.from(
      { length: found.length },
      (_, p) => `${found.left[p]}-${found.right[p]}-${found.rule[p]}`,
    );
    return { counts, pairs: pairs.sort() };
  } finally {
    await engine.close();
  }
}

describe("DuckDB blocking", () => {
  it("counts and finds exactly the pairs of the rules' union, each under its first rule (two sides)", async () => {
    await fc.assert(
      fc.asyncProperty(rules, side("a"), side("b"), async (ruleList, left, right) => {
        expect(await viaDuckDB(ruleList, left, right)).toEqual(bruteForce(ruleList, left, right));
      }),
      { numRuns: 40 },
    );
  });

  it("counts the same by inclusion–exclusion when the rules' joins are too big to run", async () => {
    await fc.assert(
      fc.asyncProperty(
        rules,
        side("a"),
        fc.option(side("b"), { nil: null }),
        async (ruleList, left, right) => {
          expect(await viaDuckDB(ruleList, left, right, 0)).toEqual(bruteForce(ruleList, left, right));
        },
      ),
      { numRuns: 30 },
    );
  });

  it("counts and finds exactly the pairs of the rules' union within one side (dedupe)", async () => {
    await fc.assert(
      fc.asyncProperty(rules, side("a"), async (ruleList, records) => {
        expect(await viaDuckDB(ruleList, records, null)).toEqual(bruteForce(ruleList, records, null));
      }),
      { numRuns: 40 },
    );
  });

  it("stops before building pairs when the rules would compare more than the cap", async () => {
    const records: Records = {
      source: "a",
      ids: ["1", "2", "3"],
      rows: [1, 2, 3],
      fields: { a: ["X", "X", "X"] },
    };
    const engine = duckdbEngine({ database: ":memory:" })([], records, null);
    try {
      await expect(engine.block([{ on: ["a"] }], { maxComparisons: 2 })).rejects.toMatchObject({
        errors: [{ type: "linkage/too-many-comparisons", params: { rule: "a", count: 3, cap: 2 } }],
      });
    } finally {
      await engine.close();
    }
  });
});
