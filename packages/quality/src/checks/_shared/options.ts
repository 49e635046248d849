import { z } from "zod";

/** Option schemas the check descriptors share. */

/** `"error"` or `"warning"`. */
export const severity = z.enum(["error", "warning"]);
/** A column name (non-empty). */
export const fieldName = z.string().min(1);
/** A list of column names. */
export const fieldNames = z.array(fieldName);
/** A count (integer ≥ 0). */
export const count = z.number().int().nonnegative();
/** A date: `YYYY-MM-DD` text, a `Date` or `{ year, month, day }`. */
export const dateInput = z.union([
  z.string(),
  z.date(),
  z.object({ year: z.number().int(), month: z.number().int(), day: z.number().int() }),
]);
/** A function given in code (not from JSON). */
export const fn = <T>() => z.custom<T>((v) => typeof v === "function");

/** The options of a check over some or all columns: `fields` (default all), `sample` rows located, `severity`. */
export const columnOptions = {
  fields: fieldNames.exactOptional(),
  sample: z.number().int().positive().exactOptional(),
  severity: severity.exactOptional(),
};
