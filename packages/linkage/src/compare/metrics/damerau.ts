import { utf8 } from "./utf8";

let rows = new Int32Array(0);
/** Per byte value, the last row of `a` holding it (all 0 between calls). */
const lastRow = new Int32Array(256);

/** Damerau–Levenshtein distance of two byte strings, capped at `max + 1` (see {@link damerau}). */
export function damerauBytes(a: Uint8Array, b: Uint8Array, max = Number.POSITIVE_INFINITY): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la === 0 || lb === 0) return Math.min(la + lb, max + 1);
  if (max <= 1) return Math.min(withinOne(a, b), max + 1);
  const distance = lowranceWagner(a, b, max);
  // Only bytes of `a` were recorded: forget them for the next call.
  for (let i = 0; i < la; i++) lastRow[a[i] as number] = 0;
  return distance;
}

/** 0 when equal, 1 when one edit apart (a change, a byte more or less, two neighbours swapped), else 2. */
function withinOne(a: Uint8Array, b: Uint8Array): number {
  const la = a.length;
  const lb = b.length;
  let i = 0;
  const shortest = Math.min(la, lb);
  while (i < shortest && a[i] === b[i]) i++;
  if (i === la && i === lb) return 0;
  // The rest after the first difference must line up one of four ways.
  const rest = (x: Uint8Array, from: number, y: Uint8Array, at: number): boolean => {
    if (x.length - from !== y.length - at) return false;
    for (let k = 0; k < x.length - from; k++) if (x[from + k] !== y[at + k]) return false;
    return true;
  };
  if (la === lb) {
    if (rest(a, i + 1, b, i + 1)) return 1;
    if (i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && rest(a, i + 2, b, i + 2)) return 1;
    return 2;
  }
  if (la === lb + 1) return rest(a, i + 1, b, i) ? 1 : 2;
  if (lb === la + 1) return rest(a, i, b, i + 1) ? 1 : 2;
  return 2;
}

function lowranceWagner(a: Uint8Array, b: Uint8Array, max: number): number {
  const la = a.length;
  const lb = b.length;
  // Lowrance–Wagner: d is (la + 2) × (lb + 2), row 0 and column 0 hold the "infinity" sentinel.
  const width = lb + 2;
  const size = (la + 2) * width;
  if (rows.length < size) rows = new Int32Array(size * 2);
  const d = rows;
  const inf = la + lb;
  d[0] = inf;
  for (let i = 0; i <= la; i++) {
    d[(i + 1) * width] = inf;
    d[(i + 1) * width + 1] = i;
  }
  for (let j = 0; j <= lb; j++) {
    d[j + 1] = inf;
    d[width + j + 1] = j;
  }
  for (let i = 1; i <= la; i++) {
    const ca = a[i - 1] as number;
    let lastMatchCol = 0;
    let rowBest = inf;
    for (let j = 1; j <= lb; j++) {
      const cb = b[j - 1] as number;
      const i1 = lastRow[cb] as number;
      const j1 = lastMatchCol;
      let cost = 1;
      if (ca === cb) {
        cost = 0;
        lastMatchCol = j;
      }
      const sub = (d[i * width + j] as number) + cost;
      const ins = (d[(i + 1) * width + j] as number) + 1;
      const del = (d[i * width + j + 1] as number) + 1;
      const swap = (d[i1 * width + j1] as number) + (i - i1 - 1) + 1 + (j - j1 - 1);
      const v = Math.min(sub, ins, del, swap);
      d[(i + 1) * width + j + 1] = v;
      if (v < rowBest) rowBest = v;
    }
    lastRow[ca] = i;
    if (rowBest > max) return max + 1;
  }
  const distance = d[(la + 1) * width + lb + 1] as number;
  return distance > max ? max + 1 : distance;
}

/**
 * Damerau–Levenshtein distance (insertions, deletions, substitutions and transpositions of adjacent
 * characters, unrestricted: "CA" → "ABC" is 2), equal to DuckDB's `damerau_levenshtein`, over UTF-8
 * bytes. With `max`, a distance above it is returned as `max + 1` (and found sooner).
 *
 * @example
 * ```ts
 * damerau("GONZALEZ", "GONZALES"); //=> 1
 * damerau("MARTHA", "MARHTA"); //=> 1
 * damerau("CA", "ABC"); //=> 2 (optimal string alignment would say 3)
 * ```
 */
export function damerau(a: string, b: string, max?: number): number {
  return damerauBytes(utf8(a), utf8(b), max);
}
