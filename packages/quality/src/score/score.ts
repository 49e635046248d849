import type { FindingGroup, Footprint, Report, ReportTask, TableError } from "@ciudata/table";
import {
  DIMENSIONS,
  type Dimension,
  type DimensionOfOptions,
  dimensionOf,
  isDimension,
  type Localized,
  UNSCORED_PREFIXES,
} from "../dimensions";
import {
  computationText,
  DEFAULT_PENALTIES,
  DIMENSION_UNITS,
  FORMULA_VERSION,
  formulaText,
  notCheckedReason,
  OVERALL_FORMULA,
  type Penalties,
  type ScoreUnit,
  unreadableReason,
} from "./formulas";
import type { ThresholdLevel, Thresholds } from "./thresholds";

/** The status of one dimension: `skipped` when nothing of it was checked. */
export type DimensionStatus = "pass" | "warn" | "fail" | "skipped";

/** The outcome of the whole review. */
export type Outcome = "pass" | "warn" | "fail";

/** How one threshold (or the default rule) judged the findings. */
export interface ThresholdResult {
  /** The error type or dimension the threshold is keyed by. */
  key: string;
  /** `type` or `dimension` thresholds given by the caller; `default`: any error fails, any warning warns. */
  source: "type" | "dimension" | "default";
  /** The failing fraction measured (rows with the type ÷ rows; 1 − score ÷ 100 for a dimension). */
  rate: number;
  tolerance: number;
  level: ThresholdLevel;
  /** `pass`, or the level when exceeded. */
  status: "pass" | ThresholdLevel;
}

/** The score of one dimension, with its formula and the numbers behind it. */
export interface DimensionScore {
  dimension: Dimension;
  /** 0–100, one decimal; `null` when nothing of this dimension was checked (see `reason`). */
  score: number | null;
  status: DimensionStatus;
  unit: ScoreUnit;
  /** Units (cells or rows) checked; findings for table-level dimensions. */
  checked: number;
  /** Units with at least one finding. */
  affected: number;
  /** Findings (errors + warnings) of this dimension. */
  findings: number;
  errors: number;
  warnings: number;
  /** Findings without a row (header, file or table), which cost `penalty` points in total. */
  tableFindings: number;
  penalty: number;
  /** Findings per error type. */
  types: Record<string, number>;
  thresholds: ThresholdResult[];
  /** The formula in words, in each language. */
  formula: Localized;
  /** The formula with this report's numbers. */
  computation: Localized;
  /** Why there is no score (or why it is 0 without rows); `null` otherwise. */
  reason: Localized | null;
}

/** Scores of a report by dimension, with the outcome under the thresholds. */
export interface QualityScores {
  formulaVersion: string;
  outcome: Outcome;
  /** Mean of the dimensions with a score; `null` when none has one. */
  overall: number | null;
  overallFormula: Localized;
  /** Data rows and cells read, over every table of the report. */
  rows: number;
  cells: number;
  dimensions: Record<Dimension, DimensionScore>;
  /** The thresholds applied. */
  thresholds: Thresholds;
}

/** Options of {@link scoreReport}. */
export interface ScoreOptions extends DimensionOfOptions {
  /** Tolerances per error type or dimension (see `ThresholdsSchema`). */
  thresholds?: Thresholds;
  /**
   * Names of the checks that ran (e.g. `["duplicate-row", "quality/stale-data"]`): a dimension with a
   * check that ran but found nothing scores 100 instead of `null`. Names recorded by the runner in a
   * task's `detected.checks` are read too.
   */
  checks?: readonly string[];
  /** Dimensions to treat as checked whatever the report says. */
  checked?: readonly Dimension[];
  /** Points per finding without a row (`structural`) and per finding of timeliness and bias (`table`). */
  penalties?: { structural?: Partial<Penalties>; table?: Partial<Penalties> };
}

interface Finding {
  error: TableError;
  task: number;
  dimension: Dimension;
}

/** Findings of a task counted but not all listed (the list was capped): read from `task.totals`. */
interface Counted {
  group: FindingGroup;
  task: number;
  dimension: Dimension;
}

/** Where a capped task's findings of one dimension are, when the run counted them by dimension. */
interface Placed {
  footprint: Footprint;
  task: number;
}

/** Whether a task's list holds every finding it counted. */
const complete = (task: ReportTask) => !task.totals || task.totals.listed >= task.totals.findings;

/**
 * The dimension of a group of counted findings: what {@link dimensionOf} says of any finding in it.
 * @internal
 */
export function groupDimension(group: FindingGroup, options: DimensionOfOptions = {}): Dimension {
  const params: Record<string, string> = {};
  if (group.constraint !== null) params.constraint = group.constraint;
  if (group.dimension !== null) params.dimension = group.dimension;
  return dimensionOf({ type: group.type, params } as unknown as TableError, options);
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const round4 = (n: number) => Math.round(n * 10000) / 10000;
const clamp = (n: number) => Math.min(100, Math.max(0, n));
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/** Which dimensions the declared schema checks on every row. */
function schemaChecks(schema: unknown): Set<Dimension> {
  const out = new Set<Dimension>();
  if (!isObject(schema)) return out;
  const nonEmpty = (v: unknown) => (Array.isArray(v) ? v.length > 0 : typeof v === "string" && v !== "");
  if (nonEmpty(schema.primaryKey) || nonEmpty(schema.uniqueKeys)) out.add("uniqueness");
  if (nonEmpty(schema.foreignKeys)) out.add("consistency");
  const fields = Array.isArray(schema.fields) ? schema.fields : [];
  for (const field of fields) {
    if (!isObject(field)) continue;
    if (nonEmpty(field.categories)) out.add("accuracy");
    const c = field.constraints;
    if (!isObject(c)) continue;
    if (c.unique === true) out.add("uniqueness");
    if (c.required === true) out.add("completeness");
    for (const k of ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "enum"])
      if (c[k] !== undefined) out.add("accuracy");
  }
  return out;
}

/**
 * Scores a report by quality dimension (0–100, formulas written in the result in es/en/pt) and judges it
 * against thresholds.
 *
 * - validity, completeness, accuracy: `100 × (1 − cells with findings ÷ cells checked) − penalties`; a finding
 *   on a whole row counts all its cells; findings without a row (header, file) cost 5 points per error and 2 per
 *   warning.
 * - uniqueness, consistency: the same by rows (duplicated rows/keys, rows breaking a rule ÷ rows).
 * - timeliness, bias, privacy (table-level findings): `100 − 20 per error − 10 per warning`.
 * - a dimension with nothing checked is `null` with a `reason`, never 100.
 *
 * Every finding counts, listed or not: a table whose list of errors was capped (`limitErrors`) is scored
 * from its `totals`, so scores do not depend on the cap.
 *
 * Status per dimension: each threshold keyed by an error type (rate = rows with the type ÷ rows; 1 for findings
 * without a row) or by the dimension (rate = 1 − score ÷ 100) passes when `rate ≤ tolerance`, else gives its
 * level; findings with no threshold follow the default rule (any error fails, any warning warns). The outcome is
 * the worst status.
 *
 * @example
 * ```ts
 * const report = await validateTable("id,edad\n1,30\n2,x\n", { schema: { fields: [{ name: "id", type: "integer" }, { name: "edad", type: "integer" }] } });
 * const scores = scoreReport(report, { thresholds: { "type-error": { tolerance: 0.5, level: "fail" } } });
 * scores.dimensions.validity.score; //=> 75 (1 of 4 cells)
 * scores.dimensions.timeliness.score; //=> null (no check ran)
 * scores.outcome; //=> "pass" (1 row of 2 has a type error, within the 50% tolerance)
 * ```
 */
export function scoreReport(report: Report, options: ScoreOptions = {}): QualityScores {
  const thresholds = options.thresholds ?? {};
  const structural = { ...DEFAULT_PENALTIES.structural, ...options.penalties?.structural };
  const table = { ...DEFAULT_PENALTIES.table, ...options.penalties?.table };
  const mapOptions: DimensionOfOptions = {
    ...(options.fallback ? { fallback: options.fallback } : {}),
    ...(options.mapping ? { mapping: options.mapping } : {}),
  };

  // Shape of every table and which dimensions were checked.
  const shapes = report.tasks.map((t) => ({
    rows: Math.max(0, t.stats.rows),
    fields: Math.max(0, t.stats.fields || t.labels.length),
  }));
  const rows = shapes.reduce((s, t) => s + t.rows, 0);
  const cells = shapes.reduce((s, t) => s + t.rows * t.fields, 0);
  const checkedDims = new Set<Dimension>(options.checked ?? []);
  const checkNames = [...(options.checks ?? [])];
  for (const task of report.tasks) {
    for (const d of schemaChecks(task.detected.schema)) checkedDims.add(d);
    const ran = task.detected.checks;
    if (Array.isArray(ran)) for (const name of ran) if (typeof name === "string") checkNames.push(name);
  }
  for (const name of checkNames) checkedDims.add(dimensionOf(name, mapOptions));
  if (cells > 0) {
    checkedDims.add("validity");
    checkedDims.add("completeness");
  }

  // Every finding counts, listed or not: a task whose list was capped is read from its totals.
  const findings: Finding[] = [];
  const counted: Counted[] = [];
  // The places counted by dimension at read time hold for the default mapping only.
  const defaultMapping = !options.fallback && !options.mapping;
  const placed = new Map<Dimension, Placed[]>();
  const isScored = (type: string) => !UNSCORED_PREFIXES.some((p) => type.startsWith(p));
  for (const error of report.errors)
    if (isScored(error.type)) findings.push({ error, task: -1, dimension: dimensionOf(error, mapOptions) });
  report.tasks.forEach((t, task) => {
    if (complete(t)) {
      for (const error of t.errors)
        if (isScored(error.type)) findings.push({ error, task, dimension: dimensionOf(error, mapOptions) });
      return;
    }
    for (const group of t.totals?.groups ?? [])
      if (isScored(group.type)) counted.push({ group, task, dimension: groupDimension(group, mapOptions) });
    const byKey = defaultMapping ? t.totals?.byKey : undefined;
    if (byKey)
      for (const [key, footprint] of Object.entries(byKey))
        if (isDimension(key)) placed.set(key, [...(placed.get(key) ?? []), { footprint, task }]);
  });

  const dimensions = {} as Record<Dimension, DimensionScore>;
  for (const dimension of DIMENSIONS) {
    const own = findings.filter((f) => f.dimension === dimension);
    const ownCounted = counted.filter((c) => c.dimension === dimension);
    const unit = DIMENSION_UNITS[dimension];
    const penalties = unit === "findings" ? table : structural;
    const sum = (key: "findings" | "errors" | "withoutRowErrors" | "withoutRowWarnings") =>
      ownCounted.reduce((n, c) => n + c.group[key], 0);
    const total = own.length + sum("findings");
    const errors = own.filter((f) => f.error.severity === "error").length + sum("errors");
    const warnings = total - errors;
    const types: Record<string, number> = {};
    for (const f of own) types[f.error.type] = (types[f.error.type] ?? 0) + 1;
    for (const c of ownCounted) types[c.group.type] = (types[c.group.type] ?? 0) + c.group.findings;

    let checked: number;
    let affected: number;
    let tableErrors: number;
    let tableWarnings: number;
    if (unit === "findings") {
      checked = total;
      affected = total;
      tableErrors = errors;
      tableWarnings = warnings;
    } else {
      const withoutRow = own.filter((f) => f.error.rowNumber === null || f.task < 0);
      const listedErrors = withoutRow.filter((f) => f.error.severity === "error").length;
      tableErrors = listedErrors + sum("withoutRowErrors");
      tableWarnings = withoutRow.length - listedErrors + sum("withoutRowWarnings");
      checked = unit === "cells" ? cells : rows;
      affected = Math.min(
        checked,
        countAffected(own, shapes, unit) +
          countedAffected(ownCounted, placed.get(dimension), shapes, unit) +
          (unit === "cells" ? missingInCapped(report, dimension, mapOptions) : 0),
      );
    }
    const penalty = tableErrors * penalties.error + tableWarnings * penalties.warning;

    let score: number | null = null;
    let reason: Localized | null = null;
    const isChecked = checkedDims.has(dimension) || total > 0;
    if (!isChecked) reason = notCheckedReason(dimension, cells === 0 && unit !== "findings");
    else if (unit === "findings") score = round1(clamp(100 - penalty));
    else if (checked > 0) score = round1(clamp(100 * (1 - affected / checked) - penalty));
    else if (errors > 0) {
      score = 0;
      reason = unreadableReason(Object.keys(types));
    } else reason = notCheckedReason(dimension, true);

    const judged = judge(dimension, own, ownCounted, score, thresholds, rows);
    const status: DimensionStatus =
      score === null && total === 0 ? "skipped" : worst(judged.map((j) => j.status));
    dimensions[dimension] = {
      dimension,
      score,
      status,
      unit,
      checked,
      affected,
      findings: total,
      errors,
      warnings,
      tableFindings: tableErrors + tableWarnings,
      penalty,
      types,
      thresholds: judged,
      formula: formulaText(dimension, unit, penalties),
      computation: computationText(
        unit,
        { affected, checked, errors: tableErrors, warnings: tableWarnings, score },
        penalties,
      ),
      reason,
    };
  }

  const scored = DIMENSIONS.map((d) => dimensions[d].score).filter((s): s is number => s !== null);
  const overall = scored.length ? round1(scored.reduce((a, b) => a + b, 0) / scored.length) : null;
  const outcome = worst(DIMENSIONS.map((d) => dimensions[d].status));
  return {
    formulaVersion: FORMULA_VERSION,
    outcome,
    overall,
    overallFormula: OVERALL_FORMULA,
    rows,
    cells,
    dimensions,
    thresholds,
  };
}

/** The finding that counts a column's cells without a value (one per column, the count in `params.cells`). */
const MISSING_VALUE = "quality/missing-value";

/**
 * Cells without a value in the tasks whose list was capped, from their (always listed) column counts:
 * the counted places hold the required-constraint errors, so a required column's count is not added again.
 */
function missingInCapped(report: Report, dimension: Dimension, mapOptions: DimensionOfOptions): number {
  let total = 0;
  for (const t of report.tasks) {
    if (complete(t)) continue;
    for (const error of t.errors) {
      if (error.type !== MISSING_VALUE || error.params.required === true) continue;
      if (dimensionOf(error, mapOptions) !== dimension) continue;
      const cells = error.params.cells;
      if (typeof cells === "number" && Number.isFinite(cells) && cells >= 0)
        total += Math.min(cells, t.stats.rows);
    }
  }
  return total;
}

/** How many cells a column-wide count finding stands for; `null` for a finding located at one cell or row. */
function countedCells(f: Finding): number | null {
  if (f.error.type !== MISSING_VALUE || f.error.fieldNumber === null) return null;
  const cells = f.error.params.cells;
  return typeof cells === "number" && Number.isFinite(cells) && cells >= 0 ? cells : null;
}

/**
 * Distinct cells (or rows) with findings; a row finding marks every cell of its row. A column's count of
 * cells without a value (`quality/missing-value`, empty or space-only) adds every one of them, and the
 * `required` constraint errors of that column are among those cells, so they are not counted again.
 */
function countAffected(
  own: readonly Finding[],
  shapes: readonly { rows: number; fields: number }[],
  unit: "cells" | "rows",
): number {
  let total = 0;
  shapes.forEach((shape, task) => {
    const fullRows = new Set<number>();
    const cellsByRow = new Map<number, Set<number>>();
    const countedColumns = new Set<number>();
    if (unit === "cells")
      for (const f of own) {
        const cells = f.task === task ? countedCells(f) : null;
        if (cells === null || f.error.fieldNumber === null) continue;
        countedColumns.add(f.error.fieldNumber);
        total += Math.min(cells, shape.rows);
      }
    for (const f of own) {
      if (f.task !== task || f.error.rowNumber === null) continue;
      if (unit === "cells" && countedCells(f) !== null) continue;
      if (
        unit === "cells" &&
        f.error.fieldNumber !== null &&
        countedColumns.has(f.error.fieldNumber) &&
        f.error.type === "constraint-error" &&
        f.error.params.constraint === "required"
      )
        continue;
      const row = f.error.rowNumber;
      if (unit === "rows" || f.error.fieldNumber === null) fullRows.add(row);
      else {
        const set = cellsByRow.get(row);
        if (set) set.add(f.error.fieldNumber);
        else cellsByRow.set(row, new Set([f.error.fieldNumber]));
      }
    }
    if (unit === "rows") {
      total += fullRows.size;
      return;
    }
    total += fullRows.size * shape.fields;
    for (const [row, set] of cellsByRow) if (!fullRows.has(row)) total += Math.min(set.size, shape.fields);
  });
  return total;
}

/**
 * Cells (or rows) with findings among counted groups. A task counted by dimension gives its distinct
 * places (whole rows count every cell); otherwise each group gives its distinct cells plus its whole
 * rows, and two types on the same cell count once each (the list is not there to tell).
 */
function countedAffected(
  own: readonly Counted[],
  placed: readonly Placed[] | undefined,
  shapes: readonly { rows: number; fields: number }[],
  unit: "cells" | "rows",
): number {
  let total = 0;
  const done = new Set<number>();
  for (const { footprint, task } of placed ?? []) {
    done.add(task);
    if (unit === "rows") total += footprint.rows;
    else total += footprint.cells + footprint.wholeRows * (shapes[task]?.fields ?? 0);
  }
  for (const { group, task } of own) {
    if (done.has(task)) continue;
    if (unit === "rows") total += group.rows;
    else total += group.cells + group.wholeRows * (shapes[task]?.fields ?? 0);
  }
  return total;
}

/** Applies the thresholds of the dimension and of its types, and the default rule to the rest. */
function judge(
  dimension: Dimension,
  own: readonly Finding[],
  counted: readonly Counted[],
  score: number | null,
  thresholds: Thresholds,
  rows: number,
): ThresholdResult[] {
  const out: ThresholdResult[] = [];
  const evaluate = (
    key: string,
    source: ThresholdResult["source"],
    rate: number,
    t: { tolerance: number; level: ThresholdLevel },
  ) => {
    out.push({
      key,
      source,
      rate,
      tolerance: t.tolerance,
      level: t.level,
      status: rate <= t.tolerance ? "pass" : t.level,
    });
  };
  const byType = new Map<string, { listed: Finding[]; counted: Counted[] }>();
  const entry = (type: string) => {
    let e = byType.get(type);
    if (!e) {
      e = { listed: [], counted: [] };
      byType.set(type, e);
    }
    return e;
  };
  for (const f of own) entry(f.error.type).listed.push(f);
  for (const c of counted) entry(c.group.type).counted.push(c);
  const dimensionThreshold = thresholds[dimension];
  for (const [type, { listed, counted: more }] of byType) {
    const t = thresholds[type];
    const rate = typeRate(listed, more, rows);
    if (t) {
      evaluate(type, "type", rate, t);
    } else if (!dimensionThreshold) {
      // Default rule: no tolerance; an error fails, a warning warns.
      const isError =
        listed.some((f) => f.error.severity === "error") || more.some((c) => c.group.errors > 0);
      evaluate(type, "default", rate, { tolerance: 0, level: isError ? "fail" : "warn" });
    }
  }
  if (dimensionThreshold && score !== null)
    evaluate(dimension, "dimension", round4(1 - score / 100), dimensionThreshold);
  return out;
}

/** Rows with the type ÷ rows read; findings without a row affect the whole table (rate 1). */
function typeRate(list: readonly Finding[], counted: readonly Counted[], rows: number): number {
  const any = list.length > 0 || counted.some((c) => c.group.findings > 0);
  const withoutRow =
    list.some((f) => f.error.rowNumber === null || f.task < 0) ||
    counted.some((c) => c.group.withoutRowErrors + c.group.withoutRowWarnings > 0);
  if (withoutRow || rows === 0) return any ? 1 : 0;
  const seen = new Set(list.map((f) => `${f.task}:${f.error.rowNumber}`));
  const more = counted.reduce((n, c) => n + c.group.rows, 0);
  return Math.min(1, (seen.size + more) / rows);
}

const RANK: Record<DimensionStatus, number> = { skipped: -1, pass: 0, warn: 1, fail: 2 };

function worst(statuses: readonly DimensionStatus[]): Outcome {
  let best: DimensionStatus = "pass";
  for (const s of statuses) if (RANK[s] > RANK[best]) best = s;
  return best === "skipped" ? "pass" : best;
}
