import type { Indicator, Observation } from "../model/indicator";
import {
  addDays,
  addDuration,
  daysBetween,
  parseRepeatDuration,
  periodEnd,
  periodStart,
} from "../time/dates";
import { round1 } from "./progress";

/** A traffic light. `none` when there is nothing to judge by. */
export type Light = "green" | "yellow" | "red" | "none";

/** Why a number could not be computed. */
export type IndicatorGap =
  | "zero-baseline"
  | "no-observation"
  | "no-target"
  | "target-equals-baseline"
  | "undated"
  | "not-started";

/** Where an indicator stands on a day. */
export interface IndicatorStatus {
  indicatorId: string;
  direction: Indicator["direction"];
  baseline: { value: number; date?: string | undefined };
  target: { value: number; date?: string | undefined } | null;
  /** The last value known on `asOf` (totals only, not disaggregated rows). */
  latest: { value: number; date?: string } | null;
  /** (latest − baseline) ÷ |baseline| × 100, one decimal; `null` with `changeGap` when it cannot be computed. */
  changePct: number | null;
  changeGap?: IndicatorGap;
  /** True when the change goes the good way (`direction`), `null` when unknown. */
  improved: boolean | null;
  /** (latest − baseline) ÷ (target − baseline) × 100, within 0–100. */
  progressPct: number | null;
  /** The same without clamping (can be negative or above 100). */
  rawProgressPct: number | null;
  progressGap?: IndicatorGap;
  /** Share of the time from baseline to target elapsed on `asOf` (0–100), `null` without both dates. */
  expectedPct: number | null;
  /** Progress ≥ expected − tolerance; `null` when either is unknown. */
  onTrack: boolean | null;
  light: Light;
  /** True when an observation is missing for a period that has ended (by `periodicity`). */
  stale: boolean;
  /** The last day of the next period whose value is due (`null` for eventual indicators). */
  nextDue: string | null;
}

/** Default tolerance in progress points for "on track". */
export const DEFAULT_TOLERANCE = 10;

/**
 * The observations of an indicator known on `asOf`, oldest first: dated ones by date (known once their
 * period ends, or on `recordedAt`), then undated ones in the order written (a before/after report).
 *
 * @example
 * ```ts
 * knownObservations("presupuesto", observations, "2024-10-01").at(-1)?.value; //=> 5000000
 * ```
 */
export function knownObservations(
  indicatorId: string,
  observations: readonly Observation[],
  asOf: string,
): Observation[] {
  const mine = observations.filter((o) => o.indicatorId === indicatorId && o.disaggregation === undefined);
  const dated = mine
    .filter((o) => o.date !== undefined && (o.recordedAt ?? periodEnd(o.date)) <= asOf)
    .sort((a, b) => periodEnd(a.date as string).localeCompare(periodEnd(b.date as string)));
  const undated = mine.filter((o) => o.date === undefined && (o.recordedAt ?? "") <= asOf);
  return [...dated, ...undated];
}

/**
 * Change from the baseline in percent, one decimal: `(latest − baseline) ÷ |baseline| × 100`.
 * A baseline of 0 gives `null` with the reason.
 *
 * @example
 * ```ts
 * changePct(263, 1200); //=> { value: 356.3 }
 * changePct(0, 5); //=> { value: null, gap: "zero-baseline" }
 * ```
 */
export function changePct(baseline: number, latest: number): { value: number | null; gap?: IndicatorGap } {
  if (baseline === 0) return { value: null, gap: "zero-baseline" };
  return { value: round1(((latest - baseline) / Math.abs(baseline)) * 100) };
}

function improved(ind: Indicator, baseline: number, latest: number): boolean | null {
  if (ind.direction === "increase") return latest > baseline;
  if (ind.direction === "decrease") return latest < baseline;
  const t = ind.thresholds;
  if (t?.min === undefined && t?.max === undefined) return null;
  return (t.min === undefined || latest >= t.min) && (t.max === undefined || latest <= t.max);
}

function lightFor(
  ind: Indicator,
  latest: number | null,
  rawProgress: number | null,
  expected: number | null,
  tolerance: number,
): Light {
  const t = ind.thresholds;
  if (t && latest !== null) {
    if (ind.direction === "band" || (t.min !== undefined && t.max !== undefined && t.green === undefined)) {
      const inside = (t.min === undefined || latest >= t.min) && (t.max === undefined || latest <= t.max);
      return inside ? "green" : "red";
    }
    const x = t.basis === "progress" ? rawProgress : latest;
    if (x === null || t.green === undefined) return "none";
    const atLeast = t.basis === "progress" || ind.direction !== "decrease";
    const reaches = (limit: number) => (atLeast ? x >= limit : x <= limit);
    if (reaches(t.green)) return "green";
    if (t.yellow !== undefined && reaches(t.yellow)) return "yellow";
    return "red";
  }
  if (rawProgress === null || expected === null) return "none";
  if (rawProgress >= expected - tolerance) return "green";
  if (rawProgress >= expected - 2 * tolerance) return "yellow";
  return "red";
}

/**
 * Where an indicator stands on `asOf`: latest value, change %, progress to target, expected progress by
 * now (time elapsed from baseline date to target date), on track, traffic light and staleness.
 *
 * Rules: `onTrack` = progress ≥ expected − tolerance (default 10 points); without thresholds the light is
 * green when on track, yellow within twice the tolerance, red otherwise; `stale` when the period after the
 * latest value (or the baseline) has ended with no value, by `periodicity` (`eventual` is never stale).
 *
 * @example
 * ```ts
 * const s = indicatorStatus(doc.indicators[0], doc.observations, "2024-10-01");
 * s.changePct; //=> 1500
 * ```
 */
export function indicatorStatus(
  ind: Indicator,
  observations: readonly Observation[],
  asOf: string,
): IndicatorStatus {
  const known = knownObservations(ind.id, observations, asOf);
  const last = known[known.length - 1];
  const latest = last ? { value: last.value, ...(last.date === undefined ? {} : { date: last.date }) } : null;
  const base = ind.baseline.value;
  const tolerance = ind.tolerance ?? DEFAULT_TOLERANCE;

  let change: { value: number | null; gap?: IndicatorGap } = { value: null, gap: "no-observation" };
  if (latest) change = changePct(base, latest.value);

  let rawProgress: number | null = null;
  let progressGap: IndicatorGap | undefined;
  if (!ind.target) progressGap = "no-target";
  else if (ind.target.value === base) progressGap = "target-equals-baseline";
  else if (!latest) progressGap = "no-observation";
  else rawProgress = round1(((latest.value - base) / (ind.target.value - base)) * 100);

  let expectedPct: number | null = null;
  if (ind.baseline.date !== undefined && ind.target?.date !== undefined) {
    const from = periodEnd(ind.baseline.date);
    const span = daysBetween(from, periodEnd(ind.target.date));
    expectedPct =
      span <= 0 ? 100 : round1(Math.min(100, Math.max(0, (daysBetween(from, asOf) / span) * 100)));
  }
  const onTrack =
    rawProgress === null || expectedPct === null ? null : rawProgress >= expectedPct - tolerance;

  const duration = parseRepeatDuration(ind.periodicity);
  let nextDue: string | null = null;
  const anchor = latest ? latest.date : ind.baseline.date;
  if (duration && anchor !== undefined) {
    const nextStart = addDuration(periodStart(anchor), duration);
    nextDue = addDays(addDuration(nextStart, duration), -1);
  }

  return {
    indicatorId: ind.id,
    direction: ind.direction,
    baseline: { ...ind.baseline },
    target: ind.target ? { ...ind.target } : null,
    latest,
    changePct: change.value,
    ...(change.gap ? { changeGap: change.gap } : {}),
    improved: latest ? improved(ind, base, latest.value) : null,
    progressPct: rawProgress === null ? null : Math.min(100, Math.max(0, rawProgress)),
    rawProgressPct: rawProgress,
    ...(progressGap ? { progressGap } : {}),
    expectedPct,
    onTrack,
    light: lightFor(ind, latest?.value ?? null, rawProgress, expectedPct, tolerance),
    stale: nextDue !== null && nextDue < asOf,
    nextDue,
  };
}
