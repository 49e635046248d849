import { isCiudataError } from "@ciudata/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recordsOf } from "../../test-support/records-of";
import type { BlockingRule, Records } from "../types";
import { countBlocking, countWith } from "./count";
import { KeyBuilder } from "./keys";
import { RuleMatrix } from "./matrix";
import { blockPairs } from "./pairs";

type Row = Record<string, string | null>;
const FIELDS = ["a", "b", "c"] as const;

/** Every pair the rules find, by brute force: `${i}-${j}` → first rule. */
function bruteForce(rules: readonly BlockingRule[], left: Row[], right: Row[] | null): Map<string, number> {
  const out = new Map<string, number>();
  const other = right ?? left;
  for (let i = 0; i < left.length; i++)
    for (let j = right === null ? i + 1 : 0; j < other.length; j++) {
      const r = rules.findIndex((rule) =>
        rule.on.every((f) => left[i]?.[f] != null && left[i]?.[f] === other[j]?.[f]),
      );
      if (r !== -1) out.set(`${i}-${j}`, r);
    }
  return out;
}

function built(rules: readonly BlockingRule[], left: Records, right: Records | null): Map<string, number> {
  const pairs = blockPairs(rules, left, right, { maxComparisons: 1e9 });
  const out = new Map<string, number>();
  for (let p = 0; p < pairs.length; p++) {
    const key = `${pairs.left[p]}-${pairs.right[p]}`;
    expect(out.has(key)).toBe(false);
    out.set(key, pairs.rule[p] as number);
  }
  return out;
}

const value = fc.constantFrom(null, "X", "Y", "Z");
const row = fc.record({ a: value, b: value, c: value });
const rule = fc.uniqueArray(fc.constantFrom(...FIELDS), { minLength: 1, maxLength: 3 }).map((on) => ({ on }));
const rules = fc.array(rule, { minLength: 1, maxLength: 5 });

describe("countBlocking", () => {
  it("counts a small linkage by hand: marginal per rule and the union", () => {
    const left = recordsOf("a", [
      { id: "1", dob: "1985-03-07" },
      { id: "2", dob: "1985-03-07" },
      { id: null, dob: "1990-01-01" },
    ]);
    const right = recordsOf("b", [
      { id: "1", dob: "1985-03-07" },
      { id: null, dob: "1990-01-01" },
    ]);
    expect(countBlocking([{ on: ["id"] }, { on: ["dob"], name: "fecha" }], left, right)).toEqual([
      { rule: "id", marginal: 1, cumulative: 1 },
      { rule: "fecha", marginal: 3, cumulative: 3 },
    ]);
  });

  it("counts unordered pairs i < j when deduplicating one side", () => {
    const one = recordsOf("r", [{ s: "PEREZ" }, { s: "PEREZ" }, { s: "PEREZ" }, { s: null }, { s: null }]);
    expect(countBlocking([{ on: ["s"] }], one, null)).toEqual([{ rule: "s", marginal: 3, cumulative: 3 }]);
  });

  it("equals the pairs actually built, rule by rule and for the union (linkage and dedupe)", () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 12 }),
        fc.array(row, { maxLength: 12 }),
        rules,
        fc.boolean(),
        (l, r, rs, dedupe) => {
          const left = recordsOf("a", l.length > 0 ? l : [{ a: null, b: null, c: null }]);
          const leftRows = l.length > 0 ? l : [{ a: null, b: null, c: null }];
          const right = dedupe ? null : recordsOf("b", r.length > 0 ? r : [{ a: null, b: null, c: null }]);
          const rightRows = dedupe ? null : r.length > 0 ? r : [{ a: null, b: null, c: null }];
          const counts = countBlocking(rs, left, right);
          const truth = bruteForce(rs, leftRows, rightRows);
          expect(counts.at(-1)?.cumulative).toBe(truth.size);
          // The same counts by inclusion–exclusion, the way rules too large to visit are counted.
          const builder = new KeyBuilder(left, right);
          expect(countWith(builder, new RuleMatrix(builder, rs), rs, 0)).toEqual(counts);
          rs.forEach((_, n) => {
            expect(counts[n]?.marginal).toBe(bruteForce([rs[n] as BlockingRule], leftRows, rightRows).size);
            expect(counts[n]?.cumulative).toBe(bruteForce(rs.slice(0, n + 1), leftRows, rightRows).size);
          });
          expect(built(rs, left, right)).toEqual(truth);
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe("blockPairs", () => {
  it("builds the union without duplicates, each pair under the first rule that finds it", () => {
    const left = recordsOf("a", [
      { id: "1", dob: "1985-03-07", s: "PEREZ" },
      { id: "2", dob: "1990-01-01", s: "RUIZ" },
    ]);
    const right = recordsOf("b", [
      { id: "1", dob: "1985-03-07", s: "PEREZ" },
      { id: "9", dob: "1990-01-01", s: "RUIZ" },
    ]);
    const pairs = blockPairs([{ on: ["id"] }, { on: ["dob"] }, { on: ["s"] }], left, right, {
      maxComparisons: 10,
    });
    expect(pairs.length).toBe(2);
    expect([...pairs.left]).toEqual([0, 1]);
    expect([...pairs.right]).toEqual([0, 1]);
    expect([...pairs.rule]).toEqual([0, 1]);
  });

  it("puts the lower index on the left when deduplicating", () => {
    const one = recordsOf("r", [{ s: "PEREZ" }, { s: "RUIZ" }, { s: "PEREZ" }, { s: "RUIZ" }]);
    const pairs = blockPairs([{ on: ["s"] }], one, null, { maxComparisons: 10 });
    expect([...pairs.left]).toEqual([0, 1]);
    expect([...pairs.right]).toEqual([2, 3]);
  });

  it("stops over the cap before building anything, naming the rule, the count and the cap", () => {
    // 100,000 × 100,000 records on one key: ten thousand million pairs could never be built.
    const n = 100_000;
    const side = (source: string): Records => ({
      source,
      ids: Array.from({ length: n }, (_, i) => String(i)),
      rows: Array.from({ length: n }, (_, i) => i + 1),
      fields: {
        sex: Array.from({ length: n }, () => "F"),
        id: Array.from({ length: n }, (_, i) => String(i)),
      },
    });
    try {
      blockPairs([{ on: ["id"] }, { on: ["sex"], name: "sexo" }], side("a"), side("b"), {
        maxComparisons: 1_000_000,
      });
      expect.unreachable();
    } catch (error) {
      expect(isCiudataError(error)).toBe(true);
      const issue = (error as { errors: { type: string; params: Record<string, unknown> }[] }).errors[0];
      expect(issue?.type).toBe("linkage/too-many-comparisons");
      expect(issue?.params).toMatchObject({ rule: "sexo", count: n * n, cap: 1_000_000 });
    }
  });

  it("finds the same pairs, under the same rules, whatever the row order", () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 12 }),
        fc.array(row, { minLength: 1, maxLength: 12 }),
        rules,
        fc.integer(),
        (l, r, rs, seed) => {
          const shuffled = (rows: Row[]) => {
            const order = rows.map((_, i) => i);
            let s = seed >>> 0;
            for (let i = order.length - 1; i > 0; i--) {
              s = (Math.imul(s, 1103515245) + 12345) >>> 0;
              const k = s % (i + 1);
              [order[i], order[k]] = [order[k] as number, order[i] as number];
            }
            return order;
          };
          const byId = (left: Records, right: Records) => {
            const pairs = blockPairs(rs, left, right, { maxComparisons: 1e9 });
            const out: string[] = [];
            for (let p = 0; p < pairs.length; p++)
              out.push(
                `${left.ids[pairs.left[p] as number]}-${right.ids[pairs.right[p] as number]}:${pairs.rule[p]}`,
              );
            return out.sort();
          };
          const left = recordsOf("a", l);
          const right = recordsOf("b", r);
          const lo = shuffled(l);
          const ro = shuffled(r);
          const permute = (records: Records, order: number[]): Records => ({
            source: records.source,
            ids: order.map((i) => records.ids[i] as string),
            rows: order.map((i) => records.rows[i] as number),
            fields: Object.fromEntries(
              Object.entries(records.fields).map(([k, v]) => [k, order.map((i) => v[i] ?? null)]),
            ),
          });
          expect(byId(permute(left, lo), permute(right, ro))).toEqual(byId(left, right));
          expect(countBlocking(rs, permute(left, lo), permute(right, ro))).toEqual(
            countBlocking(rs, left, right),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it("names an unknown field and the rule that uses it", () => {
    const one = recordsOf("r", [{ s: "PEREZ" }]);
    expect(() => blockPairs([{ on: ["dob"], name: "fecha" }], one, null, { maxComparisons: 10 })).toThrow(
      expect.objectContaining({
        errors: [expect.objectContaining({ params: expect.objectContaining({ where: "fecha" }) })],
      }),
    );
  });
});
