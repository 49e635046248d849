import type { Issue } from "./issue";

/**
 * The one error class ciudata throws, only at the edge (opening a source, parsing a descriptor or a
 * strategy file in strict mode, a portal that does not answer). It carries the issues as plain data;
 * the first one gives the message. Render them with `renderIssue` in the user's language.
 *
 * @example
 * ```ts
 * try { await openSource(new URL("http://127.0.0.1:1/x.csv")); }
 * catch (e) { if (e instanceof CiudataError) console.log(e.errors[0]?.type); } // "scheme-error"
 * ```
 */
export class CiudataError extends Error {
  override readonly name: string = "CiudataError";
  /** The problems, never empty. */
  readonly errors: readonly [Issue, ...Issue[]];

  constructor(errors: readonly [Issue, ...Issue[]], options?: { cause?: unknown }) {
    super(errors[0].message ?? (errors[0].note || errors[0].type), options);
    this.errors = errors;
  }
}

/**
 * Whether a value is a {@link CiudataError}, also across copies of the package (two versions installed).
 *
 * @example
 * ```ts
 * isCiudataError(new CiudataError([createIssue("x")])); //=> true
 * ```
 */
export function isCiudataError(value: unknown): value is CiudataError {
  if (value instanceof CiudataError) return true;
  if (!(value instanceof Error) || value.name !== "CiudataError") return false;
  const errors: unknown = (value as unknown as { errors?: unknown }).errors;
  return Array.isArray(errors) && errors.length > 0;
}
