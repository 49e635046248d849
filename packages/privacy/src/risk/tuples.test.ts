import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RiskAccumulator } from "./accumulator";
import { riskOfRows } from "./measure";
import { missingTest } from "./missing";
import { SortedCounter, TupleCounter, ValueCodes } from "./tuples";

/** The plain definition: classes keyed by the trimmed cells joined, missing cells as one value. */
function naive(rows: readonly (readonly string[])[]) {
  const isMissing = missingTest();
  const sizes = new Map<string, number>();
  for (const r of rows) {
    const key = r.map((c) => (isMissing(c.trim()) ? "\u0000" : c.trim())).join("\u001f");
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  const fk = [...sizes.values()];
  const under = (k: number) => fk.filter((n) => n < k).reduce((a, n) => a + n, 0);
  return { classes: sizes.size, uniques: under(2), v3: under(3), smallest: Math.min(...fk) };
}

const cell = fc.oneof(
  fc.constantFrom("", " ", "NA", " s/d ", "F", " F", "F ", "M", "Centro", "Ciudad Universitaria", "Ñuñoa"),
  fc.constantFrom("東京", "x".repeat(25), "a\u00ff", "03/01/1998", "03/01/1999"),
  fc.integer({ min: 0, max: 300 }).map(String),
);

describe("risk counting structures", () => {
  it("codes cells by their trimmed value, missing as 0, short, long and non-Latin-1 alike", () => {
    const codes = new ValueCodes(missingTest());
    const a = codes.code("Centro");
    expect(codes.code(" Centro ")).toBe(a);
    expect(codes.code("NA")).toBe(0);
    expect(codes.code(" ")).toBe(0);
    const long = codes.code("Ciudad Universitaria de Mendoza");
    expect(codes.code("Ciudad Universitaria de Mendoza ")).toBe(long);
    expect(codes.code("東京")).not.toBe(a);
    expect(codes.peek("東京 ")).toBe(codes.code("東京"));
    expect(codes.peek("nunca")).toBe(-1);
    for (let i = 0; i < 5000; i++) expect(codes.code(`v${i}`)).toBe(codes.code(` v${i}`));
    expect(new Set(Array.from({ length: 5000 }, (_, i) => codes.code(`v${i}`))).size).toBe(5000);
  });

  it("counts tuples packed or hashed, in order of first appearance", () => {
    const t = new TupleCounter(2);
    t.add(Int32Array.of(1, 2), 1);
    t.add(Int32Array.of(7, 0), 2.5);
    t.add(Int32Array.of(1, 2), 1);
    t.add(Int32Array.of(2 ** 20, 2 ** 20), 1); // past 31 bits: hashed from here on
    expect([t.size, t.count(0), t.weight(0), t.weight(1), t.find(Int32Array.of(7, 0))]).toEqual([
      3, 2, 2, 2.5, 1,
    ]);
    expect(t.find(Int32Array.of(2 ** 20, 2 ** 20))).toBe(2);
    expect(t.find(Int32Array.of(3, 3))).toBe(-1);
  });

  it("sorted runs give the same class sizes as a hash table, packed or not", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(40), fc.nat(3), fc.oneof(fc.nat(5), fc.nat(3_000_000), fc.nat(2 ** 30))), {
          maxLength: 3000,
        }),
        (tuples) => {
          const sorted = new SortedCounter(3);
          const table = new TupleCounter(3);
          for (const t of tuples) {
            sorted.add(t);
            table.add(t, 1);
          }
          const sizes = new Map<number, number>();
          for (let id = 0; id < table.size; id++)
            sizes.set(table.count(id), (sizes.get(table.count(id)) ?? 0) + 1);
          expect(new Map([...sorted.sizes()].sort((a, b) => a[0] - b[0]))).toEqual(
            new Map([...sizes].sort((a, b) => a[0] - b[0])),
          );
        },
      ),
    );
  });

  it("merges runs across many flushes", () => {
    const c = new SortedCounter(2);
    const n = 700_000;
    for (let i = 0; i < n; i++) c.add([i % 1000, (i * 7) % 3]);
    // 1000 × 3 residues cycle with period 3000: every pair seen n / 3000 times (rounded).
    const sizes = c.sizes();
    expect([...sizes.entries()].reduce((a, [s, k]) => a + s * k, 0)).toBe(n);
    expect([...sizes.values()].reduce((a, b) => a + b, 0)).toBe(3000);
    // A value past 31 bits after the runs: everything moves to a hash table, nothing is lost.
    c.add([2 ** 29, 2]);
    c.add([5, 1]);
    const after = c.sizes();
    expect([...after.entries()].reduce((a, [s, k]) => a + s * k, 0)).toBe(n + 2);
    expect([...after.values()].reduce((a, b) => a + b, 0)).toBe(3001);
    expect(c.toTable().find(Int32Array.of(2 ** 29, 2))).not.toBe(-1);
  });

  it("reports the same classes and violations as the plain definition (fast and ordered paths)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.array(cell, { minLength: 4, maxLength: 4 })),
        (w, raw) => {
          const rows = raw.map((r) => r.slice(0, w));
          const labels = ["a", "b", "c", "d"].slice(0, w);
          const want = naive(rows);
          const fast = riskOfRows(labels, rows, { qi: labels, k: 3 });
          const acc = new RiskAccumulator({
            k: 3,
            sensitive: 0,
            missingMatchesAny: false,
            weighted: false,
            isMissing: missingTest(),
          });
          for (const r of rows) acc.add(r, []);
          const ordered = acc.finish(labels, []);
          expect(fast).toEqual(ordered);
          expect(fast.classes).toBe(want.classes);
          expect(fast.sampleUniques).toBe(want.uniques);
          expect(fast.violations.find((v) => v.k === 3)?.records).toBe(want.v3);
          expect(fast.smallestClass).toBe(rows.length ? want.smallest : 0);
        },
      ),
    );
  });
});

describe("merging risk accumulators", () => {
  const options = fc.record({
    k: fc.constantFrom(2, 3, 5, 7),
    sensitive: fc.constantFrom(0, 1),
    missingMatchesAny: fc.boolean(),
    weighted: fc.boolean(),
  });
  // Few values, so classes span ranges and each range codes the values in its own order.
  const few = fc.oneof(fc.constantFrom("", "NA", "F", " F", "M", "Centro", "Sur"), cell);
  const record = fc.record({
    qi: fc.array(
      fc.oneof({ weight: 4, arbitrary: fc.constantFrom("F", "M", "", "Sur") }, { weight: 1, arbitrary: few }),
      {
        minLength: 3,
        maxLength: 3,
      },
    ),
    dx: few,
    weight: fc.constantFrom(1, 2, 0.5, 3),
  });
  type Rec = { qi: string[]; dx: string; weight: number };
  const accumulator = (o: { k: number; sensitive: number; missingMatchesAny: boolean; weighted: boolean }) =>
    new RiskAccumulator({ ...o, isMissing: missingTest(), unordered: true });
  const feed = (acc: RiskAccumulator, rows: readonly Rec[]) => {
    for (const r of rows) acc.add(r.qi, [r.dx], r.weight);
  };
  /** The report with its sums of floats rounded (merging changes the order they are added in). */
  const settled = (acc: RiskAccumulator, sensitive: number) => {
    const r = acc.finish(["a", "b", "c"], sensitive ? ["dx"] : []);
    const round = (x: number) => Math.round(x * 1e9) / 1e9;
    return {
      ...r,
      risk: { mean: round(r.risk.mean), max: round(r.risk.max), e: round(r.risk.expectedReidentifications) },
      ...(r.weighted
        ? { weighted: Object.fromEntries(Object.entries(r.weighted).map(([k, v]) => [k, round(v)])) }
        : {}),
      lDiversity: r.lDiversity.map((l) => ({ ...l, entropyMin: round(l.entropyMin) })),
    };
  };

  it("counts of a table split in ranges and merged, in any order, are the counts of the whole (fast-check)", () => {
    fc.assert(
      fc.property(
        options,
        fc.array(record, { maxLength: 80 }),
        fc.array(fc.nat(), { maxLength: 3 }),
        fc.boolean(),
        (o, rows, cuts, reversed) => {
          const opts = o;
          const whole = accumulator(opts);
          feed(whole, rows);
          const at = [...new Set(cuts.map((c) => c % (rows.length + 1)))].sort((a, b) => a - b);
          const bounds = [0, ...at, rows.length];
          const parts = bounds.slice(1).map((end, i) => {
            const acc = accumulator(opts);
            feed(acc, rows.slice(bounds[i], end));
            return acc;
          });
          if (reversed) parts.reverse();
          const [first, ...rest] = parts as [RiskAccumulator, ...RiskAccumulator[]];
          for (const p of rest) first.merge(p);
          expect(settled(first, o.sensitive)).toEqual(settled(whole, o.sensitive));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("refuses to merge counts over other columns", () => {
    const a = new RiskAccumulator({
      k: 2,
      sensitive: 0,
      missingMatchesAny: false,
      weighted: false,
      isMissing: missingTest(),
    });
    const b = new RiskAccumulator({
      k: 2,
      sensitive: 0,
      missingMatchesAny: false,
      weighted: false,
      isMissing: missingTest(),
    });
    a.add(["1", "2"], []);
    b.add(["1"], []);
    expect(() => a.merge(b)).toThrow(RangeError);
  });
});
