import { errorTitle, type Report } from "@ciudata/table";
import type { Lang } from "../types";

const words = {
  es: {
    valid: "✔ válido",
    invalid: "✘ con errores",
    rows: "filas",
    errors: "errores",
    warnings: "avisos",
    more: "más",
  },
  en: {
    valid: "✔ valid",
    invalid: "✘ has errors",
    rows: "rows",
    errors: "errors",
    warnings: "warnings",
    more: "more",
  },
  pt: {
    valid: "✔ válido",
    invalid: "✘ com erros",
    rows: "linhas",
    errors: "erros",
    warnings: "avisos",
    more: "mais",
  },
} as const;

/**
 * A report as terminal text: one line per task, counts by error type, then the located messages
 * (already masked by the runner), at most `max` of them.
 * @internal
 */
export function reportText(report: Report, lang: Lang, max = 50): string {
  const w = words[lang];
  const lines: string[] = [];
  const all = [...report.errors, ...report.tasks.flatMap((t) => t.errors)];
  for (const task of report.tasks) {
    lines.push(
      `${task.name}: ${task.valid ? w.valid : w.invalid} — ${task.stats.rows} ${w.rows}, ${task.stats.errors} ${w.errors}, ${task.stats.warnings} ${w.warnings}`,
    );
  }
  if (report.tasks.length === 0) lines.push(report.valid ? w.valid : w.invalid);
  const counts = new Map<string, number>();
  for (const e of all) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  for (const [type, n] of counts)
    lines.push(`  ${String(n).padStart(5)} × ${errorTitle(type, lang)} (${type})`);
  if (all.length) lines.push("");
  for (const e of all.slice(0, max))
    lines.push(`  ${e.severity === "warning" ? "!" : "✘"} ${e.message ?? e.note}`);
  if (all.length > max) lines.push(`  … ${all.length - max} ${w.more}`);
  for (const task of report.tasks) for (const note of task.warnings) lines.push(`  ! ${note}`);
  return `${lines.join("\n")}\n`;
}
