import { utf8 } from "./utf8";

let flagsA = new Uint8Array(64);
let flagsB = new Uint8Array(64);

/** Jaro–Winkler similarity of two byte strings (see {@link jaroWinkler}). */
export function jaroWinklerBytes(a: Uint8Array, b: Uint8Array): number {
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  if (flagsA.length < la) flagsA = new Uint8Array(la * 2);
  if (flagsB.length < lb) flagsB = new Uint8Array(lb * 2);
  const fa = flagsA;
  const fb = flagsB;
  fa.fill(0, 0, la);
  fb.fill(0, 0, lb);
  const window = Math.max(0, (Math.max(la, lb) >> 1) - 1);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(lb - 1, i + window);
    const c = a[i];
    for (let j = from; j <= to; j++) {
      if (fb[j] === 0 && b[j] === c) {
        fa[i] = 1;
        fb[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let half = 0;
  for (let i = 0, j = 0; i < la; i++) {
    if (fa[i] === 0) continue;
    while (fb[j] === 0) j++;
    if (a[i] !== b[j]) half++;
    j++;
  }
  const transpositions = half >> 1;
  const jaro = (matches / la + matches / lb + (matches - transpositions) / matches) / 3;
  if (jaro <= 0.7) return jaro;
  const most = Math.min(4, la, lb);
  let prefix = 0;
  while (prefix < most && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/**
 * Jaro–Winkler similarity, equal to DuckDB's `jaro_winkler_similarity`: over UTF-8 bytes, prefix scale
 * 0.1 for up to 4 common leading bytes, applied when the Jaro similarity is above 0.7; 0 when either
 * string is empty.
 *
 * @example
 * ```ts
 * jaroWinkler("GONZALEZ", "GONZALES"); //=> 0.95
 * jaroWinkler("MARIA GUADALUPE", "GUADALUPE"); //=> 0.7925…
 * ```
 */
export function jaroWinkler(a: string, b: string): number {
  return jaroWinklerBytes(utf8(a), utf8(b));
}
