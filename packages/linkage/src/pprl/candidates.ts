import type { Encoded } from "./encode";

/**
 * Candidate pairs (record indexes and Dice similarity) in the order they were found, growing as needed.
 * Typed arrays: 16 bytes a candidate, so tens of millions fit.
 */
export class CandidateList {
  left = new Int32Array(1024);
  right = new Int32Array(1024);
  sim = new Float64Array(1024);
  length = 0;
  /** Pairs compared to find them. */
  compared = 0;

  push(i: number, j: number, s: number): void {
    if (this.length === this.left.length) {
      const size = this.left.length * 2;
      const grow = <T extends Int32Array | Float64Array>(from: T, to: T): T => {
        to.set(from);
        return to;
      };
      this.left = grow(this.left, new Int32Array(size));
      this.right = grow(this.right, new Int32Array(size));
      this.sim = grow(this.sim, new Float64Array(size));
    }
    this.left[this.length] = i;
    this.right[this.length] = j;
    this.sim[this.length] = s;
    this.length++;
  }
}

/** The side with its records sorted by id (code-unit order), so that ties are broken by id, not by row. */
export function canonical(e: Encoded): Encoded {
  const order = Array.from(e.ids.keys()).sort((x, y) => {
    const p = e.ids[x] as string;
    const q = e.ids[y] as string;
    return p < q ? -1 : p > q ? 1 : 0;
  });
  if (order.every((i, k) => i === k)) return e;
  const clks = new Uint32Array(e.clks.length);
  const popcounts = new Uint16Array(e.popcounts.length);
  order.forEach((from, to) => {
    clks.set(e.clks.subarray(from * e.words, (from + 1) * e.words), to * e.words);
    popcounts[to] = e.popcounts[from] as number;
  });
  return { ...e, ids: order.map((i) => e.ids[i] as string), clks, popcounts };
}

/** Positions in a packed sort key: 2^25 candidates, similarity in 2^27 steps, 52 bits in all (exact). */
const POSITIONS = 2 ** 25;
const STEPS = 2 ** 27;

/**
 * Candidate positions by similarity, highest first, equal similarities in the order found. Dice values
 * are fractions 2c/s with s ≤ 2l, so two different ones differ by at least 1/(4l²): for l ≤ 4,096 a
 * key of 27 bits tells them apart, and (key, position) packed in one float sorts natively.
 */
export function bestFirst(found: CandidateList, l: number): Uint32Array {
  const n = found.length;
  const order = new Uint32Array(n);
  if (n <= POSITIONS && l <= 4096) {
    const keys = new Float64Array(n);
    for (let p = 0; p < n; p++)
      keys[p] = (STEPS - Math.floor((found.sim[p] as number) * STEPS)) * POSITIONS + p;
    keys.sort();
    for (let k = 0; k < n; k++) order[k] = (keys[k] as number) % POSITIONS;
    return order;
  }
  for (let p = 0; p < n; p++) order[p] = p;
  return order.sort((p, q) => (found.sim[q] as number) - (found.sim[p] as number) || p - q);
}

/** Greedy one-to-one: walk the candidates best first and keep a pair when neither record is taken. */
export function greedyOneToOne(
  order: Uint32Array,
  found: CandidateList,
  nLeft: number,
  nRight: number,
): number[] {
  const takenLeft = new Uint8Array(nLeft);
  const takenRight = new Uint8Array(nRight);
  const keep: number[] = [];
  for (const p of order) {
    const i = found.left[p] as number;
    const j = found.right[p] as number;
    if (takenLeft[i] === 1 || takenRight[j] === 1) continue;
    takenLeft[i] = 1;
    takenRight[j] = 1;
    keep.push(p);
  }
  return keep;
}
