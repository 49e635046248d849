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
  const counts = new Map<string, number>();
  for (const e of all) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  for (const [type, n] of counts)
    lines.push(`  ${String(n).padStart(5)} × ${issueTitleText(type, lang)} (${type})`);
  if (all.length) lines.push("");
  for (const e of all.slice(0, max))
    lines.push(`  ${e.severity === "warning" ? "!" : "✘"} ${e.message ?? e.note}`);
  if (all.length > max) lines.push(`  ${t("more", { count: all.length - max })}`);
  for (const task of report.tasks) for (const note of task.warnings) lines.push(`  ! ${note}`);
  return `${lines.join("\n")}\n`;
}
