import { type Check, type CheckContext, tableError } from "@ciudata/table";
import { parseAgeCode } from "../../codelists/age";
import type { AgeBand } from "../../codelists/types";
import { disaggregationIssues } from "../../messages/issues";
import { type CheckSetup, type DisaggregationCheckOptions, hints, setup } from "../_shared/context";

/** Overlaps and gaps of a set of age bands, in order. */
export interface AgeBandProblems {
  overlaps: Array<{ first: AgeBand; second: AgeBand }>;
  gaps: Array<{ from: number; to: number }>;
}

/**
 * Finds overlapping bands and ages no band covers (from 0 to the last band). Single years, totals,
 * unknowns and month codes are ignored.
 *
 * @example
 * ```ts
 * findAgeBandProblems(["Y0T14", "Y10T24", "Y30T44", "Y_GE45"]);
 * //=> { overlaps: [{ first: Y0T14, second: Y10T24 }], gaps: [{ from: 25, to: 29 }] }
 * ```
 */
export function findAgeBandProblems(codes: Iterable<string>): AgeBandProblems {
  const bands = [...new Set(codes)]
    .map(parseAgeCode)
    .filter((b): b is AgeBand => b !== null)
    .sort((a, b) => a.min - b.min || (a.max ?? Infinity) - (b.max ?? Infinity));
  const out: AgeBandProblems = { overlaps: [], gaps: [] };
  let widest: AgeBand | null = null;
  for (const b of bands) {
    if (widest === null) {
      if (b.min > 0) out.gaps.push({ from: 0, to: b.min - 1 });
      widest = b;
      continue;
    }
    const reach: number = widest.max ?? Infinity;
    if (b.min <= reach) out.overlaps.push({ first: widest, second: b });
    else if (b.min > reach + 1) out.gaps.push({ from: reach + 1, to: b.min - 1 });
    if ((b.max ?? Infinity) > reach) widest = b;
  }
  return out;
}

/** Distinct age codes kept per column (there are at most a few hundred real ones). */
const MAX_AGE_CODES = 5000;

/**
 * Reports overlapping age bands (`disaggregation/age-band-overlap`) and ages no band covers
 * (`disaggregation/age-band-gap`), per age column or per wide group of age columns. Columns of single
 * ages (microdata) are skipped.
 *
 * @example
 * ```ts
 * const report = await validateTable("edad,casos\n0 a 14,3\n10 a 24,4\n25 y más,5\n", { checks: [ageBandsCheck()] });
 * report.tasks[0]?.errors.map((e) => e.type); //=> ["disaggregation/age-band-overlap"]
 * ```
 */
export function ageBandsCheck(options: DisaggregationCheckOptions = {}): Check {
  let s: CheckSetup | null = null;
  const byColumn = new Map<number, Set<string>>();
  return {
    name: "disaggregation/age-bands",
    issues: disaggregationIssues,
    onStart(ctx) {
      s = setup(ctx, options);
      for (const c of s.layout.long) if (c.dimension === "age") byColumn.set(c.index, new Set());
      for (const g of s.layout.wide)
        if (g.dimension === "age")
          emit(
            ctx,
            g.parts.map((p) => p.code),
            g.parts[0]?.index ?? null,
            g.prefix || (g.parts[0]?.label ?? ""),
          );
    },
    onRow(row) {
      if (!s || row.blank) return;
      for (const [index, codes] of byColumn) {
        const n = s.normalisers.get(index);
        const code = n?.(row.cells[index] ?? "").code;
        if (code && codes.size < MAX_AGE_CODES) codes.add(code);
      }
    },
    onFinish(ctx) {
      if (!s) return;
      for (const [index, codes] of byColumn) {
        const bands = [...codes].map(parseAgeCode).filter((b) => b !== null);
        const singles = bands.filter((b) => b.min === b.max && b.code !== "Y0").length;
        if (bands.length === 0 || singles > bands.length / 2) continue;
        emit(ctx, codes, index, s.layout.long.find((c) => c.index === index)?.label ?? "");
      }
    },
  };
}

function emit(ctx: CheckContext, codes: Iterable<string>, index: number | null, label: string): void {
  const { overlaps, gaps } = findAgeBandProblems(codes);
  const base = {
    severity: "warning" as const,
    tags: ["#disaggregation", "#table"],
    fieldNumber: index === null ? null : index + 1,
    fieldName: label,
  };
  for (const o of overlaps)
    ctx.report(
      tableError("disaggregation/age-band-overlap", {
        ...base,
        note: `${o.first.code} overlaps ${o.second.code}`,
        params: {
          first: o.first.code,
          second: o.second.code,
          hint: hints(ctx.lang)("hint.age-band-overlap"),
        },
      }),
    );
  for (const g of gaps)
    ctx.report(
      tableError("disaggregation/age-band-gap", {
        ...base,
        note: `no band covers ${g.from}-${g.to}`,
        params: { from: g.from, to: g.to, hint: hints(ctx.lang)("hint.age-band-gap") },
      }),
    );
}
