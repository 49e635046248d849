/** One cell of a table handed to suppression: its key (one code per dimension, `_T` for margins) and count. */
export interface SuppressionCell {
  key: string[];
  value: number;
}

/**
 * A small-cell suppressor: given the cells of a table (interior cells and the margins, whose keys hold `_T`)
 * and the smallest publishable count, returns the indices of the cells to withhold. `@ciudata/privacy`
 * can provide one; {@link suppressCells} is the built-in one.
 */
export type CellSuppressor = (cells: SuppressionCell[], threshold: number) => Set<number>;
