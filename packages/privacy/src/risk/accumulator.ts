import { individualRisk } from "./individual-risk";
import { MISSING_CODE, SortedCounter, TupleCounter, ValueCodes } from "./tuples";
import type { KViolation, LDiversity, RiskReport } from "./types";

const SEP = "\u001f";
const NA = "\u0000";

/** Settings of a {@link RiskAccumulator}. */
export interface AccumulatorOptions {
  k: number;
  sensitive: number;
  missingMatchesAny: boolean;
  weighted: boolean;
  isMissing: (cell: string) => boolean;
  /**
   * When the report is all that is wanted: lets plain counts (no weights, sensitive columns or wildcard)
   * be kept as sorted runs of packed keys (an internal sorted counter), where classes are not kept in order of
   * first appearance (the report does not depend on it). Default false.
   */
  unordered?: boolean;
}

/** fk (records matching, wildcards included) and Fk (their weight) per class id. */
interface Frequencies {
  fk: ArrayLike<number>;
  Fk: ArrayLike<number>;
}

/**
 * Equivalence classes over quasi-identifiers, built one record at a time with memory bounded by the
 * number of distinct keys; `finish` gives k-anonymity, uniques, prosecutor risk and l-diversity.
 *
 * Each quasi-identifier cell becomes a small integer (one code per distinct trimmed value and column,
 * missing cells share one code), and a class is a tuple of those integers counted in an open-addressing
 * table in order of first appearance: no string is built per record. Sensitive columns, when asked, are
 * counted per (class, value). With `unordered` and nothing but plain counts asked, classes are counted in
 * sorted runs instead and the report comes from the histogram of class sizes.
 *
 * @example
 * ```ts
 * const acc = new RiskAccumulator({ k: 3, sensitive: 0, missingMatchesAny: false, weighted: false, isMissing: (c) => c === "" });
 * acc.add(["30", "F"], [], 1);
 * acc.finish(["edad", "sexo"], []).sampleUniques; //=> 1
 * ```
 */
export class RiskAccumulator {
  private readonly options: AccumulatorOptions;
  /** Per quasi-identifier position, created on the first record (its width fixes the key). */
  private qiCodes: ValueCodes[] = [];
  private classes: TupleCounter | null = null;
  /** Plain counts (see {@link AccumulatorOptions.unordered}) until something needs the classes. */
  private counter: SortedCounter | null = null;
  private readonly sensCodes: ValueCodes[];
  /** Per sensitive column: records per (class id, value code). */
  private readonly sensPairs: TupleCounter[];
  /** The codes of the record being added (reused). */
  private key = new Int32Array(0);
  private readonly pair = new Int32Array(2);
  private effective: Frequencies | null = null;

  constructor(options: AccumulatorOptions) {
    this.options = options;
    this.sensCodes = Array.from({ length: options.sensitive }, () => new ValueCodes(options.isMissing));
    this.sensPairs = Array.from({ length: options.sensitive }, () => new TupleCounter(2, 256));
  }

  /** The class key of a record (missing cells marked). */
  keyOf(qi: readonly string[]): string {
    let key = "";
    for (let i = 0; i < qi.length; i++) {
      const cell = (qi[i] as string).trim();
      key += (i ? SEP : "") + (this.options.isMissing(cell) ? NA : cell);
    }
    return key;
  }

  private table(width: number): TupleCounter | null {
    if (this.classes === null && this.counter === null) {
      const { unordered, weighted, missingMatchesAny, sensitive } = this.options;
      if (unordered && !weighted && !missingMatchesAny && sensitive === 0)
        this.counter = new SortedCounter(width);
      else this.classes = new TupleCounter(width);
      this.qiCodes = Array.from({ length: width }, () => new ValueCodes(this.options.isMissing));
      this.key = new Int32Array(width);
    }
    return this.classes;
  }

  /** The classes in a {@link TupleCounter} (moving plain counts over, in key order, if needed). */
  private tuples(): TupleCounter | null {
    if (this.counter !== null) {
      this.classes = this.counter.toTable();
      this.counter = null;
    }
    return this.classes;
  }

  /** Adds one record: its quasi-identifier cells, sensitive cells and weight. */
  add(qi: readonly string[], sensitive: readonly string[], weight = 1): void {
    const table = this.table(qi.length);
    const key = this.key;
    for (let i = 0; i < key.length; i++) key[i] = (this.qiCodes[i] as ValueCodes).code(qi[i] ?? "");
    if (table === null) {
      (this.counter as SortedCounter).add(key);
      return;
    }
    const id = table.add(key, weight);
    for (let j = 0; j < this.sensPairs.length; j++) this.addSensitive(j, id, sensitive[j] ?? "");
    this.effective = null;
  }

  /**
   * Adds one record straight from a row's cells: `qiIdx` and `sensIdx` are the positions of the
   * quasi-identifiers and sensitive columns (absent cells read as `""`).
   */
  addCells(cells: readonly string[], qiIdx: readonly number[], sensIdx: readonly number[], weight = 1): void {
    const table = this.table(qiIdx.length);
    const key = this.key;
    const codes = this.qiCodes;
    for (let i = 0; i < qiIdx.length; i++)
      key[i] = (codes[i] as ValueCodes).code(cells[qiIdx[i] as number] ?? "");
    if (table === null) {
      (this.counter as SortedCounter).add(key);
      return;
    }
    const id = table.add(key, weight);
    for (let j = 0; j < this.sensPairs.length; j++)
      this.addSensitive(j, id, cells[sensIdx[j] as number] ?? "");
    this.effective = null;
  }

  /**
   * Adds every record another accumulator counted (made with the same options, over the same columns):
   * two ranges of one table read apart, then combined. The result counts what one accumulator fed both
   * ranges would count, in any order of merging: classes, their records and weights, and the records per
   * (class, sensitive value); each value is matched by its text, so the two sides' codes need not agree.
   * `other` is consumed (its counts may be moved). The classes are then kept in a {@link TupleCounter}.
   *
   * @example
   * ```ts
   * const opts = { k: 2, sensitive: 0, missingMatchesAny: false, weighted: false, isMissing: (c: string) => c === "" };
   * const a = new RiskAccumulator(opts);
   * const b = new RiskAccumulator(opts);
   * a.add(["30", "F"], [], 1);
   * b.add(["30", "F"], [], 1);
   * a.merge(b);
   * a.finish(["edad", "sexo"], []).classes; //=> 1
   * ```
   */
  merge(other: RiskAccumulator): void {
    const theirs = other.tuples();
    if (theirs === null) return;
    if (this.sensPairs.length !== other.sensPairs.length)
      throw new RangeError("merged risk accumulators must count the same sensitive columns");
    this.table(theirs.width);
    const mine = this.tuples() as TupleCounter;
    if (mine.width !== theirs.width)
      throw new RangeError("merged risk accumulators must count the same quasi-identifiers");
    const recode = (from: ValueCodes, to: ValueCodes) => {
      const codes = new Int32Array(from.values.length);
      for (let c = 1; c < codes.length; c++) codes[c] = to.code(from.values[c] as string);
      return codes;
    };
    const qi = this.qiCodes.map((to, i) => recode(other.qiCodes[i] as ValueCodes, to));
    const ids = new Int32Array(theirs.size);
    const key = this.key;
    for (let id = 0; id < theirs.size; id++) {
      for (let i = 0; i < key.length; i++) key[i] = (qi[i] as Int32Array)[theirs.at(id, i)] as number;
      ids[id] = mine.addMany(key, theirs.count(id), theirs.weight(id));
    }
    for (let j = 0; j < this.sensPairs.length; j++) {
      const pairs = other.sensPairs[j] as TupleCounter;
      const values = recode(other.sensCodes[j] as ValueCodes, this.sensCodes[j] as ValueCodes);
      for (let p = 0; p < pairs.size; p++) {
        this.pair[0] = ids[pairs.at(p, 0)] as number;
        this.pair[1] = values[pairs.at(p, 1)] as number;
        (this.sensPairs[j] as TupleCounter).addMany(this.pair, pairs.count(p));
      }
    }
    this.effective = null;
  }

  private addSensitive(j: number, classId: number, cell: string): void {
    this.pair[0] = classId;
    this.pair[1] = (this.sensCodes[j] as ValueCodes).code(cell);
    (this.sensPairs[j] as TupleCounter).add(this.pair, 1);
  }

  /** Records per class id. */
  private counts(): Int32Array {
    const t = this.classes;
    const counts = new Int32Array(t?.size ?? 0);
    for (let c = 0; c < counts.length; c++) counts[c] = (t as TupleCounter).count(c);
    return counts;
  }

  /** fk and Fk per class id, with sdcMicro's wildcard (a missing value matches any) when asked. */
  private frequencyArrays(): Frequencies {
    if (this.effective) return this.effective;
    const t = this.tuples();
    if (t === null) return { fk: [], Fk: [] };
    const n = t.size;
    const counts = this.counts();
    const weights = new Float64Array(n);
    for (let c = 0; c < n; c++) weights[c] = t.weight(c);
    if (!this.options.missingMatchesAny) {
      this.effective = { fk: counts, Fk: weights };
      return this.effective;
    }
    const w = t.width;
    const hasNa = new Uint8Array(n);
    const withNa: number[] = [];
    for (let c = 0; c < n; c++)
      for (let i = 0; i < w; i++)
        if (t.at(c, i) === MISSING_CODE) {
          hasNa[c] = 1;
          withNa.push(c);
          break;
        }
    const keys = new Int32Array(n * w);
    for (let c = 0; c < n; c++) for (let i = 0; i < w; i++) keys[c * w + i] = t.at(c, i);
    const compatible = (a: number, b: number) => {
      const pa = a * w;
      const pb = b * w;
      for (let i = 0; i < w; i++) {
        const x = keys[pa + i] as number;
        const y = keys[pb + i] as number;
        if (x !== MISSING_CODE && y !== MISSING_CODE && x !== y) return false;
      }
      return true;
    };
    const fk = new Float64Array(n);
    const Fk = new Float64Array(n);
    for (let c = 0; c < n; c++) {
      let f = counts[c] as number;
      let F = weights[c] as number;
      if (hasNa[c] === 0) {
        for (const q of withNa)
          if (compatible(c, q)) {
            f += counts[q] as number;
            F += weights[q] as number;
          }
      } else {
        for (let q = 0; q < n; q++)
          if (q !== c && compatible(c, q)) {
            f += counts[q] as number;
            F += weights[q] as number;
          }
      }
      fk[c] = f;
      Fk[c] = F;
    }
    this.effective = { fk, Fk };
    return this.effective;
  }

  /** fk (records matching) and Fk (their weight) per class key, with sdcMicro's wildcard when asked. */
  frequencies(): Map<string, { fk: number; Fk: number }> {
    const { fk, Fk } = this.frequencyArrays();
    const out = new Map<string, { fk: number; Fk: number }>();
    const t = this.tuples();
    if (t === null) return out;
    for (let c = 0; c < t.size; c++) {
      let key = "";
      for (let i = 0; i < t.width; i++) {
        const code = t.at(c, i);
        key += (i ? SEP : "") + (code === MISSING_CODE ? NA : (this.qiCodes[i] as ValueCodes).values[code]);
      }
      out.set(key, { fk: fk[c] as number, Fk: Fk[c] as number });
    }
    return out;
  }

  /** fk and Fk of one record's key (after adding every record). */
  frequencyOf(qi: readonly string[]): { fk: number; Fk: number } {
    const t = this.tuples();
    if (t === null || qi.length !== t.width) return { fk: 0, Fk: 0 };
    const key = new Int32Array(t.width);
    for (let i = 0; i < t.width; i++) {
      const code = (this.qiCodes[i] as ValueCodes).peek(qi[i] ?? "");
      if (code === -1) return { fk: 0, Fk: 0 };
      key[i] = code;
    }
    const id = t.find(key);
    if (id === -1) return { fk: 0, Fk: 0 };
    const { fk, Fk } = this.frequencyArrays();
    return { fk: fk[id] as number, Fk: Fk[id] as number };
  }

  /**
   * Per sensitive column and class: distinct values (the missing value counted apart) and the Shannon
   * entropy, summed in the order values first appeared in the class.
   */
  private diversity(j: number, counts: ArrayLike<number>) {
    const pairs = this.sensPairs[j] as TupleCounter;
    const n = this.classes?.size ?? 0;
    const size = new Int32Array(n);
    const missing = new Int32Array(n);
    const entropy = new Float64Array(n);
    for (let id = 0; id < pairs.size; id++) {
      const c = pairs.at(id, 0);
      size[c] = (size[c] as number) + 1;
      if (pairs.at(id, 1) === MISSING_CODE) missing[c] = pairs.count(id);
    }
    for (let id = 0; id < pairs.size; id++) {
      const c = pairs.at(id, 0);
      const others = (size[c] as number) - ((missing[c] as number) > 0 ? 1 : 0);
      if (pairs.at(id, 1) === MISSING_CODE && others === 0) continue;
      const p = pairs.count(id) / (counts[c] as number);
      entropy[c] = (entropy[c] as number) - p * Math.log(p);
    }
    return { size, missing, entropy };
  }

  /**
   * The report from the class sizes alone (plain counts: fk is the class size, so each class adds
   * exactly 1 to the expected re-identifications and the largest risk is 1 / the smallest class).
   */
  private finishSizes(
    ks: number[],
    qiNames: readonly string[],
    sensitiveNames: readonly string[],
    sizes: Map<number, number>,
  ): RiskReport {
    let records = 0;
    let classes = 0;
    let smallest = Number.POSITIVE_INFINITY;
    const viol = ks.map((kk) => ({ k: kk, records: 0, share: 0, classes: 0 }));
    for (const [size, n] of sizes) {
      records += size * n;
      classes += n;
      smallest = Math.min(smallest, size);
      for (const v of viol)
        if (size < v.k) {
          v.records += size * n;
          v.classes += n;
        }
    }
    for (const v of viol) v.share = records ? v.records / records : 0;
    const asked = viol.find((v) => v.k === this.options.k) as KViolation;
    return {
      records,
      qi: [...qiNames],
      classes,
      k: this.options.k,
      kAnonymous: asked.records === 0,
      violations: viol,
      sampleUniques: sizes.get(1) ?? 0,
      smallestClass: Number.isFinite(smallest) ? smallest : 0,
      risk: {
        mean: records ? classes / records : 0,
        max: classes ? 1 / smallest : 0,
        expectedReidentifications: classes,
      },
      lDiversity: sensitiveNames.map((column) => ({
        column,
        distinctMin: 0,
        distinctRecords: {},
        entropyMin: 0,
        recordsWithoutDiversity: 0,
      })),
      missingMatchesAny: this.options.missingMatchesAny,
    };
  }

  /** Computes the report. `ks` are the k values tabulated (2, 3, 5 and the one asked). */
  finish(qiNames: readonly string[], sensitiveNames: readonly string[]): RiskReport {
    const { k } = this.options;
    const ks = [...new Set([2, 3, 5, k])].sort((a, b) => a - b);
    if (this.counter !== null) return this.finishSizes(ks, qiNames, sensitiveNames, this.counter.sizes());
    const { fk, Fk } = this.frequencyArrays();
    const n = this.classes?.size ?? 0;
    let records = 0;
    let uniques = 0;
    let sum = 0;
    let max = 0;
    let smallest = Number.POSITIVE_INFINITY;
    let wSum = 0;
    let wMax = 0;
    const viol = ks.map((kk) => ({ k: kk, records: 0, share: 0, classes: 0 }));
    const ldiv = sensitiveNames.map((column) => ({
      column,
      distinctMin: Number.POSITIVE_INFINITY,
      distinctRecords: {} as Record<string, number>,
      entropyMin: Number.POSITIVE_INFINITY,
      recordsWithoutDiversity: 0,
    }));
    const counts = this.counts();
    const div = ldiv.map((_, j) => this.diversity(j, counts));
    for (let c = 0; c < n; c++) {
      const count = counts[c] as number;
      const f = fk[c] as number;
      records += count;
      if (f === 1) uniques += count;
      sum += count / f;
      max = Math.max(max, 1 / f);
      smallest = Math.min(smallest, f);
      if (this.options.weighted) {
        const r = individualRisk(f, Fk[c] as number);
        wSum += r * count;
        wMax = Math.max(wMax, r);
      }
      for (const v of viol)
        if (f < v.k) {
          v.records += count;
          v.classes++;
        }
      for (let j = 0; j < div.length; j++) {
        const l = ldiv[j] as (typeof ldiv)[number];
        const d = div[j] as (typeof div)[number];
        const missing = d.missing[c] as number;
        const others = (d.size[c] as number) - (missing > 0 ? 1 : 0);
        const distinct = others + (missing > 0 && others > 0 ? 1 : 0);
        l.distinctMin = Math.min(l.distinctMin, distinct);
        l.distinctRecords[distinct] = (l.distinctRecords[distinct] ?? 0) + count;
        l.entropyMin = Math.min(l.entropyMin, Math.exp(d.entropy[c] as number));
        if (distinct < 2) l.recordsWithoutDiversity += count;
      }
    }
    for (const v of viol) v.share = records ? v.records / records : 0;
    const asked = viol.find((v) => v.k === k) as KViolation;
    const lDiversity: LDiversity[] = ldiv.map((l) => ({
      ...l,
      distinctMin: Number.isFinite(l.distinctMin) ? l.distinctMin : 0,
      entropyMin: Number.isFinite(l.entropyMin) ? l.entropyMin : 0,
    }));
    return {
      records,
      qi: [...qiNames],
      classes: n,
      k,
      kAnonymous: asked.records === 0,
      violations: viol,
      sampleUniques: uniques,
      smallestClass: Number.isFinite(smallest) ? smallest : 0,
      risk: { mean: records ? sum / records : 0, max, expectedReidentifications: sum },
      ...(this.options.weighted
        ? {
            weighted: {
              globalRisk: records ? wSum / records : 0,
              expectedReidentifications: wSum,
              max: wMax,
            },
          }
        : {}),
      lDiversity,
      missingMatchesAny: this.options.missingMatchesAny,
    };
  }
}
