/**
 * Casts an `any` cell: the text itself, never a failure.
 *
 * @example
 * ```ts
 * castAny("lo que sea"); // "lo que sea"
 * ```
 */
export function castAny(cell: string): string {
  return cell;
}
