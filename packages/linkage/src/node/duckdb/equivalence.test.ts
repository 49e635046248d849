import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blockPairs, countBlocking } from "../../block/index";
import { compileComparisons } from "../../compare/index";
import type { BlockingRule, ComparisonSpec, LevelPredicate, Records } from "../../types";
import { duckdbEngine } from "./engine";

// Values chosen to hit every edge of every predicate: typos and transpositions, crossed surnames,
// non-ASCII (DuckDB and the in-process engine both count UTF-8 bytes), blanks and doubled spaces,
// swapped and invalid dates; quotes, commas and a line break (the DuckDB engine stages the records as CSV).
const NAMES = [
  "PEREZ",
  "PERES",
  "PREEZ",
  "GARCIA",
  "GARCÍA",
  "NUÑEZ",
  "NUNEZ",
  "CA",
  "ABC",
  "",
  "MARIA JOSE",
  "JOSE MARIA",
  "MARIA  GUADALUPE",
  "GUADALUPE",
  " MARIA",
  "MARIA ",
  "   ",
  'O"NEIL',
  "PEREZ,GARCIA",
  "DE LA\nCRUZ",
];
const DATES = [
  "2000-03-07",
  "2000-07-03",
  "2000-03-08",
  "2001-03-07",
  "1999-12-31",
  "2000-02-30",
  "2000-13-01",
  "2000-01-13",
  "20000307",
  "2000-3-7",
  "2000-02-29",
  "2000-01-01",
];

const value = (pool: readonly string[]) => fc.option(fc.constantFrom(...pool), { nil: null, freq: 5 });
const side = (source: string) =>
  fc.array(fc.tuple(value(NAMES), value(NAMES), value(DATES)), { minLength: 1, maxLength: 8 }).map(
    (rows): Records => ({
      source,
      ids: rows.map((_, i) => `${source}${i}`),
      rows: rows.map((_, i) => i + 1),
      fields: {
        s1: rows.map((r) => r[0]),
        s2: rows.map((r) => r[1]),
        dob: rows.map((r) => r[2]),
      },
    }),
  );

const nameField = fc.constantFrom("s1", "s2");
const atom: fc.Arbitrary<LevelPredicate> = fc.oneof(
  fc.record({ exact: fc.constantFrom("s1", "s2", "dob") }),
  fc.record({ jaroWinkler: nameField, min: fc.constantFrom(0.7, 0.88, 0.92, 0.95) }),
  fc.record({ damerau: fc.constantFrom("s1", "s2", "dob"), max: fc.constantFrom(0, 1, 2, 3) }),
  fc.constant({ crossed: ["s1", "s2"] as const }),
  fc.record({ daySwap: fc.constant("dob") }),
  fc.record({ dateWithin: fc.constant("dob"), days: fc.constantFrom(0, 1, 31, 365) }),
  fc.record({ tokenSubset: nameField }),
);
const predicate: fc.Arbitrary<LevelPredicate> = fc.oneof(
  { weight: 4, arbitrary: atom },
  { weight: 1, arbitrary: fc.array(atom, { minLength: 1, maxLength: 3 }).map((all) => ({ all })) },
  { weight: 1, arbitrary: fc.array(atom, { minLength: 1, maxLength: 3 }).map((any) => ({ any })) },
);
const specs: fc.Arbitrary<ComparisonSpec[]> = fc.array(
  fc.record({
    name: fc.constantFrom("a", "b", "c"),
    fields: fc.subarray(["s1", "s2", "dob"]),
    levels: fc
      .array(predicate, { minLength: 0, maxLength: 4 })
      .map((whens) => whens.map((when, i) => ({ id: `l${i}`, when }))),
  }),
  { minLength: 1, maxLength: 3 },
);

async function bothEngines(list: ComparisonSpec[], left: Records, right: Records | null) {
  const other = right ?? left;
  const pairs = { left: [] as number[], right: [] as number[] };
  for (let i = 0; i < left.ids.length; i++)
    for (let j = right === null ? i + 1 : 0; j < other.ids.length; j++) {
      pairs.left.push(i);
      pairs.right.push(j);
    }
  const list2 = {
    left: Int32Array.from(pairs.left),
    right: Int32Array.from(pairs.right),
    length: pairs.left.length,
  };
  const comparer = compileComparisons(list, left, right);
  const expected = new Int8Array(list2.length * list.length);
  for (let p = 0; p < list2.length; p++)
    comparer.gammas(pairs.left[p] as number, pairs.right[p] as number, expected, p * list.length);
  const engine = duckdbEngine({ database: ":memory:", threads: 1 })(list, left, right);
  try {
    return { duckdb: [...(await engine.gammas(list2))], inProcess: [...expected] };
  } finally {
    await engine.close();
  }
}

describe("the DuckDB engine and the in-process engine", () => {
  it("give the same gamma for every level kind on hand-made pairs", async () => {
    const left: Records = {
      source: "a",
      ids: ["1", "2", "3", "4", "5", "6"],
      rows: [1, 2, 3, 4, 5, 6],
      fields: {
        s1: ["GONZALEZ", "CA", "MARIA GUADALUPE", "NUÑEZ", "PEREZ", null],
        s2: ["LOPEZ", "PEREZ", null, "RUIZ", "GARCIA", "X"],
        dob: ["2000-03-07", "2000-02-30", "1985-01-01", "1985-01-01", "2000-03-07", "2000-01-01"],
      },
    };
    const right: Records = {
      source: "b",
      ids: ["1", "2", "3", "4", "5", "6"],
      rows: [1, 2, 3, 4, 5, 6],
      fields: {
        s1: ["GONZALES", "ABC", "GUADALUPE", "NUNEZ", "GARCIA", "PEREZ"],
        s2: ["LOPEZ", "PEREZ", "X", "RUIZ", "PEREZ", "X"],
        dob: ["2000-07-03", "2000-03-02", "1985-12-31", "1986-01-01", "2000-03-08", null],
      },
    };
    const spec = (name: string, when: LevelPredicate): ComparisonSpec => ({
      name,
      fields: ["s2"],
      levels: [{ id: name, when }],
    });
    const list = [
      spec("exact", { exact: "s1" }),
      spec("jw", { jaroWinkler: "s1", min: 0.92 }),
      spec("dl", { damerau: "s1", max: 2 }),
      spec("crossed", { crossed: ["s1", "s2"] }),
      spec("swap", { daySwap: "dob" }),
      spec("within", { dateWithin: "dob", days: 1 }),
      spec("tokens", { tokenSubset: "s1" }),
      spec("all", { all: [{ exact: "s2" }, { dateWithin: "dob", days: 400 }] }),
      spec("any", { any: [{ exact: "s1" }, { daySwap: "dob" }] }),
    ];
    const { duckdb, inProcess } = await bothEngines(list, left, right);
    expect(duckdb).toEqual(inProcess);
    // Pair (0, 0): GONZALEZ/GONZALES are 0.95 alike and 1 edit apart, 03-07/07-03 is a day swap and 118 days apart.
    expect(duckdb.slice(0, list.length)).toEqual([0, 1, 1, 0, 1, 0, 0, 1, 1]);
  });

  it("give the same gammas on random records and random comparisons (two sides)", async () => {
    await fc.assert(
      fc.asyncProperty(specs, side("a"), side("b"), async (list, left, right) => {
        const { duckdb, inProcess } = await bothEngines(list, left, right);
        expect(duckdb).toEqual(inProcess);
      }),
      { numRuns: 40 },
    );
  });

  it("give the same gammas within one side (dedupe)", async () => {
    await fc.assert(
      fc.asyncProperty(specs, side("a"), async (list, records) => {
        const { duckdb, inProcess } = await bothEngines(list, records, null);
        expect(duckdb).toEqual(inProcess);
      }),
      { numRuns: 30 },
    );
  });

  it("count and find the same blocked pairs", async () => {
    const rules = fc.array(
      fc.subarray(["s1", "s2", "dob"]).map((on): BlockingRule => ({ on })),
      { minLength: 1, maxLength: 4 },
    );
    await fc.assert(
      fc.asyncProperty(rules, side("a"), fc.option(side("b"), { nil: null }), async (list, left, right) => {
        const engine = duckdbEngine({ database: ":memory:", threads: 1 })([], left, right);
        const sorted = (p: { left: Int32Array; right: Int32Array; rule: Uint8Array; length: number }) =>
          Array.from({ length: p.length }, (_, k) => `${p.left[k]}-${p.right[k]}-${p.rule[k]}`).sort();
        try {
          expect(await engine.countBlocking(list)).toEqual(countBlocking(list, left, right));
          const cap = { maxComparisons: 10_000 };
          expect(sorted(await engine.block(list, cap))).toEqual(sorted(blockPairs(list, left, right, cap)));
        } finally {
          await engine.close();
        }
      }),
      { numRuns: 40 },
    );
  });

  it("agree on one edit apart for any text, one byte or several per character", async () => {
    // The equal-ends test DuckDB runs before the distances must never drop a pair one edit apart.
    const text = fc
      .array(fc.constantFrom("A", "B", "C", "Ñ", "É", "🙂", " "), { maxLength: 7 })
      .map((chars) => chars.join(""));
    const column = fc.array(fc.option(text, { nil: null, freq: 8 }), { minLength: 1, maxLength: 8 });
    const list: ComparisonSpec[] = [
      { name: "one", fields: ["s1"], levels: [{ id: "typo", when: { damerau: "s1", max: 1 } }] },
    ];
    const of = (source: string, s1: (string | null)[]): Records => ({
      source,
      ids: s1.map((_, i) => `${source}${i}`),
      rows: s1.map((_, i) => i + 1),
      fields: { s1 },
    });
    // The other side: each text edited once (or not) at a random place, so most pairs are near misses.
    const chars = (t: string) => Array.from(t);
    const edit = fc.tuple(fc.integer({ min: 0, max: 4 }), fc.nat(8), fc.constantFrom("A", "Ñ", "🙂"));
    const edited = (t: string | null, [kind, at, c]: [number, number, string]): string | null => {
      if (t === null) return null;
      const x = chars(t);
      const i = x.length === 0 ? 0 : at % x.length;
      if (kind === 1) x.splice(i, 0, c);
      else if (kind === 2) x.splice(i, 1);
      else if (kind === 3) x[i] = c;
      else if (kind === 4 && i + 1 < x.length) [x[i], x[i + 1]] = [x[i + 1] as string, x[i] as string];
      return x.join("");
    };
    await fc.assert(
      fc.asyncProperty(column, fc.array(edit, { minLength: 8, maxLength: 8 }), async (a, edits) => {
        const b = a.map((t, i) => edited(t, edits[i] as [number, number, string]));
        const { duckdb, inProcess } = await bothEngines(list, of("a", a), of("b", b));
        expect(duckdb).toEqual(inProcess);
      }),
      { numRuns: 40 },
    );
  });

  it("give the blocked pairs the same gammas when they are compared range of records by range", async () => {
    const rules = fc.array(
      fc.subarray(["s1", "s2", "dob"], { minLength: 1 }).map((on): BlockingRule => ({ on })),
      { minLength: 1, maxLength: 3 },
    );
    const joinRecords = fc.integer({ min: 1, max: 4 });
    await fc.assert(
      fc.asyncProperty(
        specs,
        rules,
        side("a"),
        fc.option(side("b"), { nil: null }),
        joinRecords,
        async (list, blocking, left, right, rows) => {
          const engine = duckdbEngine({ database: ":memory:", threads: 1, joinRecords: rows })(
            list,
            left,
            right,
          );
          try {
            const pairs = await engine.block(blocking, { maxComparisons: 10_000 });
            const gammas = await engine.gammas(pairs);
            const comparer = compileComparisons(list, left, right);
            const expected = new Int8Array(pairs.length * list.length);
            for (let p = 0; p < pairs.length; p++)
              comparer.gammas(pairs.left[p] as number, pairs.right[p] as number, expected, p * list.length);
            expect([...gammas]).toEqual([...expected]);
            const inProcess = blockPairs(blocking, left, right, { maxComparisons: 10_000 });
            expect(pairs.length).toBe(inProcess.length);
          } finally {
            await engine.close();
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it("refuse a field the records lack with the same issue", async () => {
    const records: Records = { source: "a.csv", ids: ["1"], rows: [1], fields: { s1: ["X"] } };
    const list: ComparisonSpec[] = [{ name: "dob", fields: ["dob"], levels: [] }];
    const engine = duckdbEngine({ database: ":memory:" })(list, records, null);
    let inProcess: unknown;
    try {
      compileComparisons(list, records, null);
    } catch (error) {
      inProcess = error;
    }
    await expect(
      engine.gammas({ left: Int32Array.of(0), right: Int32Array.of(0), length: 1 }),
    ).rejects.toMatchObject({
      errors: (inProcess as { errors: unknown }).errors,
    });
    const blocking = duckdbEngine({ database: ":memory:" })([], records, null);
    await expect(blocking.countBlocking([{ on: ["phone"] }])).rejects.toMatchObject({
      errors: [{ type: "linkage/unknown-field", params: { field: "phone", where: "phone", file: "a.csv" } }],
    });
    await engine.close();
    await blocking.close();
  });
});
