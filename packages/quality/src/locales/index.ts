/**
 * Nothing to register any more: the wording is the `qualityIssues` catalog value (`src/messages`). Kept
 * as a no-op until `validate` and the check test helpers stop calling it.
 * @internal
 *
 * @example
 * ```ts
 * registerQualityMessages(); // does nothing
 * ```
 */
export function registerQualityMessages(): void {}
