import type { StrategyDocument } from "../model/document";
import { daysBetween, staleness } from "../time/dates";
import { round1 } from "./progress";

/** DCAT-AR required dataset fields the inventory can hold. */
export const DCAT_AR_REQUIRED = [
  "title",
  "description",
  "publisher",
  "superTheme",
  "issued",
  "accrualPeriodicity",
  "distribution",
] as const;
/** DCAT-AR recommended dataset fields the inventory can hold. */
export const DCAT_AR_RECOMMENDED = [
  "contactPoint",
  "theme",
  "modified",
  "keyword",
  "temporal",
  "license",
] as const;

/** Inventory indicators on a day. */
export interface InventoryStatus {
  /** Org units with at least one entry ÷ org units × 100 (What Works Cities asks for > 80 %). */
  coveragePct: number | null;
  /** Entries (not planned nor retired) updated within their `accrualPeriodicity` as of the day (`eventual` counts as up to date). */
  updatedPct: number | null;
  /** Mean share of DCAT-AR required fields filled. */
  requiredPct: number | null;
  /** Mean share of DCAT-AR recommended fields filled. */
  recommendedPct: number | null;
  byState: Record<"existing" | "planned" | "published" | "retired", number>;
}

function filled(v: unknown): boolean {
  return v !== undefined && v !== null && v !== "" && !(Array.isArray(v) && v.length === 0);
}

/**
 * Coverage, freshness and DCAT-AR metadata completeness of the data inventory as of a day: of a strategy
 * document, or of an inventory file (both hold `datasets` and `orgUnits`).
 *
 * @example
 * ```ts
 * inventoryStatus(doc, "2024-10-01").coveragePct;
 * ```
 */
export function inventoryStatus(
  doc: Pick<StrategyDocument, "datasets" | "orgUnits">,
  asOf: string,
): InventoryStatus {
  const ds = doc.datasets;
  const units = new Set(ds.map((d) => d.orgUnitId));
  const live = ds.filter((d) => d.state === "existing" || d.state === "published");
  const updated = live.filter((d) => {
    const { due, stale } = staleness(d.accrualPeriodicity, d.modified, asOf);
    // Updated on a day after the one asked about: not known as up to date then.
    return due === null || !d.modified ? !stale : !stale && daysBetween(d.modified, asOf) >= 0;
  });
  const share = (fields: readonly string[]) =>
    ds.length
      ? round1(
          (ds.reduce(
            (s, d) =>
              s + fields.filter((f) => filled((d as Record<string, unknown>)[f])).length / fields.length,
            0,
          ) /
            ds.length) *
            100,
        )
      : null;
  const byState = { existing: 0, planned: 0, published: 0, retired: 0 };
  for (const d of ds) byState[d.state]++;
  return {
    coveragePct: doc.orgUnits.length
      ? round1((doc.orgUnits.filter((u) => units.has(u.id)).length / doc.orgUnits.length) * 100)
      : null,
    updatedPct: live.length ? round1((updated.length / live.length) * 100) : null,
    requiredPct: share(DCAT_AR_REQUIRED),
    recommendedPct: share(DCAT_AR_RECOMMENDED),
    byState,
  };
}
