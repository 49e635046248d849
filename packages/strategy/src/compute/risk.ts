import type { Action, ActionStatus } from "../model/action";
import type { StrategyDocument } from "../model/document";
import { daysBetween, periodStart } from "../time/dates";
import { dueDate } from "../time/deadline";
import { indicatorStatus } from "./indicators";
import type { AsOfOptions } from "./progress";
import { isClosed, isUndatedStatus, lastUpdate, statusAt } from "./status";

/** Why an action is at risk. Each reason is data; reports render it per language. */
export type RiskReason =
  | { code: "overdue"; due: string; daysLate: number }
  | { code: "due-soon-not-started"; due: string; daysLeft: number }
  | { code: "stale"; lastUpdate: string | null; days: number }
  | { code: "dependency-overdue"; actionId: string }
  | { code: "indicator-off-track"; indicatorId: string };

/** Options of the risk rules. */
export interface RiskOptions extends AsOfOptions {
  /** "Due soon" window in days (default 60). */
  horizonDays?: number;
  /** Days without a status event after which open work is stale (default 90). */
  staleDays?: number;
}

/** Defaults of the risk rules. */
export const DEFAULT_RISK = { horizonDays: 60, staleDays: 90 } as const;

/** An action's standing on a day. */
export interface ActionStanding {
  actionId: string;
  status: ActionStatus;
  /** Last day of the deadline's last month, `null` without a deadline. */
  due: string | null;
  overdue: boolean;
  atRisk: boolean;
  reasons: RiskReason[];
  lastUpdate: string | null;
  /** True when the status is the one the source document states without a date (see `statedStatus`). */
  undated: boolean;
}

function isOverdue(status: ActionStatus, due: string | null, asOf: string): boolean {
  return due !== null && !isClosed(status) && due < asOf;
}

/**
 * Where an action stands on `asOf`, with every reason it is at risk. The rules, all as of `asOf`:
 *
 * 1. **overdue**: not complete nor cancelled, and its deadline's last month ended before `asOf`;
 * 2. **due-soon-not-started**: not started and due within `horizonDays` (default 60);
 * 3. **stale**: open (not started, in progress or on hold) and no status event for more than `staleDays`
 *    (default 90), counted from the last event or, without one, from the start of the strategy's period
 *    (never stale when there is neither, nor while the status is the document's undated `statedStatus`);
 * 4. **dependency-overdue**: open and an action it depends on is overdue;
 * 5. **indicator-off-track**: open and a linked indicator is off track.
 *
 * @example
 * ```ts
 * actionStanding(doc, action, "2024-10-01").reasons; //=> [{ code: "overdue", due: "2024-05-31", daysLate: 123 }]
 * ```
 */
export function actionStanding(
  doc: StrategyDocument,
  action: Action,
  asOf: string,
  options: RiskOptions = {},
): ActionStanding {
  const timeZone = options.timeZone ?? doc.city.timeZone;
  const horizon = options.horizonDays ?? DEFAULT_RISK.horizonDays;
  const staleDays = options.staleDays ?? DEFAULT_RISK.staleDays;
  const status = statusAt(action, asOf, timeZone);
  const due = dueDate(action.deadline);
  const overdue = isOverdue(status, due, asOf);
  const updated = lastUpdate(action, asOf, timeZone);
  const undated = isUndatedStatus(action, asOf, timeZone);
  const reasons: RiskReason[] = [];
  if (!isClosed(status)) {
    if (overdue && due) reasons.push({ code: "overdue", due, daysLate: daysBetween(due, asOf) });
    if (status === "not_started" && due && due >= asOf && daysBetween(asOf, due) <= horizon)
      reasons.push({ code: "due-soon-not-started", due, daysLeft: daysBetween(asOf, due) });
    const since = updated ?? (doc.strategy.period ? periodStart(doc.strategy.period.from) : null);
    const days = since === null ? 0 : daysBetween(since, asOf);
    if (!undated && days > staleDays) reasons.push({ code: "stale", lastUpdate: updated, days });
    for (const depId of action.dependsOn) {
      const dep = doc.actions.find((a) => a.id === depId);
      if (dep && isOverdue(statusAt(dep, asOf, timeZone), dueDate(dep.deadline), asOf))
        reasons.push({ code: "dependency-overdue", actionId: depId });
    }
    for (const indicatorId of action.indicatorIds) {
      const ind = doc.indicators.find((i) => i.id === indicatorId);
      if (ind && indicatorStatus(ind, doc.observations, asOf).onTrack === false)
        reasons.push({ code: "indicator-off-track", indicatorId });
    }
  }
  return {
    actionId: action.id,
    status,
    due,
    overdue,
    atRisk: reasons.length > 0,
    reasons,
    lastUpdate: updated,
    undated,
  };
}

/**
 * Every action's standing on `asOf`, in file order.
 *
 * @example
 * ```ts
 * standings(doc, "2024-10-01").filter((s) => s.atRisk).length;
 * ```
 */
export function standings(doc: StrategyDocument, asOf: string, options: RiskOptions = {}): ActionStanding[] {
  return doc.actions.map((a) => actionStanding(doc, a, asOf, options));
}

/**
 * The actions overdue on `asOf`: not complete nor cancelled, whose deadline month ended before that day.
 *
 * @example
 * ```ts
 * overdueActions(mendoza, "2024-10-01").map((a) => a.id);
 * ```
 */
export function overdueActions(doc: StrategyDocument, asOf: string, options: AsOfOptions = {}): Action[] {
  const timeZone = options.timeZone ?? doc.city.timeZone;
  return doc.actions.filter((a) => isOverdue(statusAt(a, asOf, timeZone), dueDate(a.deadline), asOf));
}

/**
 * The open actions due next: not closed, due on or after `asOf`, soonest first.
 *
 * @example
 * ```ts
 * nextDeadlines(mendoza, "2024-10-01", 3).map((s) => s.due); //=> ["2024-10-31", "2024-11-30", "2024-11-30"]
 * ```
 */
export function nextDeadlines(
  doc: StrategyDocument,
  asOf: string,
  limit = 5,
  options: AsOfOptions = {},
): ActionStanding[] {
  return standings(doc, asOf, options)
    .filter((s) => s.due !== null && s.due >= asOf && !isClosed(s.status))
    .sort((a, b) => (a.due as string).localeCompare(b.due as string))
    .slice(0, limit);
}
