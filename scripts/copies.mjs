// `node scripts/copies.mjs`: the copy detector (jscpd, pinned, configured by `.jscpd.json`) over
// `packages/*/src` without tests. Fails when a clone pair copies one of the kernel helpers that live in
// `@ciudata/core` (they must be imported, never copied) or when there are more clone pairs than the budget.
// Prints the count and the largest pairs. Run by `pnpm lint` and `pnpm test`.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { exec, localBin, ROOT } from "./lib.mjs";

/**
 * The most clone pairs allowed: the count after the linkage clean-up (61; 62 after the kernel change and
 * its clean-up, 85 when the detector was added). Lower it whenever a clean-up removes pairs, never raise it.
 */
export const BUDGET = 60;

/**
 * Kernel helpers (owned by `@ciudata/core`) that no clone may contain: a name and how its code looks.
 * A pair whose fragment matches one of these is a copy of the kernel.
 */
export const KERNEL_HELPERS = [
  { name: "formatPath", pattern: /\b(?:function\s+|(?:const|let|var)\s+)formatPath\b/ },
  {
    name: "describeValue",
    pattern: /\b(?:function\s+|(?:const|let|var)\s+)(?:describeValue|describeReceived)\b/,
  },
  { name: "escapeHtml", pattern: /\b(?:function\s+|(?:const|let|var)\s+)escapeHtml\b/ },
  {
    name: "accent folding",
    pattern:
      /\b(?:function\s+|(?:const|let|var)\s+)(?:foldText|foldAccents|stripAccents|removeAccents)\b|\\p\{(?:M|Mn|Diacritic)\}|\\u0300-\\u036f/,
  },
  { name: "isOpened", pattern: /\b(?:function\s+|(?:const|let|var)\s+)isOpened\b/ },
  { name: "TYPE_NAMES", pattern: /\b(?:const|let|var)\s+TYPE_NAMES\b/ },
  {
    name: "message registration",
    pattern: /\b(?:function\s+|(?:const|let|var)\s+)register\w*Messages\b|\bregisterMessages\s*\(/,
  },
];

/** @typedef {{ name: string, start: number, end: number }} CloneSide */
/** @typedef {{ firstFile: CloneSide, secondFile: CloneSide, fragment: string, lines: number }} Clone */

/**
 * Judges a jscpd JSON report: the kernel copies found and whether the count is within the budget.
 *
 * @example
 * ```js
 * judge({ duplicates: [] }, 10); // { count: 0, budget: 10, kernelCopies: [], overBudget: false }
 * ```
 * @param {{ duplicates: Clone[] }} report
 * @param {number} budget
 */
export function judge(report, budget = BUDGET) {
  const clones = report.duplicates ?? [];
  const kernelCopies = [];
  for (const clone of clones) {
    const helpers = KERNEL_HELPERS.filter((h) => h.pattern.test(clone.fragment ?? "")).map((h) => h.name);
    if (helpers.length > 0) kernelCopies.push({ clone, helpers });
  }
  return { count: clones.length, budget, kernelCopies, overBudget: clones.length > budget };
}

/** `packages/a/src/x.ts:10-20` for one side of a pair. */
function where(side) {
  const name = side.name.startsWith("packages/") ? side.name : `packages/${side.name}`;
  return `${name}:${side.start}-${side.end}`;
}

/** The lines to print for a judged report. */
export function summarize(result) {
  const lines = [];
  for (const { clone, helpers } of result.kernelCopies) {
    lines.push(
      `✗ copy of the kernel helper ${helpers.join(", ")} (import it from @ciudata/core): ${where(clone.firstFile)} ≈ ${where(clone.secondFile)}`,
    );
  }
  lines.push(`${result.count} clone pairs of 6+ lines (budget ${result.budget})`);
  if (result.overBudget) {
    lines.push(
      `✗ ${result.count - result.budget} clone pair(s) over the budget: reuse the code instead of copying it (the budget in scripts/copies.mjs only goes down)`,
    );
  }
  return lines;
}

/** Runs jscpd with `.jscpd.json` and returns its JSON report. */
export async function runJscpd() {
  const out = mkdtempSync(join(tmpdir(), "ciudata-jscpd-"));
  try {
    const { code, output } = await exec(
      localBin("jscpd"),
      [
        "--config",
        join(ROOT, ".jscpd.json"),
        "--reporters",
        "json",
        "--output",
        out,
        "--silent",
        "--no-tips",
      ],
      { cwd: ROOT, capture: true, quiet: true },
    );
    let text;
    try {
      text = readFileSync(join(out, "jscpd-report.json"), "utf8");
    } catch {
      throw new Error(`jscpd wrote no report (exit code ${code}):\n${output}`);
    }
    return JSON.parse(text);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const report = await runJscpd();
  const result = judge(report);
  const top = [...(report.duplicates ?? [])].sort((a, b) => b.lines - a.lines).slice(0, 10);
  console.log("largest clone pairs:");
  for (const c of top)
    console.log(`  ${String(c.lines).padStart(3)} lines  ${where(c.firstFile)} ≈ ${where(c.secondFile)}`);
  for (const line of summarize(result)) console.log(line);
  process.exitCode = result.kernelCopies.length > 0 || result.overBudget ? 1 : 0;
}
