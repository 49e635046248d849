import type { FieldCodes } from "../model/tf";
import { popcount32 } from "../pprl/dice";
import type { ComparisonSpec, LevelPredicate, Records } from "../types";
import { parseIsoDate } from "./dates";
import { type EncodedField, encodeFields, fieldGroups } from "./encode";
import { damerauBytes } from "./metrics/damerau";
import { jaroWinklerBytes } from "./metrics/jaro-winkler";
import { bytesReader, type PackedBytes, packUtf8, utf8 } from "./metrics/utf8";

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

/** Whether a metric of two codes is within a bound (at least a similarity, at most a distance). */
type Within = (l: number, r: number, bound: number) => boolean;

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
  return compileWithCodes(specs, left, right).comparer;
}

/**
 * {@link compileComparisons}, and the dictionary codes of each field it compares (blocking on the same
 * fields reuses them instead of encoding the values again).
 */
export function compileWithCodes(
  specs: readonly ComparisonSpec[],
  left: Records,
  right: Records | null,
): {
  comparer: PairComparer;
  /** A compared field's codes on both sides (copied out of the row-major tables), else `undefined`. */
  codes: (field: string) => FieldCodes | undefined;
} {
  const fields = new Set<string>();
  const links: [string, string][] = [];
  const usedBy = new Map<string, string>();
  const use = (field: string, spec: string) => {
    fields.add(field);
    if (!usedBy.has(field)) usedBy.set(field, spec);
  };
  const caps = new Map<string, number>();
  const mins = new Map<string, number[]>();
  const walk = (p: LevelPredicate, spec: string): void => {
    if ("damerau" in p) caps.set(p.damerau, Math.max(caps.get(p.damerau) ?? 0, p.max));
    if ("jaroWinkler" in p) mins.set(p.jaroWinkler, [...(mins.get(p.jaroWinkler) ?? []), p.min]);
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
  const context = new Context(encoded, caps, mins);
  const compiled = specs.map((spec) => compileSpec(spec, context));
  const count = compiled.length;
  // The per-field codes are in the row-major tables: not kept twice (a column is copied when asked for).
  encoded.clear();
  const codes = (field: string): FieldCodes | undefined => context.codes(field);
  return {
    comparer: {
      count,
      gammas(i, j, out, offset) {
        for (let c = 0; c < count; c++)
          out[offset + c] = (compiled[c] as (i: number, j: number) => number)(i, j);
      },
    },
    codes,
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
  const { left: L, right: R, stride: S } = context;
  const nulls = Int32Array.from(spec.fields, (f) => context.column(f));
  const tests = spec.levels.map((level) => compilePredicate(level.when, context));
  const levels = tests.length;
  return (i, j) => {
    const li = i * S;
    const rj = j * S;
    for (let k = 0; k < nulls.length; k++) {
      const c = nulls[k] as number;
      if (L[li + c] === -1 || R[rj + c] === -1) return -1;
    }
    for (let k = 0; k < levels; k++) if ((tests[k] as Test)(li, rj)) return levels - k;
    return 0;
  };
}

// Tests get row offsets (record index × stride) into the row-major code tables, so one record's codes
// for every field sit together in memory.
function compilePredicate(p: LevelPredicate, context: Context): Test {
  const { left: L, right: R } = context;
  if ("all" in p) {
    const tests = p.all.map((q) => compilePredicate(q, context));
    return (li, rj) => {
      for (const t of tests) if (!t(li, rj)) return false;
      return true;
    };
  }
  if ("any" in p) {
    const tests = p.any.map((q) => compilePredicate(q, context));
    return (li, rj) => {
      for (const t of tests) if (t(li, rj)) return true;
      return false;
    };
  }
  if ("crossed" in p) {
    const a = context.column(p.crossed[0]);
    const b = context.column(p.crossed[1]);
    return (li, rj) => {
      const la = L[li + a] as number;
      const lb = L[li + b] as number;
      return la !== -1 && lb !== -1 && la === R[rj + b] && lb === R[rj + a];
    };
  }
  if ("exact" in p) {
    const c = context.column(p.exact);
    return (li, rj) => {
      const l = L[li + c] as number;
      return l !== -1 && l === R[rj + c];
    };
  }
  if ("jaroWinkler" in p) {
    const similarity = context.jaroWinkler(p.jaroWinkler);
    const min = p.min;
    const empty = context.values(p.jaroWinkler).map((v) => v === "");
    // Equal text is similarity 1, except empty text (0, like DuckDB).
    return present(context, p.jaroWinkler, (l, r) =>
      l === r ? (empty[l] === true ? min <= 0 : 1 >= min) : similarity(l, r, min),
    );
  }
  if ("damerau" in p) {
    const distance = context.damerau(p.damerau, context.damerauCap(p.damerau));
    const max = p.max;
    return present(context, p.damerau, (l, r) => l === r || distance(l, r, max));
  }
  if ("daySwap" in p) {
    const { ymd } = context.dates(p.daySwap);
    return present(context, p.daySwap, (l, r) => {
      const a = ymd[l] as number;
      const b = ymd[r] as number;
      // year × 10,000 + month × 100 + day; -1 when not a date.
      return (
        a !== -1 &&
        b !== -1 &&
        Math.floor(a / 10_000) === Math.floor(b / 10_000) &&
        Math.floor(a / 100) % 100 === b % 100 &&
        a % 100 === Math.floor(b / 100) % 100
      );
    });
  }
  if ("dateWithin" in p) {
    const { days: dayNumbers } = context.dates(p.dateWithin);
    const days = p.days;
    // NaN (not a date) makes the comparison false.
    return present(
      context,
      p.dateWithin,
      (l, r) => Math.abs((dayNumbers[l] as number) - (dayNumbers[r] as number)) <= days,
    );
  }
  const tokens = context.tokens(p.tokenSubset);
  return present(context, p.tokenSubset, (l, r) => {
    const a = tokens[l] as Int32Array;
    const b = tokens[r] as Int32Array;
    return a.length <= b.length ? subset(a, b) : subset(b, a);
  });
}

/** A test of `field`'s codes on both sides (`l`, `r`): false when either is missing. */
function present(context: Context, field: string, test: (l: number, r: number) => boolean): Test {
  const { left: L, right: R } = context;
  const c = context.column(field);
  return (li, rj) => {
    const l = L[li + c] as number;
    const r = R[rj + c] as number;
    return l !== -1 && r !== -1 && test(l, r);
  };
}

/** Fields with at most this many distinct values (names) keep every pair's Jaro–Winkler level: 16 MB. */
const DENSE_VALUES = 4096;

/**
 * Jaro–Winkler bounds of a field with few distinct values, remembered for every pair of values as how
 * many of the levels' `bounds` (ascending) the similarity reaches: a byte per pair, no hashing, no
 * eviction. A bound no level asks for is computed exactly.
 */
function dense(values: readonly string[], bounds: readonly number[], exact: Within): Within {
  const n = values.length;
  const reached = new Uint8Array(n * n);
  const bytes = values.map((v) => utf8(v));
  return (l, r, bound) => {
    const k = l * n + r;
    let t = reached[k] as number;
    if (t === 0) {
      const similarity = jaroWinklerBytes(bytes[l] as Uint8Array, bytes[r] as Uint8Array);
      t = 1;
      for (const b of bounds) if (similarity >= b) t++;
      reached[k] = t;
    }
    const index = bounds.indexOf(bound);
    return index === -1 ? exact(l, r, bound) : t - 1 > index;
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
  private readonly similarities = new Map<string, Within>();
  private readonly distances = new Map<string, Within>();
  private readonly parsedDates = new Map<string, { days: Float64Array; ymd: Int32Array }>();
  private readonly tokenSets = new Map<string, Int32Array[]>();
  private readonly bytes = new Map<string[], PackedBytes>();

  /** Codes of every record, row-major: `left[i * stride + column(field)]`, -1 missing. */
  readonly left: Int32Array;
  /** The same array as `left` when comparing one side with itself. */
  readonly right: Int32Array;
  readonly stride: number;
  private readonly columns = new Map<string, number>();
  private readonly valuesOf = new Map<string, string[]>();

  constructor(
    encoded: Map<string, EncodedField>,
    private readonly caps: Map<string, number>,
    /** The Jaro–Winkler bounds the levels ask of each field. */
    private readonly mins: Map<string, number[]>,
  ) {
    const fields = [...encoded.keys()];
    const stride = Math.max(1, fields.length);
    const first = encoded.values().next().value as EncodedField | undefined;
    const rowsOf = (side: "left" | "right") => {
      const n = first === undefined ? 0 : first[side].length;
      const table = new Int32Array(n * stride);
      fields.forEach((field, c) => {
        const codes = (encoded.get(field) as EncodedField)[side];
        for (let i = 0; i < n; i++) table[i * stride + c] = codes[i] as number;
      });
      return table;
    };
    this.stride = stride;
    this.left = rowsOf("left");
    this.right = first === undefined || first.right === first.left ? this.left : rowsOf("right");
    fields.forEach((field, c) => {
      this.columns.set(field, c);
      this.valuesOf.set(field, (encoded.get(field) as EncodedField).values);
    });
  }

  /** A field's codes on both sides, copied out of the row-major tables (`undefined`: not encoded here). */
  codes(field: string): FieldCodes | undefined {
    const c = this.columns.get(field);
    if (c === undefined) return undefined;
    const column = (table: Int32Array) => {
      const n = table.length / this.stride;
      const out = new Int32Array(n);
      for (let i = 0, at = c; i < n; i++, at += this.stride) out[i] = table[at] as number;
      return out;
    };
    const left = column(this.left);
    const values = this.values(field);
    return { left, right: this.right === this.left ? left : column(this.right), size: values.length, values };
  }

  /** Where a field sits in a record's row. */
  column(name: string): number {
    return this.columns.get(name) as number;
  }

  /** The distinct values of a field's group, by code. */
  values(name: string): string[] {
    return this.valuesOf.get(name) as string[];
  }

  damerauCap(name: string): number {
    return this.caps.get(name) ?? 0;
  }

  /** Whether two codes of `name` are at least `min` similar (Jaro–Winkler). */
  jaroWinkler(name: string): Within {
    let metric = this.similarities.get(name);
    if (metric === undefined) {
      const exact = this.cached(name, jaroWinklerBytes, true);
      const values = this.values(name);
      const bounds = [...new Set(this.mins.get(name) ?? [])].sort((a, b) => a - b);
      metric = values.length <= DENSE_VALUES && bounds.length > 0 ? dense(values, bounds, exact) : exact;
      this.similarities.set(name, metric);
    }
    return metric;
  }

  /**
   * Whether two codes of `name` are at most `max` apart (Damerau–Levenshtein), distances computed up to
   * `cap` (the largest `max` any level asks of the field).
   */
  damerau(name: string, cap: number): Within {
    let metric = this.distances.get(name);
    if (metric === undefined) {
      const exact = this.cached(name, (a, b) => damerauBytes(a, b, cap), false);
      const { lengths, signatures } = this.signatures(name);
      // Each edit changes the length by at most one and the set of bytes present by at most two
      // (one gone, one new), so most unrelated values are told apart without reading their bytes.
      metric = (l, r, bound) => {
        const d = (lengths[l] as number) - (lengths[r] as number);
        if (d > bound || -d > bound) return false;
        if (popcount32((signatures[l] as number) ^ (signatures[r] as number)) > 2 * bound) return false;
        return exact(l, r, bound);
      };
      this.distances.set(name, metric);
    }
    return metric;
  }

  /** Per code of `name`: its length in UTF-8 bytes and which bytes it holds (byte mod 32, as bits). */
  private signatures(name: string): { lengths: Int32Array; signatures: Int32Array } {
    const { bytes, offsets } = this.packed(name);
    const count = offsets.length - 1;
    const lengths = new Int32Array(count);
    const signatures = new Int32Array(count);
    for (let code = 0; code < count; code++) {
      let signature = 0;
      const end = offsets[code + 1] as number;
      for (let i = offsets[code] as number; i < end; i++) signature |= 1 << ((bytes[i] as number) & 31);
      lengths[code] = end - (offsets[code] as number);
      signatures[code] = signature;
    }
    return { lengths, signatures };
  }

  /** The UTF-8 bytes of a field's values, packed in one buffer (shared by the fields of its group). */
  private packed(name: string): PackedBytes {
    const values = this.values(name);
    let packed = this.bytes.get(values);
    if (packed === undefined) {
      packed = packUtf8(values);
      this.bytes.set(values, packed);
    }
    return packed;
  }

  /** Per code of `name`: days since 1970-01-01 (NaN when not a date) and year·10⁴ + month·100 + day (-1). */
  dates(name: string): { days: Float64Array; ymd: Int32Array } {
    let dates = this.parsedDates.get(name);
    if (dates === undefined) {
      const values = this.values(name);
      const days = new Float64Array(values.length).fill(Number.NaN);
      const ymd = new Int32Array(values.length).fill(-1);
      values.forEach((value, code) => {
        const date = parseIsoDate(value);
        if (date === null) return;
        days[code] = date.days;
        ymd[code] = date.year * 10_000 + date.month * 100 + date.day;
      });
      dates = { days, ymd };
      this.parsedDates.set(name, dates);
    }
    return dates;
  }

  tokens(name: string): Int32Array[] {
    let sets = this.tokenSets.get(name);
    if (sets === undefined) {
      const ids = new Map<string, number>();
      sets = this.values(name).map((value) => {
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
  private cached(name: string, metric: (a: Uint8Array, b: Uint8Array) => number, atLeast: boolean): Within {
    const packed = this.packed(name);
    // One reader per side of the pair: each reuses its arrays, so the two never share one.
    const ofLeft = bytesReader(packed);
    const ofRight = bytesReader(packed);
    const slotsL = new Int32Array(CACHE_SLOTS).fill(-1);
    const slotsR = new Int32Array(CACHE_SLOTS);
    const results = new Float64Array(CACHE_SLOTS);
    // Compared here, not by the caller, so no floating-point result is boxed per pair.
    return (l, r, bound) => {
      const slot = (Math.imul(l, 0x9e3779b1) ^ Math.imul(r, 0x85ebca6b)) >>> CACHE_SHIFT;
      if (slotsL[slot] !== l || slotsR[slot] !== r) {
        // Ordered like the SQL engines call the metric: f(left value, right value).
        results[slot] = metric(ofLeft(l), ofRight(r));
        slotsL[slot] = l;
        slotsR[slot] = r;
      }
      const value = results[slot] as number;
      return atLeast ? value >= bound : value <= bound;
    };
  }
}
