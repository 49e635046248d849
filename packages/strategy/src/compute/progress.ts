import type { Action, ActionStatus } from "../model/action";
import { ACTION_STATUSES } from "../model/action";
import type { StrategyDocument } from "../model/document";
import { statusAt } from "./status";

/** How much each status counts toward weighted progress (0–1); `cancelled` is left out of the total. */
export type StatusWeights = Record<Exclude<ActionStatus, "cancelled">, number>;

/** Default weights: not started 0, in progress 0.5, on hold 0.5 (work done stays done), complete 1. */
export const DEFAULT_STATUS_WEIGHTS: Readonly<StatusWeights> = {
  not_started: 0,
  in_progress: 0.5,
  on_hold: 0.5,
  complete: 1,
};

/** Options shared by every "as of" computation. */
export interface AsOfOptions {
  /** The city's IANA time zone; instants in histories are read as days there (default: the document's city). */
  timeZone?: string;
}

/** Options of the progress functions. */
export interface ProgressOptions extends AsOfOptions {
  weights?: Partial<StatusWeights>;
}

/** Progress of a set of actions on a day. */
export interface Progress {
  /** Actions counted: all but cancelled ones. */
  total: number;
  /** How many actions have each status (cancelled included here). */
  counts: Record<ActionStatus, number>;
  /** Complete ÷ total × 100, `null` when nothing counts. */
  completePct: number | null;
  /** Σ weight(action) × weight(status) ÷ Σ weight(action) × 100, `null` when nothing counts. */
  weightedPct: number | null;
}

function emptyCounts(): Record<ActionStatus, number> {
  return Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0])) as Record<ActionStatus, number>;
}

function clampWeight(w: number): number {
  return Math.min(1, Math.max(0, Number.isFinite(w) ? w : 0));
}

/**
 * Progress of a list of actions as of a day: counts by status, percentage complete and weighted
 * percentage (each action's `weight`, default 1, times its status weight). Cancelled actions are counted
 * but left out of the percentages. Both percentages are within 0–100 and never go down when an action
 * becomes complete.
 *
 * @example
 * ```ts
 * actionProgress(doc.actions, "2024-10-01", { timeZone: "America/Argentina/Mendoza" }).completePct; //=> 11.1
 * ```
 */
export function actionProgress(
  actions: readonly Pick<Action, "history" | "weight">[],
  asOf: string,
  options: ProgressOptions & { timeZone: string },
): Progress {
  const weights = { ...DEFAULT_STATUS_WEIGHTS, ...options.weights };
  const counts = emptyCounts();
  let total = 0;
  let complete = 0;
  let weightSum = 0;
  let weighted = 0;
  for (const action of actions) {
    const status = statusAt(action, asOf, options.timeZone);
    counts[status]++;
    if (status === "cancelled") continue;
    const w = action.weight ?? 1;
    total++;
    weightSum += w;
    weighted += w * clampWeight(weights[status]);
    if (status === "complete") complete++;
  }
  return {
    total,
    counts,
    completePct: total === 0 ? null : round1((complete / total) * 100),
    weightedPct: weightSum === 0 ? null : round1(Math.min(100, (weighted / weightSum) * 100)),
  };
}

/**
 * Rounds to one decimal (`356.27` ⇒ `356.3`).
 *
 * @example
 * ```ts
 * round1(356.2737); //=> 356.3
 * ```
 */
export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * Progress of the whole strategy as of a day.
 *
 * @example
 * ```ts
 * strategyProgress(doc, "2024-10-01").weightedPct;
 * ```
 */
export function strategyProgress(
  doc: StrategyDocument,
  asOf: string,
  options: ProgressOptions = {},
): Progress {
  return actionProgress(doc.actions, asOf, { ...options, timeZone: options.timeZone ?? doc.city.timeZone });
}

/**
 * Progress of each pillar as of a day, in pillar order.
 *
 * @example
 * ```ts
 * progressByPillar(doc, "2024-10-01").map((p) => [p.pillarId, p.progress.completePct]);
 * ```
 */
export function progressByPillar(
  doc: StrategyDocument,
  asOf: string,
  options: ProgressOptions = {},
): { pillarId: string; progress: Progress }[] {
  const timeZone = options.timeZone ?? doc.city.timeZone;
  return [...doc.pillars]
    .sort((a, b) => a.order - b.order)
    .map((p) => ({
      pillarId: p.id,
      progress: actionProgress(
        doc.actions.filter((a) => a.pillarId === p.id),
        asOf,
        { ...options, timeZone },
      ),
    }));
}

/**
 * Progress of each owner (`person:ary-salomon`, `role:data-champion`, `committee:cgd`…) as of a day,
 * counting every action the owner is responsible for or supports.
 *
 * @example
 * ```ts
 * progressByOwner(doc, "2024-10-01").find((o) => o.owner === "person:ary-salomon")?.progress.total; //=> 1
 * ```
 */
export function progressByOwner(
  doc: StrategyDocument,
  asOf: string,
  options: ProgressOptions = {},
): { owner: string; kind: string; id: string; progress: Progress }[] {
  const timeZone = options.timeZone ?? doc.city.timeZone;
  const groups = new Map<string, Action[]>();
  for (const a of doc.actions)
    for (const o of a.owners) {
      const key = `${o.kind}:${o.id}`;
      const list = groups.get(key) ?? [];
      if (!list.includes(a)) list.push(a);
      groups.set(key, list);
    }
  return [...groups].map(([owner, actions]) => {
    const [kind, id] = owner.split(/:(.*)/s) as [string, string];
    return { owner, kind, id, progress: actionProgress(actions, asOf, { ...options, timeZone }) };
  });
}

/**
 * Progress of each org unit as of a day: actions owned by the unit itself, by people in it, or by people
 * holding an owning role in it.
 *
 * @example
 * ```ts
 * progressByOrgUnit(doc, "2024-10-01").map((u) => u.orgUnitId);
 * ```
 */
export function progressByOrgUnit(
  doc: StrategyDocument,
  asOf: string,
  options: ProgressOptions = {},
): { orgUnitId: string; progress: Progress }[] {
  const timeZone = options.timeZone ?? doc.city.timeZone;
  const personUnit = new Map(doc.people.map((p) => [p.id, p.orgUnitId] as const));
  return doc.orgUnits
    .map((u) => {
      const actions = doc.actions.filter((a) =>
        a.owners.some(
          (o) =>
            (o.kind === "org-unit" && o.id === u.id) ||
            (o.kind === "person" && personUnit.get(o.id) === u.id) ||
            (o.kind === "role" && doc.roleAssignments.some((r) => r.roleId === o.id && r.orgUnitId === u.id)),
        ),
      );
      return { orgUnitId: u.id, progress: actionProgress(actions, asOf, { ...options, timeZone }) };
    })
    .filter((u) => u.progress.total + u.progress.counts.cancelled > 0);
}
