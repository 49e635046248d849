import { formatNumber, formatPct } from "./format";
import { governanceMarkdown } from "./governance-render";
import { LIGHT_LABELS, type ReportText, reportText } from "./labels";
import type { ReportAction, StrategyReport } from "./snapshot";

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

function actionRow(a: ReportAction, w: ReportText): string {
  const owners = a.owners.map((o) => o.name).join("; ") || w.none;
  const deadline = a.deadline
    ? `${a.deadline}${a.asWritten?.deadline ? ` («${a.asWritten.deadline}»)` : ""}`
    : w.none;
  const risk = a.reasons.map((r) => r.text).join("; ") || w.none;
  const status = a.measured ? `${a.statusLabel} (${a.measured.text})` : a.statusLabel;
  return `| ${cell(a.title)} | ${cell(status)} | ${cell(owners)} | ${cell(deadline)} | ${cell(risk)} |`;
}

/**
 * The report as Markdown: overall progress, each pillar with its actions (status, owners, deadline, risk),
 * overdue actions, next deadlines, indicators, progress by owner, the roadmap, then governance, training plans,
 * platforms and routines (alerts flagged), in the report's language.
 *
 * @example
 * ```ts
 * renderMarkdown(strategyReport(doc, "2024-10-01", { lang: "es" })).startsWith("# Estado de la estrategia"); //=> true
 * ```
 */
export function renderMarkdown(report: StrategyReport): string {
  const lang = report.lang;
  const w = reportText(lang);
  const out: string[] = [];
  const p = report.progress;
  out.push(`# ${w.report}: ${report.strategy.title} (${w.asOf} ${report.asOf})`, "");
  out.push(`- ${w.city}: ${report.city.name}`);
  if (report.strategy.period)
    out.push(`- ${w.period}: ${report.strategy.period.from} – ${report.strategy.period.to}`);
  out.push(
    `- ${w.overall}: ${formatPct(p.completePct, lang)} ${w.complete} (${p.counts.complete}/${p.total} ${w.actions}), ${formatPct(p.weightedPct, lang)} ${w.weighted}`,
  );
  if (report.strategy.vision)
    out.push(
      "",
      `> ${report.strategy.vision}${report.strategy.visionBy ? ` — ${report.strategy.visionBy}` : ""}`,
    );
  if (report.strategy.goals.length) {
    out.push("", `## ${w.goals}`, "");
    for (const g of report.strategy.goals) out.push(`- ${g}`);
  }
  if (report.strategy.priorities.length) {
    out.push("", `## ${w.priorities}`, "");
    report.strategy.priorities.forEach((x, i) => {
      out.push(`${i + 1}. ${x}`);
    });
  }
  const byId = new Map(report.actions.map((a) => [a.id, a]));
  for (const pillar of report.pillars) {
    const pp = pillar.progress;
    out.push("", `## ${w.pillar} ${pillar.order}. ${pillar.title}`, "");
    const groups =
      pillar.aspirations.length > 1
        ? pillar.aspirations.map((x) => ({ text: x.text, actions: x.actions }))
        : [{ text: pillar.aspiration, actions: pillar.actions }];
    if (groups.length === 1) out.push(`*${w.aspiration}:* ${pillar.aspiration}`, "");
    out.push(
      `${formatPct(pp.completePct, lang)} ${w.complete} (${pp.counts.complete}/${pp.total}), ${formatPct(pp.weightedPct, lang)} ${w.weighted}`,
    );
    for (const group of groups) {
      if (groups.length > 1) out.push("", `*${w.aspiration}:* ${group.text}`);
      if (!group.actions.length) continue;
      out.push(
        "",
        `| ${w.action} | ${w.status} | ${w.owners} | ${w.deadline} | ${w.risk} |`,
        "|---|---|---|---|---|",
      );
      for (const id of group.actions) {
        const a = byId.get(id);
        if (a) out.push(actionRow(a, w));
      }
    }
  }
  out.push("", `## ${w.overdue}`, "");
  if (!report.overdue.length) out.push(w.noOverdue);
  for (const id of report.overdue) {
    const a = byId.get(id);
    if (a) out.push(`- **${a.title}** — ${a.due} (${a.statusLabel})`);
  }
  out.push("", `## ${w.next}`, "");
  if (!report.nextDeadlines.length) out.push(w.noNext);
  for (const n of report.nextDeadlines) out.push(`- ${n.due}: ${n.title}`);
  if (report.indicators.length) {
    out.push("", `## ${w.indicators}`, "");
    out.push(
      `| ${w.indicator} | ${w.baseline} | ${w.latest} | ${w.target} | ${w.change} | ${w.progress} | ${w.light} |`,
    );
    out.push("|---|---:|---:|---:|---:|---:|---|");
    for (const i of report.indicators) {
      const num = (v: number | undefined) =>
        v === undefined ? w.none : `${formatNumber(v, lang)} ${i.unit}`;
      out.push(
        `| ${cell(i.name)} | ${num(i.baseline.value)} | ${num(i.latest?.value)} | ${num(i.target?.value)} | ${formatPct(i.changePct, lang, true)} | ${formatPct(i.progressPct, lang)} | ${LIGHT_LABELS[lang][i.light]} |`,
      );
    }
  }
  if (report.owners.length) {
    out.push(
      "",
      `## ${w.byOwner}`,
      "",
      `| ${w.owners} | ${w.actions} | ${w.complete} | ${w.weighted} |`,
      "|---|---:|---:|---:|",
    );
    for (const o of report.owners)
      out.push(
        `| ${cell(o.name)} | ${o.progress.total} | ${formatPct(o.progress.completePct, lang)} | ${formatPct(o.progress.weightedPct, lang)} |`,
      );
  }
  if (report.roadmap.length) {
    out.push("", `## ${w.roadmap}`, "");
    for (const pillar of report.pillars) {
      const items = report.roadmap.filter((r) => r.pillarId === pillar.id);
      if (!items.length) continue;
      const of = (state: string) =>
        items
          .filter((r) => r.state === state)
          .map((r) => r.title)
          .join("; ") || w.none;
      out.push(`- **${pillar.title}** — ${w.existing}: ${of("existing")}. ${w.planned}: ${of("planned")}.`);
    }
  }
  out.push(...governanceMarkdown(report.governance, lang));
  out.push("", `_${w.generated}_`, "");
  return out.join("\n");
}
