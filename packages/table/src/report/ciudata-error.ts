import type { TableError } from "./error";

/**
 * The one error class ciudata throws, only at the edge (opening a source, parsing a descriptor
 * in strict mode). It carries the issues as plain data; the first one gives the message.
 *
 * @example
 * ```ts
 * try { await openSource(new URL("http://127.0.0.1:1/x.csv")); }
 * catch (e) { if (e instanceof CiudataError) console.log(e.errors[0]?.type); } // "scheme-error"
 * ```
 */
export class CiudataError extends Error {
  override readonly name = "CiudataError";
  /** The problems, never empty. */
  readonly errors: readonly [TableError, ...TableError[]];

  constructor(errors: readonly [TableError, ...TableError[]], options?: { cause?: unknown }) {
    super(errors[0].message ?? errors[0].note ?? errors[0].type, options);
    this.errors = errors;
  }
}
