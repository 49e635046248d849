/**
 * The closest known name to a mistyped one, if it is at most two edits away (one for short words).
 *
 * @example
 * ```ts
 * suggest("hepl", ["help", "inspect"]); // "help"
 * suggest("zzz", ["help"]); // undefined
 * ```
 */
export function suggest(typed: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  // Two edits away at most; one for words of three letters or fewer (`fr` is not a typo of `es`).
  let bestDistance = typed.length <= 3 ? 2 : 3;
  for (const name of known) {
    const d = distance(typed.toLowerCase(), name);
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance, with adjacent swaps counted as one edit. */
function distance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, at(i - 2, j - 2) + 1);
      (rows[i] as number[])[j] = d;
    }
  }
  return at(a.length, b.length);
}
