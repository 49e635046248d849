import type { Report } from "@ciudata/table";

// The exit codes of every `ciudata` command, in one place.

/** Everything went well: the data is valid, the file was written. */
export const EXIT_OK = 0;
/** The data (or a strategy, a scores file…) has errors, or a portal failed. */
export const EXIT_INVALID = 1;
/** A bug in ciudata: an unexpected exception (the message says where to report it). */
export const EXIT_CRASH = 1;
/** A usage mistake: an unknown command or flag, a missing argument, a bad value. */
export const EXIT_USAGE = 2;
/** The input could not be read as a table at all (treated as a usage mistake). */
export const EXIT_UNREADABLE = 2;

/**
 * Issue types meaning the input could not be read as a table at all: the command exits with
 * {@link EXIT_UNREADABLE}, not {@link EXIT_INVALID}.
 * @internal
 */
export const UNREADABLE_ERRORS: ReadonlySet<string> = new Set([
  "source-error",
  "scheme-error",
  "format-error",
  "sheet-error",
  "package-error",
  "limit-error",
]);

/**
 * Whether a report says its input could not be read as a table at all.
 *
 * @example
 * ```ts
 * return isUnreadable(report) ? EXIT_UNREADABLE : report.valid ? EXIT_OK : EXIT_INVALID;
 * ```
 * @internal
 */
export function isUnreadable(report: Report): boolean {
  return [...report.errors, ...report.tasks.flatMap((t) => t.errors)].some((e) =>
    UNREADABLE_ERRORS.has(e.type),
  );
}
