import { UsageError } from "../../errors";
import { localized } from "../../messages";
import { extractMessages } from "../../messages/extract";

/**
 * The one place `extract` and `convert` write a workbook: the header and the rows as text cells, as the
 * bytes of an `.xlsx` file. Not available yet: it throws a usage error saying so (exit 2, nothing
 * written) until it is connected to the spreadsheet writer of `@ciudata/table` (`toXlsx(header, rows)`).
 *
 * @example
 * ```ts
 * await writeOutput(ctx, "salida.xlsx", writeXlsx(["id", "barrio"], [["1", "Centro"]]));
 * ```
 */
export function writeXlsx(_header: readonly string[], _rows: readonly (readonly string[])[]): Uint8Array {
  throw new UsageError({ kind: "custom", message: localized(extractMessages, "xlsxNotYet") });
}
