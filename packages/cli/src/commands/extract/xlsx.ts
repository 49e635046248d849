import { toXlsx } from "@ciudata/table";

/**
 * The one place `extract` and `convert` write a workbook: the header and the rows as text cells (a cell
 * that starts with `=` stays text, never a formula), as the bytes of an `.xlsx` file, through the
 * spreadsheet writer of `@ciudata/table`.
 *
 * @example
 * ```ts
 * await writeOutput(ctx, "salida.xlsx", writeXlsx(["id", "barrio"], [["1", "Centro"]]));
 * ```
 */
export function writeXlsx(header: readonly string[], rows: readonly (readonly string[])[]): Uint8Array {
  return toXlsx(header, rows);
}
