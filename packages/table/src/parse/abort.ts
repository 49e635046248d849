/**
 * Throws a `DOMException` named `AbortError` when the signal is aborted.
 *
 * @example
 * ```ts
 * const c = new AbortController(); c.abort();
 * throwIfAborted(c.signal); // throws DOMException "AbortError"
 * ```
 */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException("The operation was aborted.", "AbortError");
}
