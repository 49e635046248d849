import { maskCell } from "@ciudata/core";

/**
 * Masks a cell before it goes into a report. `field` is the cell's column (0-based, data-column order):
 * a cell of a column shown as it is comes back unchanged; without `field` the cell is always masked.
 */
export type CellMask = (cell: string, field?: number) => string;

/**
 * Which columns a report may show cell values of. The cells of a `personal` column are always masked
 * whole, whatever their length; the cells of the other columns are shown as they are, unless `all` is set.
 * The table does not classify columns itself: the caller does, e.g. with `@ciudata/privacy`'s
 * `personalFields`. Without a `masking` option every cell is masked.
 */
export interface Masking {
  /**
   * The personal columns, by label or field name, or a function that names them once the header is
   * read, from the labels and the rows sampled to infer the schema (none when a schema was given).
   */
  readonly personal:
    | readonly string[]
    | ((labels: readonly string[], sample: readonly (readonly string[])[]) => readonly string[]);
  /** Mask the cells of every column anyway (the user asked to mask all). */
  readonly all?: boolean;
}

/**
 * @internal The columns (0-based) whose cells are shown as they are: none without a masking, with
 * `all`, or for a column named personal by its label or its field name.
 */
export function shownColumns(
  masking: Masking | undefined,
  labels: readonly string[],
  fieldNames: readonly string[],
  sample: readonly (readonly string[])[] = [],
): number[] {
  if (masking === undefined || masking.all === true) return [];
  const named = typeof masking.personal === "function" ? masking.personal(labels, sample) : masking.personal;
  const personal = new Set(named);
  const width = Math.max(labels.length, fieldNames.length);
  const shown: number[] = [];
  for (let i = 0; i < width; i++) {
    const label = labels[i];
    const name = fieldNames[i];
    if (label === undefined || personal.has(label) || (name !== undefined && personal.has(name))) continue;
    shown.push(i);
  }
  return shown;
}

/**
 * @internal The mask of a read: every cell as it is when the caller revealed cells; otherwise the cells
 * of the shown columns as they are and every other cell masked (`maskCell`).
 */
export function cellMask(revealCells: boolean, shown: readonly number[]): CellMask {
  if (revealCells) return (cell) => cell;
  if (shown.length === 0) return (cell) => maskCell(cell);
  const set = new Set(shown);
  return (cell, field) => (field !== undefined && set.has(field) ? cell : maskCell(cell));
}

/**
 * The columns (0-based) a masking hides: every column with `all`, else those named personal by their
 * label (a function is called with the labels and the sampled rows).
 *
 * @example
 * ```ts
 * maskedColumns({ personal: ["dni"] }, ["dni", "barrio"], []); //=> Set { 0 }
 * ```
 */
export function maskedColumns(
  masking: Masking,
  labels: readonly string[],
  sample: readonly (readonly string[])[],
): Set<number> {
  if (masking.all === true) return new Set(labels.map((_, i) => i));
  const named = new Set(
    typeof masking.personal === "function" ? masking.personal(labels, sample) : masking.personal,
  );
  return new Set(labels.flatMap((label, i) => (named.has(label) ? [i] : [])));
}
