const SEP = "\u001f";

/** A class key with its `level` least important QIs replaced by `suppressed`, as they will be written. */
function effectiveKey(key: string, level: number, width: number, suppressed: string): string {
  if (level === 0) return key;
  const parts = key.split(SEP);
  for (let i = width - level; i < width; i++) parts[i] = suppressed;
  return parts.join(SEP);
}

/**
 * Plans local suppression at the level of equivalence classes, so it can be applied while streaming:
 * classes smaller than k lose their least important quasi-identifier, then the next, until the records
 * sharing what is left number at least k. Records in classes that are already large are never touched.
 * Returns, per class key, how many of the least important QIs to blank. Classes are grouped with their
 * suppressed cells as they will be WRITTEN (`suppressed`, trimmed): planning them as empty while writing
 * another marker merged them, on paper only, with genuinely empty cells and left classes of one.
 *
 * @example
 * ```ts
 * const counts = new Map([["30\u001fF", 5], ["31\u001fF", 1], ["32\u001fF", 1]]);
 * suppressionLevels(counts, 2, 2).get("31\u001fF"); //=> 1
 * ```
 */
export function suppressionLevels(
  counts: ReadonlyMap<string, number>,
  width: number,
  k: number,
  suppressed = "",
): Map<string, number> {
  const levels = new Map<string, number>();
  for (const key of counts.keys()) levels.set(key, 0);
  const mark = suppressed.trim();
  const effective = (key: string, level: number) => effectiveKey(key, level, width, mark);
  for (let round = 0; round <= width; round++) {
    const groups = new Map<string, number>();
    for (const [key, n] of counts) {
      const e = effective(key, levels.get(key) as number);
      groups.set(e, (groups.get(e) ?? 0) + n);
    }
    let changed = false;
    for (const [key] of counts) {
      const level = levels.get(key) as number;
      if (level < width && (groups.get(effective(key, level)) as number) < k) {
        levels.set(key, level + 1);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return levels;
}

/**
 * When the fully suppressed group is still smaller than k, the records it needs are taken from the
 * largest class that can spare them (it keeps at least k). Returns class key → records to blank fully.
 *
 * @example
 * ```ts
 * topUp(new Map([["a", 5], ["b", 1]]), new Map([["a", 0], ["b", 2]]), 2, 3).get("a"); //=> 2
 * ```
 */
export function topUp(
  counts: ReadonlyMap<string, number>,
  levels: ReadonlyMap<string, number>,
  width: number,
  k: number,
  suppressed = "",
): Map<string, number> {
  const mark = suppressed.trim();
  const all = Array.from({ length: width }, () => mark).join(SEP);
  let residual = 0;
  for (const [key, n] of counts)
    if (effectiveKey(key, levels.get(key) ?? 0, width, mark) === all) residual += n;
  const out = new Map<string, number>();
  if (residual === 0 || residual >= k) return out;
  const need = k - residual;
  const donors = [...counts].filter(
    ([key, n]) => effectiveKey(key, levels.get(key) ?? 0, width, mark) !== all && n >= k + need,
  );
  donors.sort((a, b) => b[1] - a[1]);
  const donor = donors[0];
  if (donor) out.set(donor[0], need);
  return out;
}
