import { seededRandom } from "@ciudata/core";
import type { Records } from "../types";

/**
 * The records of a side in a canonical order that depends only on their content (a 53-bit hash of every
 * field's value, fields by name, ties broken by the id): `order[rank]` is a record index. Random choices
 * are made by rank, so a run gives the same result whatever the order of the rows. Only numbers are
 * kept per record, so a million records cost a few megabytes.
 *
 * @example
 * ```ts
 * canonicalOrder(records); //=> Int32Array [2, 0, 1]
 * ```
 */
export function canonicalOrder(records: Records): Int32Array {
  const names = Object.keys(records.fields).sort();
  const columns = names.map((n) => records.fields[n] as readonly (string | null)[]);
  const n = records.ids.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193;
    for (const column of columns) {
      const v = column[i];
      const text = v === null || v === undefined ? "\u0001" : v;
      for (let k = 0; k < text.length; k++) {
        const ch = text.charCodeAt(k);
        h1 = Math.imul(h1 ^ ch, 0x01000193);
        h2 = Math.imul(h2 ^ ch, 0x5bd1e995) ^ (h2 >>> 15);
      }
      h1 = Math.imul(h1 ^ 0xffff, 0x01000193);
      h2 = Math.imul(h2 ^ 0xffff, 0x5bd1e995) ^ (h2 >>> 15);
    }
    keys[i] = (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
  }
  const ids = records.ids;
  const order = Int32Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => {
    const d = (keys[a] as number) - (keys[b] as number);
    if (d !== 0) return d;
    const x = ids[a] as string;
    const y = ids[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  return order;
}

/** All pairs a run could compare: n × m for linkage, n(n − 1)/2 for dedupe. */
export function possiblePairs(left: number, right: number | null): number {
  return right === null ? (left * (left - 1)) / 2 : left * right;
}

/**
 * Pairs for estimating u: every possible pair when there are at most `count`, otherwise `count` pairs
 * drawn with a seeded generator over the canonical orders (distinct records for dedupe, the smaller
 * index on the left).
 *
 * @example
 * ```ts
 * randomPairs(canonicalOrder(a), canonicalOrder(b), 1_000_000, 1).length; //=> 1000000
 * ```
 */
export function randomPairs(
  left: Int32Array,
  right: Int32Array | null,
  count: number,
  seed: number,
): { left: Int32Array; right: Int32Array; length: number } {
  const nl = left.length;
  const nr = right === null ? nl : right.length;
  const total = possiblePairs(nl, right === null ? null : nr);
  if (total <= count) {
    const out = { left: new Int32Array(total), right: new Int32Array(total), length: total };
    let p = 0;
    for (let i = 0; i < nl; i++) {
      for (let j = right === null ? i + 1 : 0; j < nr; j++) {
        out.left[p] = i;
        out.right[p] = j;
        p++;
      }
    }
    return out;
  }
  const next = seededRandom(seed);
  const out = { left: new Int32Array(count), right: new Int32Array(count), length: count };
  for (let p = 0; p < count; p++) {
    if (right === null) {
      const a = Math.floor(next() * nl);
      let b = Math.floor(next() * (nl - 1));
      if (b >= a) b++;
      const x = left[a] as number;
      const y = left[b] as number;
      out.left[p] = Math.min(x, y);
      out.right[p] = Math.max(x, y);
    } else {
      out.left[p] = left[Math.floor(next() * nl)] as number;
      out.right[p] = right[Math.floor(next() * nr)] as number;
    }
  }
  return out;
}

/** The inverse of an order: `rank[record]`. */
export function rankOf(order: Int32Array): Int32Array {
  const rank = new Int32Array(order.length);
  for (let k = 0; k < order.length; k++) rank[order[k] as number] = k;
  return rank;
}

/**
 * About `share` of the pairs, chosen by a seeded hash of the two records' canonical ranks: the same pairs
 * whatever the order of the rows or of the list.
 *
 * @example
 * ```ts
 * sharePairs(pairs, 0.1, rankOf(canonicalOrder(a)), rankOf(canonicalOrder(b)), 1).length; //=> about a tenth
 * ```
 */
export function sharePairs(
  pairs: { left: Int32Array; right: Int32Array; length: number },
  share: number,
  leftRank: Int32Array,
  rightRank: Int32Array,
  seed: number,
): { left: Int32Array; right: Int32Array; length: number } {
  const limit = share * 4294967296;
  const keep: number[] = [];
  for (let p = 0; p < pairs.length; p++) {
    let h = Math.imul((leftRank[pairs.left[p] as number] as number) ^ seed, 0x9e3779b1);
    h = Math.imul(h ^ (h >>> 16) ^ (rightRank[pairs.right[p] as number] as number), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    h ^= h >>> 16;
    if (h >>> 0 < limit) keep.push(p);
  }
  return {
    left: Int32Array.from(keep, (p) => pairs.left[p] as number),
    right: Int32Array.from(keep, (p) => pairs.right[p] as number),
    length: keep.length,
  };
}
