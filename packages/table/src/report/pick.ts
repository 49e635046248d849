import type { TableError } from "./error";
import { createReport, type Report, type ReportTask } from "./report";
import type { FindingGroup, FindingTotals, TypeTotals } from "./totals";

/**
 * Which findings a report shows, as frictionless-py's `pick_errors` / `skip_errors`: error types
 * (`"blank-row"`) or tags (`"#row"`).
 */
export interface ErrorSelection {
  /** Only findings of these types or tags; absent: every finding. */
  readonly pick?: readonly string[] | undefined;
  /** Not the findings of these types or tags (applied after `pick`). */
  readonly skip?: readonly string[] | undefined;
}

/** What a selection reads of a finding: its type, its tags and its params (constraint, dimension). */
export type FindingKey = Pick<TableError, "type" | "tags" | "params">;

/**
 * Whether a finding of a type with these tags is in a selection: picked (or no `pick`) and not skipped.
 *
 * @example
 * ```ts
 * isSelected({ pick: ["#row"] }, "blank-row", ["#table", "#row"]); //=> true
 * isSelected({ skip: ["blank-row"] }, "blank-row", ["#table", "#row"]); //=> false
 * ```
 */
export function isSelected(selection: ErrorSelection, type: string, tags: readonly string[]): boolean {
  const hit = (list: readonly string[]) => list.includes(type) || tags.some((t) => list.includes(t));
  if (selection.pick && !hit(selection.pick)) return false;
  return !(selection.skip && hit(selection.skip));
}

const groupKey = (g: FindingGroup): FindingKey => ({
  type: g.type,
  tags: g.tags ?? [],
  params: {
    ...(g.constraint === null ? {} : { constraint: g.constraint }),
    ...(g.dimension === null ? {} : { dimension: g.dimension }),
  },
});

/** Sums the totals of some groups of one type (distinct rows and cells summed: at most the type's). */
function sumGroups(groups: readonly FindingGroup[], whole: TypeTotals): TypeTotals {
  const sum: TypeTotals = {
    findings: 0,
    errors: 0,
    warnings: 0,
    listed: 0,
    rows: 0,
    cells: 0,
    wholeRows: 0,
    withoutRowErrors: 0,
    withoutRowWarnings: 0,
  };
  type Count = Exclude<keyof TypeTotals, "runsPastCap">;
  for (const g of groups) for (const k of Object.keys(sum) as Count[]) sum[k] += g[k];
  sum.rows = Math.min(sum.rows, whole.rows);
  sum.cells = Math.min(sum.cells, whole.cells);
  sum.wholeRows = Math.min(sum.wholeRows, whole.wholeRows);
  return sum;
}

function selectTotals(totals: FindingTotals, keep: (finding: FindingKey) => boolean): FindingTotals {
  const groups = totals.groups.filter((g) => keep(groupKey(g)));
  const hidden: Record<string, number> = { ...totals.hidden };
  for (const g of totals.groups) if (!groups.includes(g)) hidden[g.type] = (hidden[g.type] ?? 0) + g.findings;
  const byType: Record<string, TypeTotals> = {};
  for (const [type, whole] of Object.entries(totals.byType)) {
    const kept = groups.filter((g) => g.type === type);
    if (kept.length === 0) continue;
    const all = totals.groups.filter((g) => g.type === type).length;
    byType[type] = kept.length === all ? whole : sumGroups(kept, whole);
  }
  const byField: Record<string, Record<string, number>> = {};
  for (const [field, types] of Object.entries(totals.byField)) {
    const shown = Object.entries(types).filter(([type]) => type in byType);
    if (shown.length) byField[field] = Object.fromEntries(shown);
  }
  const out: FindingTotals = {
    ...totals,
    findings: groups.reduce((n, g) => n + g.findings, 0),
    listed: groups.reduce((n, g) => n + g.listed, 0),
    byType,
    byField,
    groups,
  };
  if (Object.keys(hidden).length) out.hidden = hidden;
  return out;
}

function selectTask(task: ReportTask, keep: (finding: FindingKey) => boolean): ReportTask {
  const errors = task.errors.filter(keep);
  let totals: FindingTotals | undefined;
  let errorCount: number;
  let warningCount: number;
  if (task.totals) {
    totals = selectTotals(task.totals, keep);
    errorCount = totals.groups.reduce((n, g) => n + g.errors, 0);
    warningCount = totals.groups.reduce((n, g) => n + g.warnings, 0);
  } else {
    errorCount = errors.filter((e) => e.severity === "error").length;
    warningCount = errors.length - errorCount;
  }
  const stats = { ...task.stats, errors: errorCount, warnings: warningCount };
  const view: ReportTask = { ...task, valid: errorCount === 0, stats, errors };
  if (totals) view.totals = totals;
  else delete view.totals;
  return view;
}

/**
 * A view of a report that shows only some findings (see {@link ErrorSelection} and {@link isSelected};
 * `keep` may add tags of its own, such as a quality dimension): the lists, counts, totals and validity
 * of each table are those of the findings kept, and `totals.hidden` counts, per type, the findings left
 * out. The report itself is not changed; scores are computed from it (all the data), not from the view.
 *
 * @example
 * ```ts
 * const view = selectFindings(report, (f) => isSelected({ skip: ["blank-row"] }, f.type, f.tags));
 * view.tasks[0]?.totals?.hidden; //=> { "blank-row": 2577 }
 * view.valid; //=> true when the only errors were blank rows
 * ```
 */
export function selectFindings(report: Report, keep: (finding: FindingKey) => boolean): Report {
  const view = createReport(
    report.tasks.map((t) => selectTask(t, keep)),
    report.errors.filter(keep),
    report.warnings,
  );
  return { ...view, stats: { ...view.stats, seconds: report.stats.seconds } };
}
