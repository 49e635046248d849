import { type CastFailure, isCastFailure } from "./failure";

/**
 * Builds the caster of a `list` field: the cell split by `delimiter` (default `,`), each item cast
 * by `castItem` (the `itemType` caster); one failing item fails the cell.
 *
 * @example
 * ```ts
 * const cast = createListCaster(";", createIntegerCaster());
 * cast("1;2;3"); // [1, 2, 3]
 * ```
 */
export function createListCaster(
  delimiter = ",",
  castItem: (cell: string) => unknown = (cell) => cell,
): (cell: string) => unknown[] | CastFailure {
  return (cell) => {
    const items: unknown[] = cell.split(delimiter);
    for (let i = 0; i < items.length; i++) {
      const v = castItem(items[i] as string);
      if (isCastFailure(v)) return v;
      items[i] = v;
    }
    return items;
  };
}
