import type { Doc } from "../../doc";

// What every conformance suite prints: the failed (with --verbose, every) case, one count line per group
// and the closing `conformance: N passed, M failed` line, as text, JSON or a document.

/** One case of a conformance suite and how it went. */
export interface CaseResult {
  id: string;
  status: "passed" | "failed" | "skipped";
  reason?: string;
  expected?: unknown;
  actual?: unknown;
}

/** A named group of cases (`cell cases`, `ar.cuit`…). */
export interface CaseGroup {
  label: string;
  cases: readonly CaseResult[];
}

/** The counts of a run, the lines it prints, and its exit code (0 only when nothing failed). */
export interface ConformanceSummary {
  /** Lines to print (each without `\n`), ending with `conformance: N passed, M failed`. */
  lines: string[];
  passed: number;
  failed: number;
  skipped: number;
  exitCode: number;
  groups: Array<{ label: string; passed: number; failed: number; skipped: number; listed: CaseResult[] }>;
}

/** A value as JSON text; big integers as `12n`. */
export const showValue = (v: unknown) => JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? `${x}n` : x));

const countsText = (n: { passed: number; failed: number; skipped: number }) =>
  `${n.passed} passed, ${n.failed} failed${n.skipped ? `, ${n.skipped} skipped` : ""}`;

function detail(c: CaseResult): string {
  const reason = c.reason ? ` (${c.reason})` : "";
  return c.status === "failed"
    ? ` expected ${showValue(c.expected)} got ${showValue(c.actual)}${reason}`
    : reason;
}

/**
 * Counts groups of cases and formats them as the conformance command prints them: failed (and, with
 * `verbose`, every) case, one count line per group, and `conformance: N passed, M failed`.
 *
 * @example
 * ```ts
 * conformanceLines([{ label: "ar.cuit", cases: [{ id: "x", status: "passed" }] }]).lines.at(-1);
 * //=> "conformance: 1 passed, 0 failed"
 * ```
 */
export function conformanceLines(groups: readonly CaseGroup[], verbose = false): ConformanceSummary {
  const lines: string[] = [];
  const total = { passed: 0, failed: 0, skipped: 0 };
  const out: ConformanceSummary["groups"] = [];
  for (const g of groups) {
    const n = { passed: 0, failed: 0, skipped: 0 };
    const listed: CaseResult[] = [];
    for (const c of g.cases) {
      n[c.status]++;
      if (c.status === "failed" || verbose || (c.status === "skipped" && c.reason)) {
        listed.push(c);
        lines.push(`${c.status.padEnd(7)} ${c.id}${detail(c)}`);
      }
    }
    total.passed += n.passed;
    total.failed += n.failed;
    total.skipped += n.skipped;
    out.push({ label: g.label, ...n, listed });
    lines.push(`${g.label}: ${countsText(n)}`);
  }
  lines.push(`conformance: ${countsText(total)}`);
  return { lines, ...total, exitCode: total.failed === 0 ? 0 : 1, groups: out };
}

/**
 * A run as a document: per group, a table of the cases listed and its counts; then the total.
 *
 * @example
 * ```ts
 * docMarkdown(conformanceDoc(conformanceLines(groups), "Conformidad: ids", "es"));
 * ```
 */
export function conformanceDoc(summary: ConformanceSummary, title: string, lang: Doc["lang"]): Doc {
  const blocks: Doc["blocks"][number][] = [];
  for (const g of summary.groups) {
    blocks.push({ kind: "heading", text: g.label });
    if (g.listed.length)
      blocks.push({
        kind: "table",
        head: ["status", "id", "detail"],
        rows: g.listed.map((c) => [c.status, c.id, detail(c).trim()]),
      });
    blocks.push({ kind: "paragraph", text: countsText(g) });
  }
  blocks.push({ kind: "paragraph", text: summary.lines.at(-1) ?? "" });
  return { title, lang, blocks };
}

/** Every case of the groups as plain JSON (big integers as `12n`), for `--format json`. */
export function conformanceJson(suite: string, summary: ConformanceSummary, groups: readonly CaseGroup[]) {
  const { passed, failed, skipped } = summary;
  return JSON.parse(
    showValue({
      suite,
      passed,
      failed,
      skipped,
      groups: groups.map((g, i) => ({ ...summary.groups[i], listed: undefined, cases: g.cases })),
    }),
  ) as unknown;
}
