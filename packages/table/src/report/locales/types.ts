import type { TableError } from "../error";

/** How one language words the report: a title per error type and the parts of a message. */
export interface Locale {
  /** A short title per error type (`type-error` → "Tipo incorrecto"). */
  titles: Record<string, string>;
  /** The sentence that says what failed, per error type; `params` fill it in. */
  describe: Record<string, (e: TableError) => string>;
}
