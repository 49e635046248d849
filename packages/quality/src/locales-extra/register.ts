/**
 * Nothing to register any more: the wording is the `checkIssues` catalog value. Kept as a no-op until
 * the checks stop calling it.
 * @internal
 *
 * @example
 * ```ts
 * registerExtraMessages(); // does nothing
 * ```
 */
export function registerExtraMessages(): void {}
