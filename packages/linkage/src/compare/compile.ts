import type { ComparisonSpec, LevelPredicate, Records } from "../types";
import { type CalendarDate, parseIsoDate } from "./dates";
import { type EncodedField, encodeFields, fieldGroups } from "./encode";
import { damerauBytes } from "./metrics/damerau";
import { jaroWinklerBytes } from "./metrics/jaro-winkler";
import { utf8 } from "./metrics/utf8";

/** Computes the gamma vector of a record pair (see {@link compileComparisons}). */
export interface PairComparer {
  /** How many comparisons (gammas per pair). */
  readonly count: number;
  /**
   * Writes the gamma of each comparison for left record `i` and right record `j` (both on the one side
   * when deduplicating) into `out[offset]…out[offset + count - 1]`: -1 null, 0 else, `levels.length - k`
   * for level `k`.
   */
  gammas(i: number, j: number, out: Int8Array, offset: number): void;
}

type Test = (i: number, j: number) => boolean;

/** Cached metric results per field: 2^CACHE_BITS slots (16 bytes each). */
const CACHE_BITS = 18;
const CACHE_SLOTS = 1 << CACHE_BITS;
const CACHE_SHIFT = 32 - CACHE_BITS;

/**
 * Compiles comparison specs into a fast gamma function. Each field is dictionary-encoded once per side
 * (exact is integer equality), string metrics are cached per pair of distinct values, dates and tokens
 * are parsed once per distinct value, and nothing is allocated per pair. `right` is `null` to compare
 * one side with itself. Throws `CiudataError` (`linkage/unknown-field`) for a field the records lack.
 *
 * @example
 * ```ts
 * const comparer = compileComparisons([dateComparison("birthDate")], left, right);
 * const out = new Int8Array(comparer.count);
 * comparer.gammas(0, 0, out, 0); // out[0]: 5 exact … 1 within a year, 0 else, -1 missing
 * ```
 */
export function compileComparisons(
  specs: readonly ComparisonSpec[],
  left: Records,
  right: Records | null,
): PairComparer {
  const fields = new Set<string>();
  const links: [string, string][] = [];
  const usedBy = new Map<string, string>();
  const use = (field: string, spec: string) => {
    fields.add(field);
    if (!usedBy.has(field)) usedBy.set(field, spec);
  };
  const caps = new Map<string, number>();
  const walk = (p: LevelPredicate, spec: string): void => {
    if ("damerau" in p) caps.set(p.damerau, Math.max(caps.get(p.damerau) ?? 0, p.max));
    if ("all" in p) for (const q of p.all) walk(q, spec);
    else if ("any" in p) for (const q of p.any) walk(q, spec);
    else if ("crossed" in p) {
      use(p.crossed[0], spec);
      use(p.crossed[1], spec);
      links.push([p.crossed[0], p.crossed[1]]);
    } else use(fieldOf(p), spec);
  };
  for (const spec of specs) {
    for (const f of spec.fields) use(f, spec.name);
    for (const level of spec.levels) walk(level.when, spec.name);
  }
  const encoded = encodeFields(fieldGroups(fields, links), left, right, (f) => usedBy.get(f) ?? f);
  const context = new Context(encoded, caps);
  const compiled = specs.map((spec) => compileSpec(spec, context));
  const count = compiled.length;
  return {
    count,
    gammas(i, j, out, offset) {
      for (let c = 0; c < count; c++)
        out[offset + c] = (compiled[c] as (i: number, j: number) => number)(i, j);
    },
  };
}

function fieldOf(p: LevelPredicate): string {
  if ("exact" in p) return p.exact;
  if ("jaroWinkler" in p) return p.jaroWinkler;
  if ("damerau" in p) return p.damerau;
  if ("daySwap" in p) return p.daySwap;
  if ("dateWithin" in p) return p.dateWithin;
  if ("tokenSubset" in p) return p.tokenSubset;
  throw new TypeError("a level predicate without a field");
}

function compileSpec(spec: ComparisonSpec, context: Context): (i: number, j: number) => number {
  const nulls = spec.fields.map((f) => context.field(f));
  const tests = spec.levels.map((level) => compilePredicate(level.when, context));
  const levels = tests.length;
  return (i, j) => {
    for (const f of nulls) if (f.left[i] === -1 || f.right[j] === -1) return -1;
    for (let k = 0; k < levels; k++) if ((tests[k] as Test)(i, j)) return levels - k;
    return 0;
  };
}

function compilePredicate(p: LevelPredicate, context: Context): Test {
  if ("all" in p) {
    const tests = p.all.map((q) => compilePredicate(q, context));
    return (i, j) => {
      for (const t of tests) if (!t(i, j)) return false;
      return true;
    };
  }
  if ("any" in p) {
    const tests = p.any.map((q) => compilePredicate(q, context));
    return (i, j) => {
      for (const t of tests) if (t(i, j)) return true;
      return false;
    };
  }
  if ("crossed" in p) {
    const a = context.field(p.crossed[0]);
    const b = context.field(p.crossed[1]);
    return (i, j) => {
      const la = a.left[i] as number;
      const lb = b.left[i] as number;
      return la !== -1 && lb !== -1 && la === b.right[j] && lb === a.right[j];
    };
  }
  if ("exact" in p) {
    const f = context.field(p.exact);
    return (i, j) => {
      const l = f.left[i] as number;
      return l !== -1 && l === f.right[j];
    };
  }
  if ("jaroWinkler" in p) {
    const f = context.field(p.jaroWinkler);
    const similarity = context.jaroWinkler(p.jaroWinkler);
    const min = p.min;
    const empty = f.values.map((v) => v === "");
    return (i, j) => {
      const l = f.left[i] as number;
      const r = f.right[j] as number;
      if (l === -1 || r === -1) return false;
      // Equal text is similarity 1, except empty text (0, like DuckDB).
      if (l === r) return empty[l] === true ? min <= 0 : 1 >= min;
      return similarity(l, r) >= min;
    };
  }
  if ("damerau" in p) {
    const f = context.field(p.damerau);
    const distance = context.damerau(p.damerau, context.damerauCap(p.damerau));
    const max = p.max;
    return (i, j) => {
      const l = f.left[i] as number;
      const r = f.right[j] as number;
      if (l === -1 || r === -1) return false;
      return l === r || distance(l, r) <= max;
    };
  }
  if ("daySwap" in p) {
    const f = context.field(p.daySwap);
    const dates = context.dates(p.daySwap);
    return (i, j) => {
      const l = f.left[i] as number;
      const r = f.right[j] as number;
      if (l === -1 || r === -1) return false;
      const a = dates[l];
      const b = dates[r];
      return a != null && b != null && a.year === b.year && a.month === b.day && a.day === b.month;
    };
  }
  if ("dateWithin" in p) {
    const f = context.field(p.dateWithin);
    const dates = context.dates(p.dateWithin);
    const days = p.days;
    return (i, j) => {
      const l = f.left[i] as number;
      const r = f.right[j] as number;
      if (l === -1 || r === -1) return false;
      const a = dates[l];
      const b = dates[r];
      return a != null && b != null && Math.abs(a.days - b.days) <= days;
    };
  }
  const f = context.field(p.tokenSubset);
  const tokens = context.tokens(p.tokenSubset);
  return (i, j) => {
    const l = f.left[i] as number;
    const r = f.right[j] as number;
    if (l === -1 || r === -1) return false;
    const a = tokens[l] as Int32Array;
    const b = tokens[r] as Int32Array;
    return a.length <= b.length ? subset(a, b) : subset(b, a);
  };
}

/** Whether the sorted distinct ids of `a` (not empty) are all in the sorted `b`. */
function subset(a: Int32Array, b: Int32Array): boolean {
  if (a.length === 0) return false;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    const t = a[i] as number;
    while (k < b.length && (b[k] as number) < t) k++;
    if (k === b.length || b[k] !== t) return false;
  }
  return true;
}

/** Per-field encodings and the per-distinct-value data the predicates share. */
class Context {
  private readonly similarities = new Map<string, (l: number, r: number) => number>();
  private readonly distances = new Map<string, (l: number, r: number) => number>();
  private readonly parsedDates = new Map<string, (CalendarDate | null)[]>();
  private readonly tokenSets = new Map<string, Int32Array[]>();
  private readonly bytes = new Map<string[], (Uint8Array | undefined)[]>();

  constructor(
    private readonly encoded: Map<string, EncodedField>,
    private readonly caps: Map<string, number>,
  ) {}

  damerauCap(name: string): number {
    return this.caps.get(name) ?? 0;
  }

  field(name: string): EncodedField {
    return this.encoded.get(name) as EncodedField;
  }

  jaroWinkler(name: string): (l: number, r: number) => number {
    let metric = this.similarities.get(name);
    if (metric === undefined) {
      metric = this.cached(name, jaroWinklerBytes);
      this.similarities.set(name, metric);
    }
    return metric;
  }

  /** Distances on `name`, exact up to `cap` (the largest `max` any level asks of the field), else cap + 1. */
  damerau(name: string, cap: number): (l: number, r: number) => number {
    let metric = this.distances.get(name);
    if (metric === undefined) {
      metric = this.cached(name, (a, b) => damerauBytes(a, b, cap));
      this.distances.set(name, metric);
    }
    return metric;
  }

  dates(name: string): (CalendarDate | null)[] {
    let dates = this.parsedDates.get(name);
    if (dates === undefined) {
      dates = this.field(name).values.map(parseIsoDate);
      this.parsedDates.set(name, dates);
    }
    return dates;
  }

  tokens(name: string): Int32Array[] {
    let sets = this.tokenSets.get(name);
    if (sets === undefined) {
      const ids = new Map<string, number>();
      sets = this.field(name).values.map((value) => {
        const set = new Set<number>();
        for (const token of value.split(" ")) {
          if (token === "") continue;
          let id = ids.get(token);
          if (id === undefined) {
            id = ids.size;
            ids.set(token, id);
          }
          set.add(id);
        }
        return Int32Array.from(set).sort();
      });
      this.tokenSets.set(name, sets);
    }
    return sets;
  }

  /**
   * A metric over two codes of `name`, computed on UTF-8 bytes and cached per ordered pair of codes in a
   * fixed-size direct-mapped table (a new pair overwrites the one in its slot: no growth, no allocation).
   */
  private cached(
    name: string,
    metric: (a: Uint8Array, b: Uint8Array) => number,
  ): (l: number, r: number) => number {
    const values = this.field(name).values;
    let bytes = this.bytes.get(values);
    if (bytes === undefined) {
      bytes = new Array<Uint8Array | undefined>(values.length);
      this.bytes.set(values, bytes);
    }
    const encodedBytes = bytes;
    const of = (code: number): Uint8Array => {
      let b = encodedBytes[code];
      if (b === undefined) {
        b = utf8(values[code] as string);
        encodedBytes[code] = b;
      }
      return b;
    };
    const slotsL = new Int32Array(CACHE_SLOTS).fill(-1);
    const slotsR = new Int32Array(CACHE_SLOTS);
    const results = new Float64Array(CACHE_SLOTS);
    return (l, r) => {
      const slot = (Math.imul(l, 0x9e3779b1) ^ Math.imul(r, 0x85ebca6b)) >>> CACHE_SHIFT;
      if (slotsL[slot] === l && slotsR[slot] === r) return results[slot] as number;
      // Ordered like the SQL engines call the metric: f(left value, right value).
      const value = metric(of(l), of(r));
      slotsL[slot] = l;
      slotsR[slot] = r;
      results[slot] = value;
      return value;
    };
  }
}
