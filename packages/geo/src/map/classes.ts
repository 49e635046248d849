/**
 * Class breaks by quantiles: up to `classes` classes, each holding about the same number of values, from
 * every value given (never a sample). Returns the inner breaks, ascending and distinct: a value `v` is in
 * class `i` when `breaks[i - 1] ≤ v < breaks[i]` ({@link classOf}). Tied values never split, so there may
 * be fewer classes than asked (one value, or all equal: no break, one class).
 *
 * @param values The values (non-finite ones are ignored).
 * @param classes How many classes at most. Defaults to 5.
 * @example
 * ```ts
 * quantileBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5); //=> [3, 5, 7, 9]
 * ```
 */
export function quantileBreaks(values: readonly number[], classes = 5): number[] {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const n = sorted.length;
  const breaks: number[] = [];
  if (n === 0) return breaks;
  const min = sorted[0] as number;
  for (let j = 1; j < classes; j++) {
    const b = sorted[Math.floor((j * n) / classes)] as number;
    // A break at the minimum would leave the first class empty; one equal to the last would repeat it.
    if (b > min && b !== breaks[breaks.length - 1]) breaks.push(b);
  }
  return breaks;
}

/**
 * The class of a value: how many breaks are at or below it (`0` … `breaks.length`).
 *
 * @param value The value.
 * @param breaks From {@link quantileBreaks}.
 * @example
 * ```ts
 * classOf(4, [3, 5, 7, 9]); //=> 1
 * ```
 */
export function classOf(value: number, breaks: readonly number[]): number {
  let c = 0;
  while (c < breaks.length && value >= (breaks[c] as number)) c++;
  return c;
}
