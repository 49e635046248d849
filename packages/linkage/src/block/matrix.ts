import type { BlockingRule } from "../types";
import { type KeyBuilder, ruleName } from "./keys";

/** Where visited pairs go: record indexes and the rule. */
export type PairSink = (left: number, right: number) => void;

/**
 * The blocking keys of every rule for every record, row by row (`keys[i * rules + r]`), so checking
 * whether an earlier rule already finds a pair reads two short rows.
 */
export class RuleMatrix {
  readonly left: Int32Array;
  readonly right: Int32Array;
  readonly rules: number;
  private readonly sizes: number[] = [];

  constructor(builder: KeyBuilder, rules: readonly BlockingRule[]) {
    const [nl, nr] = builder.sizes;
    const stride = rules.length;
    this.rules = stride;
    this.left = new Int32Array(nl * stride);
    let dedupe = true;
    const right: Int32Array[] = [];
    rules.forEach((rule, r) => {
      const keys = builder.keys([...new Set(rule.on)].sort(), ruleName(rule));
      this.sizes.push(keys.size);
      for (let i = 0; i < nl; i++) this.left[i * stride + r] = keys.left[i] as number;
      if (keys.right !== keys.left) {
        dedupe = false;
        right.push(keys.right);
      }
    });
    if (dedupe) this.right = this.left;
    else {
      this.right = new Int32Array(nr * stride);
      right.forEach((keys, r) => {
        for (let j = 0; j < nr; j++) this.right[j * stride + r] = keys[j] as number;
      });
    }
  }

  /** Pairs rule `r` finds on its own. */
  count(r: number): number {
    const size = this.sizes[r] as number;
    const left = this.tally(this.left, r, size);
    let total = 0;
    if (this.right === this.left) {
      for (const c of left) total += (c * (c - 1)) / 2;
      return total;
    }
    const right = this.tally(this.right, r, size);
    for (let k = 0; k < size; k++) total += (left[k] as number) * (right[k] as number);
    return total;
  }

  /**
   * Visits the pairs of rule `r` that no earlier rule finds (for one side, `left < right`), by key, then
   * by record index; returns how many. `sink` `null` only counts them.
   */
  visit(r: number, sink: PairSink | null): number {
    const stride = this.rules;
    const dedupe = this.right === this.left;
    const size = this.sizes[r] as number;
    const lk = this.left;
    const rk = this.right;
    const left = this.buckets(lk, r, size);
    const right = dedupe ? left : this.buckets(rk, r, size);
    let visited = 0;
    for (let k = 0; k < size; k++) {
      const l1 = left.start[k + 1] as number;
      const r0 = right.start[k] as number;
      const r1 = right.start[k + 1] as number;
      if (r0 === r1) continue;
      for (let a = left.start[k] as number; a < l1; a++) {
        const i = left.members[a] as number;
        const li = i * stride;
        for (let b = dedupe ? a + 1 : r0; b < r1; b++) {
          const j = right.members[b] as number;
          const rj = j * stride;
          let found = false;
          for (let q = 0; q < r; q++) {
            const key = lk[li + q] as number;
            if (key !== -1 && key === rk[rj + q]) {
              found = true;
              break;
            }
          }
          if (found) continue;
          visited++;
          if (sink !== null) sink(i, j);
        }
      }
    }
    return visited;
  }

  private tally(keys: Int32Array, r: number, size: number): Float64Array {
    const counts = new Float64Array(size);
    for (let p = r; p < keys.length; p += this.rules) {
      const k = keys[p] as number;
      if (k !== -1) counts[k] = (counts[k] as number) + 1;
    }
    return counts;
  }

  /** Records grouped by their key of rule `r`, ascending within a key: members[start[k]…start[k+1]). */
  private buckets(keys: Int32Array, r: number, size: number): { start: Int32Array; members: Int32Array } {
    const stride = this.rules;
    const n = keys.length / stride;
    const start = new Int32Array(size + 1);
    for (let i = 0; i < n; i++) {
      const k = keys[i * stride + r] as number;
      if (k !== -1) start[k + 1] = (start[k + 1] as number) + 1;
    }
    for (let k = 0; k < size; k++) start[k + 1] = (start[k + 1] as number) + (start[k] as number);
    const next = start.slice(0, size);
    const members = new Int32Array(start[size] as number);
    for (let i = 0; i < n; i++) {
      const k = keys[i * stride + r] as number;
      if (k === -1) continue;
      members[next[k] as number] = i;
      next[k] = (next[k] as number) + 1;
    }
    return { start, members };
  }
}
