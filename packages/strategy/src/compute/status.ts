import type { Action, ActionStatus, StatusEvent } from "../model/action";
import { localDate } from "../time/dates";

/** A status event with the calendar day it happened on, in the city's time zone. */
export interface DatedEvent extends StatusEvent {
  day: string;
}

/**
 * The action's history up to and including `asOf`, oldest first, each event with its local day.
 * Events on the same day keep the order they were written in.
 *
 * @example
 * ```ts
 * historyAsOf(action, "2024-10-01", "America/Argentina/Mendoza").map((e) => e.status); //=> ["in_progress"]
 * ```
 */
export function historyAsOf(action: Pick<Action, "history">, asOf: string, timeZone: string): DatedEvent[] {
  return action.history
    .map((e, i) => ({ e: { ...e, day: localDate(e.at, timeZone) }, i }))
    .filter(({ e }) => e.day <= asOf)
    .sort((a, b) => (a.e.day < b.e.day ? -1 : a.e.day > b.e.day ? 1 : a.i - b.i))
    .map(({ e }) => e);
}

/** An action's history, with the status its source document states without a date when there is one. */
export type StatusSource = Pick<Action, "history"> & { statedStatus?: ActionStatus | undefined };

/**
 * The status of an action on a day: the last event on or before `asOf`; without one, the status the document
 * states without a date (`statedStatus`), else `not_started`. Never reads the clock; events after `asOf` are
 * ignored.
 *
 * @example
 * ```ts
 * statusAt({ history: [{ status: "complete", at: "2024-02-20" }] }, "2024-03-01", "America/Argentina/Mendoza"); //=> "complete"
 * statusAt({ history: [{ status: "complete", at: "2024-02-20" }] }, "2024-01-01", "America/Argentina/Mendoza"); //=> "not_started"
 * statusAt({ history: [], statedStatus: "in_progress" }, "2024-01-01", "UTC"); //=> "in_progress"
 * ```
 */
export function statusAt(action: StatusSource, asOf: string, timeZone: string): ActionStatus {
  const events = historyAsOf(action, asOf, timeZone);
  return events[events.length - 1]?.status ?? action.statedStatus ?? "not_started";
}

/**
 * True when the status on `asOf` is the one the document states without a date: no history event on or
 * before `asOf`, and a `statedStatus`.
 *
 * @example
 * ```ts
 * isUndatedStatus({ history: [], statedStatus: "in_progress" }, "2024-10-01", "UTC"); //=> true
 * ```
 */
export function isUndatedStatus(action: StatusSource, asOf: string, timeZone: string): boolean {
  return action.statedStatus !== undefined && historyAsOf(action, asOf, timeZone).length === 0;
}

/**
 * The day of the last status event on or before `asOf`, or `null`.
 *
 * @example
 * ```ts
 * lastUpdate({ history: [{ status: "in_progress", at: "2024-03-01" }] }, "2024-10-01", "UTC"); //=> "2024-03-01"
 * ```
 */
export function lastUpdate(action: Pick<Action, "history">, asOf: string, timeZone: string): string | null {
  const events = historyAsOf(action, asOf, timeZone);
  return events[events.length - 1]?.day ?? null;
}

/**
 * True when the status counts as finished work (`complete`) or was dropped (`cancelled`).
 *
 * @example
 * ```ts
 * isClosed("cancelled"); //=> true
 * ```
 */
export function isClosed(status: ActionStatus): boolean {
  return status === "complete" || status === "cancelled";
}
