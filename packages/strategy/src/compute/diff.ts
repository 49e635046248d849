import type { ActionStatus } from "../model/action";
import type { StrategyDocument } from "../model/document";
import { indicatorStatus } from "./indicators";
import { type AsOfOptions, type Progress, strategyProgress } from "./progress";
import { overdueActions } from "./risk";
import { statusAt } from "./status";

/** What changed in a strategy between two days. */
export interface StrategyDiff {
  from: string;
  to: string;
  /** Actions whose status differs between the two days, in file order. */
  statusChanges: { actionId: string; from: ActionStatus; to: ActionStatus }[];
  /** Actions overdue on `to` that were not on `from`. */
  newlyOverdue: string[];
  /** Actions overdue on `from` that are not any more. */
  noLongerOverdue: string[];
  /** Indicators whose latest known value changed. */
  indicatorChanges: { indicatorId: string; from: number | null; to: number | null }[];
  progress: { from: Progress; to: Progress };
}

/**
 * What changed between two days: status changes, actions that became (or stopped being) overdue, new
 * indicator values and progress on each day. `from` must not be after `to`.
 *
 * @example
 * ```ts
 * diffStrategy(doc, "2024-01-01", "2024-10-01").newlyOverdue.length; //=> 11 for Mendoza
 * ```
 */
export function diffStrategy(
  doc: StrategyDocument,
  from: string,
  to: string,
  options: AsOfOptions = {},
): StrategyDiff {
  if (from > to) throw new RangeError(`diffStrategy: from (${from}) is after to (${to})`);
  const timeZone = options.timeZone ?? doc.city.timeZone;
  const statusChanges = doc.actions
    .map((a) => ({ actionId: a.id, from: statusAt(a, from, timeZone), to: statusAt(a, to, timeZone) }))
    .filter((c) => c.from !== c.to);
  const before = new Set(overdueActions(doc, from, { timeZone }).map((a) => a.id));
  const after = new Set(overdueActions(doc, to, { timeZone }).map((a) => a.id));
  const indicatorChanges = doc.indicators
    .map((i) => ({
      indicatorId: i.id,
      from: indicatorStatus(i, doc.observations, from).latest?.value ?? null,
      to: indicatorStatus(i, doc.observations, to).latest?.value ?? null,
    }))
    .filter((c) => c.from !== c.to);
  return {
    from,
    to,
    statusChanges,
    ...overdueDelta(before, after),
    indicatorChanges,
    progress: {
      from: strategyProgress(doc, from, { timeZone }),
      to: strategyProgress(doc, to, { timeZone }),
    },
  };
}

/**
 * What changed between two versions of a strategy (two files), both read as of the same day: the actions
 * present in both whose status differs, the ones overdue in `after` and not in `before` (and the reverse),
 * indicator values that changed and progress in each version. `from` and `to` are both `asOf`.
 *
 * @example
 * ```ts
 * diffStrategyVersions(lastMonth, today, "2024-11-30").statusChanges;
 * //=> [{ actionId: "protocolo-compartir-datos", from: "not_started", to: "in_progress" }]
 * ```
 */
export function diffStrategyVersions(
  before: StrategyDocument,
  after: StrategyDocument,
  asOf: string,
  options: AsOfOptions = {},
): StrategyDiff {
  const tz = (doc: StrategyDocument) => ({ timeZone: options.timeZone ?? doc.city.timeZone });
  const old = new Map(before.actions.map((a) => [a.id, statusAt(a, asOf, tz(before).timeZone)]));
  const statusChanges = after.actions.flatMap((a) => {
    const was = old.get(a.id);
    const now = statusAt(a, asOf, tz(after).timeZone);
    return was === undefined || was === now ? [] : [{ actionId: a.id, from: was, to: now }];
  });
  const overdueBefore = new Set(overdueActions(before, asOf, tz(before)).map((a) => a.id));
  const overdueAfter = new Set(overdueActions(after, asOf, tz(after)).map((a) => a.id));
  const latest = (doc: StrategyDocument) =>
    new Map(
      doc.indicators.map((i) => [i.id, indicatorStatus(i, doc.observations, asOf).latest?.value ?? null]),
    );
  const valuesBefore = latest(before);
  const indicatorChanges = [...latest(after)]
    .map(([indicatorId, to]) => ({ indicatorId, from: valuesBefore.get(indicatorId) ?? null, to }))
    .filter((c) => c.from !== c.to);
  return {
    from: asOf,
    to: asOf,
    statusChanges,
    ...overdueDelta(overdueBefore, overdueAfter),
    indicatorChanges,
    progress: {
      from: strategyProgress(before, asOf, tz(before)),
      to: strategyProgress(after, asOf, tz(after)),
    },
  };
}

/** The actions overdue only after, and only before. */
function overdueDelta(before: ReadonlySet<string>, after: ReadonlySet<string>) {
  return {
    newlyOverdue: [...after].filter((id) => !before.has(id)),
    noLongerOverdue: [...before].filter((id) => !after.has(id)),
  };
}
