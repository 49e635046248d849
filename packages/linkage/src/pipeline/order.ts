import { hashText, seededRandom } from "@ciudata/core";
import { cached } from "../standardise/column";
import type { Records } from "../types";

/**
 * The records of a side in a canonical order that depends only on their content (a 53-bit hash of every
 * field's value, fields by name, ties broken by the id): `order[rank]` is a record index. Random choices
 * are made by rank, so a run gives the same result whatever the order of the rows. Only numbers are
 * kept per record, so a million records cost a few megabytes; repeated values (names, dates) are hashed
 * once (or each distinct value once, from `codesOf` a field's dictionary codes and values when the
 * caller has them), and the records are put in order by a radix sort of the hashes.
 *
 * @example
 * ```ts
 * canonicalOrder(records); //=> Int32Array [2, 0, 1]
 * ```
 */
export function canonicalOrder(
  records: Records,
  codesOf?: (field: string) => { codes: Int32Array; values: readonly string[] } | undefined,
): Int32Array {
  const names = Object.keys(records.fields).sort();
  const n = records.ids.length;
  const h1 = new Int32Array(n).fill(0x811c9dc5);
  const h2 = new Int32Array(n).fill(0x01000193);
  for (const name of names) {
    const known = codesOf?.(name);
    const hashes =
      known === undefined
        ? valueHashes(records.fields[name] as readonly (string | null)[], n)
        : codeHashes(known.codes, known.values);
    for (let i = 0; i < n; i++) {
      const v = hashes[i] as number;
      h1[i] = Math.imul((h1[i] as number) ^ v, 0x01000193);
      const x = Math.imul((h2[i] as number) ^ v, 0x5bd1e995);
      h2[i] = x ^ (x >>> 15);
    }
  }
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    hi[i] = (h1[i] as number) >>> 0;
    lo[i] = (h2[i] as number) & 0x1fffff;
  }
  // Least significant digit first, 11 bits at a time: 21 low bits, then the 32 high bits.
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let spare = new Int32Array(n);
  const counts = new Int32Array(2049);
  const passes: [Uint32Array, number][] = [
    [lo, 0],
    [lo, 11],
    [hi, 0],
    [hi, 11],
    [hi, 22],
  ];
  for (const [key, shift] of passes) {
    counts.fill(0);
    for (let k = 0; k < n; k++) {
      const d = (((key[order[k] as number] as number) >>> shift) & 0x7ff) + 1;
      counts[d] = (counts[d] as number) + 1;
    }
    for (let d = 1; d <= 2048; d++) counts[d] = (counts[d] as number) + (counts[d - 1] as number);
    for (let k = 0; k < n; k++) {
      const i = order[k] as number;
      const d = ((key[i] as number) >>> shift) & 0x7ff;
      spare[counts[d] as number] = i;
      counts[d] = (counts[d] as number) + 1;
    }
    [order, spare] = [spare, order];
  }
  // Equal hashes (identical records): by id.
  const ids = records.ids;
  for (let start = 0; start < n; ) {
    const i = order[start] as number;
    let end = start + 1;
    while (end < n && hi[order[end] as number] === hi[i] && lo[order[end] as number] === lo[i]) end++;
    if (end - start > 1) {
      const run = order.subarray(start, end);
      run.sort((a, b) => {
        const x = ids[a] as string;
        const y = ids[b] as string;
        return x < y ? -1 : x > y ? 1 : 0;
      });
    }
    start = end;
  }
  return order;
}

/** The hash of a missing value. */
const NULL_HASH = 0x2f1c3a5b;

/** A 32-bit hash of each value of a column (missing values have their own), repeated values hashed once. */
function valueHashes(column: readonly (string | null)[], n: number): Int32Array {
  const hash = cached(hashText);
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = column[i];
    out[i] = v === null || v === undefined ? NULL_HASH : hash(v);
  }
  return out;
}

/** {@link valueHashes} from a field's dictionary codes: each distinct value hashed once. */
function codeHashes(codes: Int32Array, values: readonly string[]): Int32Array {
  // Loops, not Int32Array.from(…, fn): that makes a temporary array as long as the column.
  const byCode = new Int32Array(values.length);
  for (let c = 0; c < values.length; c++) byCode[c] = hashText(values[c] as string);
  const out = new Int32Array(codes.length);
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i] as number;
    out[i] = c === -1 ? NULL_HASH : (byCode[c] as number);
  }
  return out;
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
