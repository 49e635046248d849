import { type Check, type CheckContext, tableError } from "@ciudata/table";
import { phrase } from "../../locales-extra";
import { collapseSpaces, fieldIndex, reportDistinctLimit, reportMissingField, showValue } from "../../text";

/** Options of {@link missingByGroup}. */
export interface MissingByGroupOptions {
  /** The grouping column(s), e.g. `"barrio"` or `["sexo", "barrio"]` (each checked on its own). */
  groupBy: string | readonly string[];
  /** Columns whose missing values are compared (default all but the grouping ones). */
  fields?: readonly string[];
  /** Groups smaller than this are not judged (default 30). */
  minGroupSize?: number;
  /** A group is reported when its missing rate is more than `ratio` times the overall one (default 2, at least 1). */
  ratio?: number;
  /** …and at least this much higher in absolute terms (default 0.1 = 10 percentage points). */
  minDifference?: number;
  /** Distinct groups kept per grouping column (memory bound, default 1000). */
  maxGroups?: number;
  /** Findings reported per grouping column, the largest gaps first (default 50). */
  maxReports?: number;
  /** Default `"warning"`. */
  severity?: "error" | "warning";
}

interface Grouping {
  index: number;
  groups: Map<string, { rows: number; missing: number[] }>;
  capped: boolean;
}

const isMissing = (cell: string | undefined, value: unknown) =>
  cell === undefined || value === null || cell.trim() === "";
const percent = (x: number) => Math.round(x * 1000) / 10;

/**
 * Bias: reports `quality/missing-by-group` when a column is missing much more often in one group (a barrio,
 * a sex, an age band) than in the whole table, since gaps concentrated in a group bias every analysis by group.
 * Never reports when every group has the same missing rate. Group values that look personal are masked.
 *
 * @example
 * ```ts
 * const report = await validateTable(csv, {
 *   checks: [missingByGroup({ groupBy: "sexo", fields: ["edad"], minGroupSize: 5 })],
 * });
 * report.tasks[0]?.errors[0]?.params; //=> { groupBy: "sexo", group: "F", field: "edad", rate: 60, overallRate: 20, … }
 * ```
 */
export function missingByGroup(options: MissingByGroupOptions): Check {
  const groupBy = typeof options.groupBy === "string" ? [options.groupBy] : [...options.groupBy];
  const minGroupSize = options.minGroupSize ?? 30;
  const ratio = Math.max(1, options.ratio ?? 2);
  const minDifference = Math.max(Number.EPSILON, options.minDifference ?? 0.1);
  const maxGroups = options.maxGroups ?? 1000;
  let groupings: Grouping[] = [];
  let fields: number[] = [];
  let missingNames: string[] = [];
  let rows = 0;
  let overall: number[] = [];

  return {
    name: "quality/missing-by-group",
    onStart(ctx) {
      missingNames = [];
      groupings = [];
      for (const name of groupBy) {
        const index = fieldIndex(ctx, name);
        if (index < 0) missingNames.push(name);
        else groupings.push({ index, groups: new Map(), capped: false });
      }
      const grouped = new Set(groupings.map((g) => g.index));
      fields = [];
      if (options.fields) {
        for (const name of options.fields) {
          const index = fieldIndex(ctx, name);
          if (index < 0) missingNames.push(name);
          else if (!grouped.has(index)) fields.push(index);
        }
      } else
        ctx.fields.forEach((_, i) => {
          if (!grouped.has(i)) fields.push(i);
        });
      rows = 0;
      overall = fields.map(() => 0);
    },
    onRow(row) {
      if (row.blank || groupings.length === 0) return;
      rows++;
      const missing = fields.map((i) => isMissing(row.cells[i], row.values[i]));
      missing.forEach((m, k) => {
        if (m) overall[k] = (overall[k] as number) + 1;
      });
      for (const g of groupings) {
        const cell = row.cells[g.index];
        const key = isMissing(cell, row.values[g.index]) ? "" : collapseSpaces(cell as string);
        let group = g.groups.get(key);
        if (!group) {
          if (g.groups.size >= maxGroups) {
            g.capped = true;
            continue;
          }
          group = { rows: 0, missing: fields.map(() => 0) };
          g.groups.set(key, group);
        }
        group.rows++;
        missing.forEach((m, k) => {
          if (m) group.missing[k] = (group.missing[k] as number) + 1;
        });
      }
    },
    onFinish(ctx) {
      for (const name of missingNames) reportMissingField(ctx, "quality/missing-by-group", name);
      if (rows === 0) return;
      for (const g of groupings) reportGrouping(ctx, g);
    },
  };

  function reportGrouping(ctx: CheckContext, g: Grouping): void {
    const groupName = ctx.fields[g.index]?.name ?? ctx.labels[g.index] ?? "";
    if (g.capped) reportDistinctLimit(ctx, "quality/missing-by-group", g.index, groupName, maxGroups);
    const findings: { group: string; k: number; rate: number; overallRate: number; n: number; m: number }[] =
      [];
    for (const [group, counts] of g.groups) {
      if (counts.rows < minGroupSize) continue;
      fields.forEach((_, k) => {
        const m = counts.missing[k] as number;
        const rate = m / counts.rows;
        const overallRate = (overall[k] as number) / rows;
        if (rate > overallRate * ratio && rate - overallRate >= minDifference)
          findings.push({ group, k, rate, overallRate, n: counts.rows, m });
      });
    }
    findings.sort((a, b) => b.rate - b.overallRate - (a.rate - a.overallRate));
    for (const f of findings.slice(0, options.maxReports ?? 50)) {
      const index = fields[f.k] as number;
      const fieldName = ctx.fields[index]?.name ?? ctx.labels[index] ?? "";
      const group = f.group === "" ? "" : showValue(f.group, groupName, ctx.mask, false, g.index);
      ctx.report(
        tableError("quality/missing-by-group", {
          severity: options.severity ?? "warning",
          tags: ["#table", "#bias"],
          fieldNumber: index + 1,
          fieldName,
          note: `missing ${percent(f.rate)}% in ${groupName} group vs ${percent(f.overallRate)}% overall`,
          params: {
            groupBy: groupName,
            group,
            field: fieldName,
            rate: percent(f.rate),
            overallRate: percent(f.overallRate),
            missing: f.m,
            rows: f.n,
            hint: phrase(ctx.lang, "missing-by-group.hint"),
          },
        }),
      );
    }
  }
}
