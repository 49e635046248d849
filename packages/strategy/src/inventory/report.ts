import { type InventoryStatus, inventoryStatus } from "../compute/inventory";
import type { DatasetEntry, DatasetReview, InventoryFile } from "../model/inventory";
import { daysBetween, staleness } from "../time/dates";

/** The format id of an inventory report's JSON. */
export const INVENTORY_REPORT_FORMAT = "ciudata-inventory-report";

/** One area in an inventory report. */
export interface AreaCoverage {
  id: string;
  /** The area's name in Spanish (the file's own words). */
  name: string;
  /** Datasets the area has inventoried (every state). */
  datasets: number;
  /** Datasets to review (existing or published) with at least one review on or before the day. */
  reviewed: number;
  /** Reviewed datasets whose latest review did not fail (outcome `pass` or `warn`). */
  passed: number;
  /** Datasets to review (existing or published). */
  toReview: number;
  inventoried: boolean;
  /** Has datasets to review (existing or published), every one reviewed and not failing. */
  passedProtocol: boolean;
}

/** A dataset not updated within its periodicity as of the day. */
export interface StaleDataset {
  id: string;
  title: string;
  orgUnitId: string;
  periodicity: string;
  /** The last update the inventory records (`modified`), `null` when none. */
  modified: string | null;
  /** The day the next update was due (`null` when no update is recorded). */
  due: string | null;
  /** Days since it was due (`null` when no update is recorded). */
  daysOverdue: number | null;
}

/** One review as the trend shows it. */
export interface TrendPoint {
  date: string;
  overall: number | null;
  outcome: string;
  dimensions: Record<string, number | null>;
  sha256: string;
}

/** The scores of one dataset over its reviews. */
export interface DatasetTrend {
  id: string;
  title: string;
  reviews: TrendPoint[];
  /** Last overall score minus the one before (`null` with fewer than two scored reviews). */
  change: number | null;
  /** True when the bytes reviewed changed between the last two reviews. */
  sourceChanged: boolean | null;
}

/** The inventory's standing on a day, as plain JSON-ready data. */
export interface InventoryReport {
  format: typeof INVENTORY_REPORT_FORMAT;
  version: 1;
  asOf: string;
  city: string | null;
  datasets: number;
  status: InventoryStatus;
  coverage: { areas: number; inventoried: number; passedProtocol: number };
  areas: AreaCoverage[];
  stale: StaleDataset[];
  /** Datasets marked personal with no review (privacy scan) on or before the day. */
  personalWithoutPrivacyReview: { id: string; title: string; orgUnitId: string }[];
  trends: DatasetTrend[];
}

const toReview = (d: DatasetEntry) => d.state === "existing" || d.state === "published";
const passedReview = (r: DatasetReview | undefined) => r !== undefined && r.quality.outcome !== "fail";

/**
 * The reviews of a dataset made on or before a day, oldest first.
 *
 * @example
 * ```ts
 * reviewsAsOf(dataset, "2026-03-31").at(-1)?.quality.overall;
 * ```
 */
export function reviewsAsOf(d: DatasetEntry, asOf: string): DatasetReview[] {
  return d.reviews.filter((r) => r.date <= asOf);
}

/**
 * Everything the inventory report shows as of a day, from all the datasets: coverage by area (which
 * inventoried, which passed the quality protocol), datasets stale against their periodicity, personal data
 * without a privacy review, and each dataset's scores review after review. Reviews dated after the day are
 * left out; no clock is read.
 *
 * @example
 * ```ts
 * const r = inventoryReport(inventory, "2026-06-30");
 * r.coverage; //=> { areas: 4, inventoried: 3, passedProtocol: 2 }
 * ```
 */
export function inventoryReport(inv: InventoryFile, asOf: string): InventoryReport {
  const areas: AreaCoverage[] = inv.orgUnits.map((u) => {
    const mine = inv.datasets.filter((d) => d.orgUnitId === u.id);
    const live = mine.filter(toReview);
    const latest = live.map((d) => reviewsAsOf(d, asOf).at(-1));
    const reviewed = latest.filter((r) => r !== undefined).length;
    const passed = latest.filter(passedReview).length;
    return {
      id: u.id,
      name: u.name.es,
      datasets: mine.length,
      reviewed,
      passed,
      toReview: live.length,
      inventoried: mine.length > 0,
      passedProtocol: live.length > 0 && passed === live.length,
    };
  });
  const stale: StaleDataset[] = [];
  for (const d of inv.datasets.filter(toReview)) {
    const { due, stale: late } = staleness(d.accrualPeriodicity, d.modified, asOf);
    if (!late || !d.accrualPeriodicity) continue;
    stale.push({
      id: d.id,
      title: d.title,
      orgUnitId: d.orgUnitId,
      periodicity: d.accrualPeriodicity,
      modified: d.modified ?? null,
      due,
      daysOverdue: due === null ? null : daysBetween(due, asOf),
    });
  }
  const trends = inv.datasets.map((d): DatasetTrend => {
    const reviews = reviewsAsOf(d, asOf).map((r) => ({
      date: r.date,
      overall: r.quality.overall,
      outcome: r.quality.outcome,
      dimensions: { ...r.quality.dimensions },
      sha256: r.sha256,
    }));
    const scored = reviews.filter((r) => r.overall !== null);
    const [before, last] = [scored.at(-2), scored.at(-1)];
    const [prev, now] = [reviews.at(-2), reviews.at(-1)];
    return {
      id: d.id,
      title: d.title,
      reviews,
      change:
        before && last ? Math.round(((last.overall as number) - (before.overall as number)) * 10) / 10 : null,
      sourceChanged: prev && now ? prev.sha256 !== now.sha256 : null,
    };
  });
  return {
    format: INVENTORY_REPORT_FORMAT,
    version: 1,
    asOf,
    city: inv.city?.name ?? null,
    datasets: inv.datasets.length,
    status: inventoryStatus(inv, asOf),
    coverage: {
      areas: areas.length,
      inventoried: areas.filter((a) => a.inventoried).length,
      passedProtocol: areas.filter((a) => a.passedProtocol).length,
    },
    areas,
    stale,
    personalWithoutPrivacyReview: inv.datasets
      .filter((d) => d.personalData && d.state !== "retired" && reviewsAsOf(d, asOf).length === 0)
      .map((d) => ({ id: d.id, title: d.title, orgUnitId: d.orgUnitId })),
    trends,
  };
}
