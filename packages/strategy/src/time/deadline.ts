import { endOfMonth } from "./dates";

/** A deadline read: its months and its first and last day. */
export interface DeadlineRange {
  firstMonth: string;
  lastMonth: string;
  /** First day of the first month. */
  start: string;
  /** Last day of the last month: the action is due by the end of this day. */
  due: string;
}

/**
 * Reads a deadline `YYYY-MM` (due at the end of that month) or `YYYY-MM/YYYY-MM` (a month range, due at
 * the end of the last month).
 *
 * @example
 * ```ts
 * deadlineRange("2024-09/2024-11"); //=> { firstMonth: "2024-09", lastMonth: "2024-11", start: "2024-09-01", due: "2024-11-30" }
 * ```
 */
export function deadlineRange(deadline: string): DeadlineRange {
  const [firstMonth, lastMonth = firstMonth] = deadline.split("/") as [string, string?];
  return { firstMonth, lastMonth, start: `${firstMonth}-01`, due: endOfMonth(lastMonth) };
}

/**
 * The day an action is due (last day of its deadline's last month), or `null` without a deadline.
 *
 * @example
 * ```ts
 * dueDate("2024-05"); //=> "2024-05-31"
 * ```
 */
export function dueDate(deadline: string | undefined): string | null {
  return deadline === undefined ? null : deadlineRange(deadline).due;
}

/**
 * True when the deadline's last month has ended before `asOf` (the due day itself is not past).
 *
 * @example
 * ```ts
 * isPastDeadline("2024-09", "2024-10-01"); //=> true
 * isPastDeadline("2024-09", "2024-09-30"); //=> false
 * ```
 */
export function isPastDeadline(deadline: string | undefined, asOf: string): boolean {
  const due = dueDate(deadline);
  return due !== null && due < asOf;
}
