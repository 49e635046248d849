// Which person sits in which row of which registry, without making the rows: a side is two typed arrays
// (person and copy number per row), so a million-row registry costs a few megabytes until its rows are
// written one by one.

import { DEFAULT_ERROR_RATES, type ErrorRates, type ErrorTally, emptyTally, writeCopy } from "./errors";
import { HEADER_A, headerB, idOf, type NameLayout, rowA, rowB } from "./layouts";
import { personOf } from "./person";
import { chance, permutation, rngOf } from "./random";

/** What to generate. */
export interface GenerateOptions {
  /** People in each registry (before duplicates within it). */
  people: number;
  /** Seed of every random choice. Defaults to 1. */
  seed?: number;
  /** Two registries: share of A's people who are also in B (0–1). Defaults to 0.5. */
  overlap?: number;
  /**
   * Share of a registry's people written more than once in it (a tenth of them three times). Defaults
   * to 0 for two registries and 0.1 for one.
   */
  duplicatesWithin?: number;
  /** Error rates replacing some of {@link DEFAULT_ERROR_RATES}. */
  errors?: Partial<ErrorRates>;
  /** How registry B writes names. Defaults to `"surnames-first"` ("Pérez García, María José"). */
  names?: NameLayout;
}

/** One registry of a plan: its header, its size and its rows made on demand. */
export interface SidePlan {
  readonly source: "a" | "b";
  readonly header: readonly string[];
  readonly length: number;
  /** The id of a row (0-based, file order). */
  id(row: number): string;
  /** The person behind a row (the truth). */
  person(row: number): number;
  /** The rows in file order, made one by one. */
  rows(): Generator<string[]>;
}

/** Registries planned from options, with their truth. */
export interface RegistryPlan {
  readonly mode: "link" | "dedupe";
  readonly seed: number;
  readonly rates: Readonly<ErrorRates>;
  readonly sides: readonly SidePlan[];
  /** Pairs of ids of the same person: A × B for two registries, within the one registry otherwise. */
  truthPairs(): Generator<[string, string]>;
  /** Every row's id and its person's cluster id (`P0000042`). */
  truthClusters(): Generator<[string, string]>;
  /** What the rows made so far carry (each side counted once, from its last full pass). */
  tally(): ErrorTally;
}

/** A cluster id of the truth for person `index`. */
export const clusterOf = (index: number): string => `P${String(index).padStart(7, "0")}`;

function side(
  source: "a" | "b",
  sideNo: number,
  people: Int32Array,
  options: { seed: number; rates: ErrorRates; duplicates: number; names: NameLayout; layout: "a" | "b" },
): SidePlan & { tallied: ErrorTally } {
  const { seed, rates, duplicates, names, layout } = options;
  const copiesOf = new Uint8Array(people.length);
  let rows = 0;
  people.forEach((p, i) => {
    const rng = rngOf(seed, 8, sideNo, p);
    const extra = chance(rng, duplicates) ? (chance(rng, 0.1) ? 2 : 1) : 0;
    copiesOf[i] = 1 + extra;
    rows += 1 + extra;
  });
  const personAt = new Int32Array(rows);
  const copyAt = new Uint8Array(rows);
  let at = 0;
  people.forEach((p, i) => {
    for (let c = 0; c < (copiesOf[i] as number); c++) {
      personAt[at] = p;
      copyAt[at++] = c;
    }
  });
  const order = permutation(rows, rngOf(seed, 9, sideNo));
  const personOrdered = order.map((k) => personAt[k] as number);
  const copyOrdered = Uint8Array.from(order, (k) => copyAt[k] as number);
  const header = layout === "a" ? [...HEADER_A] : headerB(names);
  const plan = {
    source,
    header,
    length: rows,
    tallied: emptyTally(),
    id: (row: number) => idOf(source, row),
    person: (row: number) => personOrdered[row] as number,
    *rows(): Generator<string[]> {
      const tally = emptyTally();
      plan.tallied = tally;
      for (let r = 0; r < rows; r++) {
        const p = personOrdered[r] as number;
        const c = copyOrdered[r] as number;
        const written = writeCopy(personOf(seed, p), rates, rngOf(seed, 5, sideNo, p, c), tally, seed);
        const rng = rngOf(seed, 6, sideNo, p, c);
        yield layout === "a"
          ? rowA(rng, written, idOf(source, r))
          : rowB(rng, written, idOf(source, r), names);
      }
    },
  };
  return plan;
}

/** Rows of each person in a side, as offsets into a row list (a counting sort by person). */
function rowsByPerson(s: SidePlan, population: number): { start: Int32Array; rows: Int32Array } {
  const start = new Int32Array(population + 1);
  for (let r = 0; r < s.length; r++) {
    const p = s.person(r) + 1;
    start[p] = (start[p] as number) + 1;
  }
  for (let p = 0; p < population; p++) start[p + 1] = (start[p + 1] as number) + (start[p] as number);
  const fill = start.slice(0, population);
  const rows = new Int32Array(s.length);
  for (let r = 0; r < s.length; r++) {
    const p = s.person(r);
    const at = fill[p] as number;
    rows[at] = r;
    fill[p] = at + 1;
  }
  return { start, rows };
}

const resolve = (o: GenerateOptions) => {
  if (!Number.isInteger(o.people) || o.people < 1)
    throw new RangeError(`people must be a positive integer, got ${o.people}`);
  return {
    seed: o.seed ?? 1,
    rates: { ...DEFAULT_ERROR_RATES, ...o.errors },
    names: o.names ?? "surnames-first",
  };
};

/**
 * Plans two registries A and B sharing `overlap` of their people, without making their rows: each
 * side's `rows()` makes them one by one (what `generateRegistries` and `writeRegistries` use).
 *
 * @example
 * ```ts
 * const plan = planRegistries({ people: 1_000_000, seed: 1 });
 * for (const row of plan.sides[0].rows()) send(row); // one row at a time
 * ```
 */
export function planRegistries(options: GenerateOptions): RegistryPlan {
  const { seed, rates, names } = resolve(options);
  const n = options.people;
  const shared = Math.round(n * (options.overlap ?? 0.5));
  const duplicates = options.duplicatesWithin ?? 0;
  const inA = Int32Array.from({ length: n }, (_, i) => i);
  const inB = Int32Array.from({ length: n }, (_, i) => (i < shared ? i : n + i - shared));
  const population = 2 * n - shared;
  const a = side("a", 0, inA, { seed, rates, duplicates, names, layout: "a" });
  const b = side("b", 1, inB, { seed, rates, duplicates, names, layout: "b" });
  return {
    mode: "link",
    seed,
    rates,
    sides: [a, b],
    *truthPairs() {
      const byB = rowsByPerson(b, population);
      for (let r = 0; r < a.length; r++) {
        const p = a.person(r);
        for (let k = byB.start[p] as number; k < (byB.start[p + 1] as number); k++)
          yield [a.id(r), b.id(byB.rows[k] as number)];
      }
    },
    *truthClusters() {
      for (const s of [a, b]) for (let r = 0; r < s.length; r++) yield [s.id(r), clusterOf(s.person(r))];
    },
    tally: () => sumTallies(a.tallied, b.tallied),
  };
}

/**
 * Plans one registry (layout A or B) with duplicates within it, for deduplication, without making its
 * rows.
 *
 * @example
 * ```ts
 * const plan = planRegistry({ people: 900_000, duplicatesWithin: 0.1 });
 * plan.sides[0].length; //=> about 990,000 rows
 * ```
 */
export function planRegistry(options: GenerateOptions & { layout?: "a" | "b" }): RegistryPlan {
  const { seed, rates, names } = resolve(options);
  const n = options.people;
  const layout = options.layout ?? "a";
  const s = side(
    layout,
    layout === "a" ? 0 : 1,
    Int32Array.from({ length: n }, (_, i) => i),
    {
      seed,
      rates,
      duplicates: options.duplicatesWithin ?? 0.1,
      names,
      layout,
    },
  );
  return {
    mode: "dedupe",
    seed,
    rates,
    sides: [s],
    *truthPairs() {
      const by = rowsByPerson(s, n);
      for (let r = 0; r < s.length; r++) {
        const p = s.person(r);
        for (let k = by.start[p] as number; k < (by.start[p + 1] as number); k++) {
          const other = by.rows[k] as number;
          if (other > r) yield [s.id(r), s.id(other)];
        }
      }
    },
    *truthClusters() {
      for (let r = 0; r < s.length; r++) yield [s.id(r), clusterOf(s.person(r))];
    },
    tally: () => s.tallied,
  };
}

function sumTallies(x: ErrorTally, y: ErrorTally): ErrorTally {
  const out = emptyTally();
  for (const k of Object.keys(out) as (keyof ErrorTally)[]) {
    out[k].injected = x[k].injected + y[k].injected;
    out[k].eligible = x[k].eligible + y[k].eligible;
  }
  return out;
}
