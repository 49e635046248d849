import { individualRisk } from "./individual-risk";
import type { KViolation, LDiversity, RiskReport } from "./types";

const SEP = "\u001f";
const NA = "\u0000";

interface ClassStat {
  count: number;
  weight: number;
  /** Per sensitive column: value → records (missing values under NA). */
  sens: Map<string, number>[];
  /** The key split, kept only for keys with a missing value (wildcard matching). */
  pattern: (string | null)[] | null;
}

/** Settings of a {@link RiskAccumulator}. */
export interface AccumulatorOptions {
  k: number;
  sensitive: number;
  missingMatchesAny: boolean;
  weighted: boolean;
  isMissing: (cell: string) => boolean;
}

const compatible = (a: readonly (string | null)[], b: readonly (string | null)[]) => {
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x !== null && y !== null && x !== y) return false;
  }
  return true;
};

/**
 * Equivalence classes over quasi-identifiers, built one record at a time with memory bounded by the
 * number of distinct keys; `finish` gives k-anonymity, uniques, prosecutor risk and l-diversity.
 *
 * @example
 * ```ts
 * const acc = new RiskAccumulator({ k: 3, sensitive: 0, missingMatchesAny: false, weighted: false, isMissing: (c) => c === "" });
 * acc.add(["30", "F"], [], 1);
 * acc.finish(["edad", "sexo"], []).sampleUniques; //=> 1
 * ```
 */
export class RiskAccumulator {
  private readonly classes = new Map<string, ClassStat>();
  private readonly options: AccumulatorOptions;
  private effective: Map<string, { fk: number; Fk: number }> | null = null;

  constructor(options: AccumulatorOptions) {
    this.options = options;
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

  /** Adds one record: its quasi-identifier cells, sensitive cells and weight. */
  add(qi: readonly string[], sensitive: readonly string[], weight = 1): void {
    const key = this.keyOf(qi);
    let stat = this.classes.get(key);
    if (stat === undefined) {
      const parts = key.split(SEP);
      stat = {
        count: 0,
        weight: 0,
        sens: Array.from({ length: this.options.sensitive }, () => new Map<string, number>()),
        pattern: key.includes(NA) ? parts.map((p) => (p === NA ? null : p)) : null,
      };
      this.classes.set(key, stat);
    }
    stat.count++;
    stat.weight += weight;
    for (let j = 0; j < stat.sens.length; j++) {
      const cell = (sensitive[j] ?? "").trim();
      const v = this.options.isMissing(cell) ? NA : cell;
      const m = stat.sens[j] as Map<string, number>;
      m.set(v, (m.get(v) ?? 0) + 1);
    }
    this.effective = null;
  }

  /** fk (records matching) and Fk (their weight) per class, with sdcMicro's wildcard when asked. */
  frequencies(): Map<string, { fk: number; Fk: number }> {
    if (this.effective) return this.effective;
    const out = new Map<string, { fk: number; Fk: number }>();
    if (!this.options.missingMatchesAny) {
      for (const [key, s] of this.classes) out.set(key, { fk: s.count, Fk: s.weight });
    } else {
      const withNa = [...this.classes.values()].filter((s) => s.pattern !== null);
      for (const [key, s] of this.classes) {
        let fk = s.count;
        let Fk = s.weight;
        const mine = s.pattern ?? key.split(SEP);
        if (s.pattern === null) {
          for (const q of withNa)
            if (compatible(mine, q.pattern as (string | null)[])) {
              fk += q.count;
              Fk += q.weight;
            }
        } else {
          for (const [other, q] of this.classes) {
            if (other === key) continue;
            if (compatible(mine, q.pattern ?? other.split(SEP))) {
              fk += q.count;
              Fk += q.weight;
            }
          }
        }
        out.set(key, { fk, Fk });
      }
    }
    this.effective = out;
    return out;
  }

  /** fk and Fk of one record's key (after adding every record). */
  frequencyOf(qi: readonly string[]): { fk: number; Fk: number } {
    return this.frequencies().get(this.keyOf(qi)) ?? { fk: 0, Fk: 0 };
  }

  /** Computes the report. `ks` are the k values tabulated (2, 3, 5 and the one asked). */
  finish(qiNames: readonly string[], sensitiveNames: readonly string[]): RiskReport {
    const { k } = this.options;
    const ks = [...new Set([2, 3, 5, k])].sort((a, b) => a - b);
    const freq = this.frequencies();
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
    for (const [key, s] of this.classes) {
      const { fk, Fk } = freq.get(key) as { fk: number; Fk: number };
      records += s.count;
      if (fk === 1) uniques += s.count;
      sum += s.count / fk;
      max = Math.max(max, 1 / fk);
      smallest = Math.min(smallest, fk);
      if (this.options.weighted) {
        const r = individualRisk(fk, Fk);
        wSum += r * s.count;
        wMax = Math.max(wMax, r);
      }
      for (const v of viol)
        if (fk < v.k) {
          v.records += s.count;
          v.classes++;
        }
      s.sens.forEach((m, j) => {
        const l = ldiv[j] as (typeof ldiv)[number];
        const missing = m.get(NA) ?? 0;
        const others = m.size - (missing > 0 ? 1 : 0);
        const distinct = others + (missing > 0 && others > 0 ? 1 : 0);
        let h = 0;
        for (const [value, n] of m) {
          if (value === NA && others === 0) continue;
          const p = n / s.count;
          h -= p * Math.log(p);
        }
        l.distinctMin = Math.min(l.distinctMin, distinct);
        l.distinctRecords[distinct] = (l.distinctRecords[distinct] ?? 0) + s.count;
        l.entropyMin = Math.min(l.entropyMin, Math.exp(h));
        if (distinct < 2) l.recordsWithoutDiversity += s.count;
      });
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
      classes: this.classes.size,
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
