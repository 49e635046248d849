import type { TableError } from "../error";

/** How one language words the report: a title per error type and the parts of a message. */
export interface Locale {
  /** A short title per error type (`type-error` → "Tipo incorrecto"). */
  titles: Record<string, string>;
  /** The sentence that says what failed, per error type; `params` fill it in. */
  describe: Record<string, (e: TableError) => string>;
  /** "Fila 3, columna 2 (edad)". */
  where(e: TableError): string;
  /** Words that join the parts: expected, received, example, hint. */
  words: { expected: string; received: string; example: string; hint: string; cell: string; masked: string };
}
