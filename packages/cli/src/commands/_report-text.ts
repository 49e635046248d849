import { type Lang, translator } from "@ciudata/core";
import type { Report } from "@ciudata/table";
import { issueTitleText } from "../catalogs";
import { reportTextMessages } from "../messages/report-text";

/**
 * A report as terminal text: one line per task, counts by error type, then the located messages
 * (already masked by the runner), at most `max` of them.
 * @internal
 */
export function reportText(report: Report, lang: Lang, max = 50): string {
  const { t } = translator(reportTextMessages, lang);
  const lines: string[] = [];
  const all = [...report.errors, ...report.tasks.flatMap((t) => t.errors)];
  for (const task of report.tasks) {
    const { rows, errors, warnings } = task.stats;
    lines.push(t("task", { name: task.name, valid: task.valid, rows, errors, warnings }));
  }
  if (report.tasks.length === 0) lines.push(report.valid ? t("valid") : t("invalid"));
  // Counts by type from the tables' totals (every finding, listed or not).
  const counts = new Map<string, number>();
  for (const e of report.errors) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  for (const task of report.tasks) {
    if (!task.totals) for (const e of task.errors) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
    else
      for (const [type, n] of Object.entries(task.totals.byType))
        counts.set(type, (counts.get(type) ?? 0) + n.findings);
  }
  for (const [type, n] of counts)
    lines.push(`  ${String(n).padStart(5)} × ${issueTitleText(type, lang)} (${type})`);
  if (all.length) lines.push("");
  for (const e of all.slice(0, max))
    lines.push(`  ${e.severity === "warning" ? "!" : "✘"} ${e.message ?? e.note}`);
  if (all.length > max) lines.push(`  ${t("more", { count: all.length - max })}`);
  for (const note of reportNotes(report, lang)) lines.push(`  ! ${note}`);
  return `${lines.join("\n")}\n`;
}

/** frictionless' English note for a capped list, worded from the totals instead. */
const LIMIT_NOTE = /^reached error limit: \d+$/;

/**
 * The notes of a report's tables, where a capped list of errors is said in the user's language with
 * how many findings of each type were not listed.
 * @internal
 */
export function reportNotes(report: Report, lang: Lang): string[] {
  const { t } = translator(reportTextMessages, lang);
  const notes: string[] = [];
  for (const task of report.tasks) {
    notes.push(...task.warnings.filter((n) => !(task.totals && LIMIT_NOTE.test(n))));
    const totals = task.totals;
    if (!totals || totals.listed >= totals.findings) continue;
    notes.push(t("limitNote", { task: task.name, limit: totals.limit ?? totals.listed }));
    for (const [type, n] of Object.entries(totals.byType))
      if (n.findings > n.listed)
        notes.push(t("unlisted", { n: n.findings - n.listed, title: issueTitleText(type, lang), type }));
  }
  return notes;
}
