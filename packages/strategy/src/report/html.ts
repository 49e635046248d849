import { escapeHtml, type Lang } from "@ciudata/core";
import type { ActionStatus } from "../model/action";
import { daysBetween } from "../time/dates";
import { deadlineRange } from "../time/deadline";
import { formatNumber, formatPct } from "./format";
import { governanceHtml } from "./governance-render";
import { LIGHT_LABELS, reportText } from "./labels";
import type { ReportAction, StrategyReport } from "./snapshot";

const STATUS_COLORS: Record<ActionStatus, string> = {
  not_started: "#8c959f",
  in_progress: "#0969da",
  complete: "#1a7f37",
  on_hold: "#9a6700",
  cancelled: "#57606a",
};
const LIGHT_COLORS = { green: "#1a7f37", yellow: "#bf8700", red: "#cf222e", none: "#8c959f" } as const;

const CSS = `body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1f2328}
h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #d0d7de}table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f6f8fa}
.bar{background:#eaeef2;border-radius:4px;height:.8rem;width:12rem;display:inline-block;vertical-align:middle}
.bar>span{display:block;height:100%;border-radius:4px;background:#1a7f37}.pill{border-radius:1rem;padding:0 .5rem;color:#fff;font-size:.85em;white-space:nowrap}
.late{color:#cf222e;font-weight:600}blockquote{border-left:4px solid #d0d7de;margin:1rem 0;padding-left:1rem;color:#57606a}
small{color:#57606a}svg text{font:11px system-ui,sans-serif}`;

function bar(pct: number | null, lang: Lang): string {
  const v = pct ?? 0;
  return `<span class="bar" role="img" aria-label="${escapeHtml(formatPct(v, lang))}"><span style="width:${Math.max(0, Math.min(100, v))}%"></span></span>`;
}

function pill(a: ReportAction): string {
  const measured = a.measured ? ` <small>${escapeHtml(a.measured.text)}</small>` : "";
  return `<span class="pill" style="background:${STATUS_COLORS[a.status]}">${escapeHtml(a.statusLabel)}</span>${measured}`;
}

function timeline(report: StrategyReport): string {
  const rows = report.actions.filter((a) => a.deadline !== null);
  if (!rows.length) return "";
  const ranges = rows.map((a) => deadlineRange(a.deadline as string));
  const start = [...ranges.map((r) => r.start), `${report.asOf.slice(0, 7)}-01`].sort()[0] as string;
  const end = [...ranges.map((r) => r.due), report.asOf].sort().at(-1) as string;
  const span = Math.max(1, daysBetween(start, end));
  const left = 260;
  const width = 640;
  const rowH = 18;
  const x = (day: string) => left + (daysBetween(start, day) / span) * width;
  const height = rows.length * rowH + 30;
  const parts: string[] = [];
  rows.forEach((a, i) => {
    const r = ranges[i] as { start: string; due: string };
    const y = 20 + i * rowH;
    const x0 = x(r.start);
    const w = Math.max(3, x(r.due) - x0);
    const title = a.title.length > 42 ? `${a.title.slice(0, 41)}…` : a.title;
    parts.push(
      `<text x="${left - 6}" y="${y + 12}" text-anchor="end">${escapeHtml(title)}</text>`,
      `<rect x="${x0.toFixed(1)}" y="${y + 2}" width="${w.toFixed(1)}" height="${rowH - 6}" rx="3" fill="${STATUS_COLORS[a.status]}"${a.overdue ? ' stroke="#cf222e" stroke-width="2"' : ""}><title>${escapeHtml(`${a.title} — ${a.statusLabel} — ${a.due ?? ""}`)}</title></rect>`,
    );
  });
  const now = x(report.asOf);
  parts.push(
    `<line x1="${now.toFixed(1)}" x2="${now.toFixed(1)}" y1="12" y2="${height - 4}" stroke="#cf222e" stroke-dasharray="4 3"/>`,
    `<text x="${now.toFixed(1)}" y="10" text-anchor="middle">${escapeHtml(report.asOf)}</text>`,
    `<text x="${left}" y="${height - 2}">${escapeHtml(start.slice(0, 7))}</text>`,
    `<text x="${left + width}" y="${height - 2}" text-anchor="end">${escapeHtml(end.slice(0, 7))}</text>`,
  );
  return `<svg viewBox="0 0 ${left + width + 10} ${height}" width="100%" role="img" aria-label="${escapeHtml(reportText(report.lang).timeline)}">${parts.join("")}</svg>`;
}

function indicatorChart(i: StrategyReport["indicators"][number], lang: StrategyReport["lang"]): string {
  const values = [i.baseline.value, i.latest?.value, i.target?.value].filter(
    (v): v is number => v !== undefined,
  );
  const max = Math.max(...values.map(Math.abs), 1);
  const w = reportText(lang);
  const rows: [string, number | undefined, string][] = [
    [w.baseline, i.baseline.value, "#8c959f"],
    [w.latest, i.latest?.value, LIGHT_COLORS[i.light]],
    [w.target, i.target?.value, "#0969da"],
  ];
  const bars = rows
    .filter((r) => r[1] !== undefined)
    .map(([label, v], k) => {
      const len = (Math.abs(v as number) / max) * 200;
      return `<text x="0" y="${k * 16 + 11}">${escapeHtml(label)}</text><rect x="90" y="${k * 16 + 2}" width="${len.toFixed(1)}" height="11" fill="${rows[k]?.[2] ?? "#8c959f"}"/><text x="${(94 + len).toFixed(1)}" y="${k * 16 + 11}">${escapeHtml(formatNumber(v as number, lang))}</text>`;
    });
  return `<svg viewBox="0 0 380 50" width="380" height="50" role="img" aria-label="${escapeHtml(i.name)}">${bars.join("")}</svg>`;
}

/**
 * The report as one self-contained HTML page (inline CSS and SVG, no script, no external URL; every text
 * escaped): overall progress, pillars with their actions, a roadmap timeline, overdue actions, next deadlines,
 * indicator charts, progress by owner and the roadmap of what exists and what is planned.
 *
 * @example
 * ```ts
 * const html = renderHtml(strategyReport(doc, "2024-10-01", { lang: "en" }));
 * html.startsWith("<!doctype html>"); //=> true
 * ```
 */
export function renderHtml(report: StrategyReport): string {
  const lang = report.lang;
  const w = reportText(lang);
  const e = escapeHtml;
  const p = report.progress;
  const byId = new Map(report.actions.map((a) => [a.id, a]));
  const h: string[] = [];
  h.push(
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`,
    `<title>${e(`${w.report}: ${report.strategy.title} (${report.asOf})`)}</title><style>${CSS}</style></head><body>`,
    `<h1>${e(report.strategy.title)}</h1><p><strong>${e(w.report)}</strong> ${e(w.asOf)} ${e(report.asOf)} · ${e(report.city.name)}${report.strategy.period ? ` · ${e(w.period)} ${e(report.strategy.period.from)} – ${e(report.strategy.period.to)}` : ""}</p>`,
    `<p>${e(w.overall)}: ${bar(p.completePct, lang)} ${e(formatPct(p.completePct, lang))} ${e(w.complete)} (${p.counts.complete}/${p.total} ${e(w.actions)}) · ${e(formatPct(p.weightedPct, lang))} ${e(w.weighted)}</p>`,
  );
  if (report.strategy.vision)
    h.push(
      `<blockquote>${e(report.strategy.vision)}${report.strategy.visionBy ? ` — ${e(report.strategy.visionBy)}` : ""}</blockquote>`,
    );
  if (report.strategy.goals.length)
    h.push(`<h2>${e(w.goals)}</h2><ul>${report.strategy.goals.map((x) => `<li>${e(x)}</li>`).join("")}</ul>`);
  if (report.strategy.priorities.length)
    h.push(
      `<h2>${e(w.priorities)}</h2><ol>${report.strategy.priorities.map((x) => `<li>${e(x)}</li>`).join("")}</ol>`,
    );
  const tl = timeline(report);
  if (tl) h.push(`<h2>${e(w.timeline)}</h2>${tl}`);
  for (const pillar of report.pillars) {
    const pp = pillar.progress;
    const groups =
      pillar.aspirations.length > 1
        ? pillar.aspirations.map((x) => ({ text: x.text, actions: x.actions }))
        : [{ text: pillar.aspiration, actions: pillar.actions }];
    h.push(
      `<h2>${e(`${w.pillar} ${pillar.order}. ${pillar.title}`)}</h2>`,
      `<p>${bar(pp.completePct, lang)} ${e(formatPct(pp.completePct, lang))} ${e(w.complete)} (${pp.counts.complete}/${pp.total}) · ${e(formatPct(pp.weightedPct, lang))} ${e(w.weighted)}</p>`,
    );
    for (const group of groups) {
      h.push(`<p><em>${e(w.aspiration)}:</em> ${e(group.text)}</p>`);
      if (!group.actions.length) continue;
      h.push(
        `<table><thead><tr><th>${e(w.action)}</th><th>${e(w.status)}</th><th>${e(w.owners)}</th><th>${e(w.deadline)}</th><th>${e(w.risk)}</th></tr></thead><tbody>`,
      );
      for (const id of group.actions) {
        const a = byId.get(id);
        if (!a) continue;
        const written = a.asWritten?.deadline ? ` <small>(${e(a.asWritten.deadline)})</small>` : "";
        h.push(
          `<tr><td>${e(a.title)}</td><td>${pill(a)}</td><td>${e(a.owners.map((o) => o.name).join("; ") || w.none)}</td>`,
          `<td${a.overdue ? ' class="late"' : ""}>${e(a.deadline ?? w.none)}${written}</td><td>${e(a.reasons.map((r) => r.text).join("; ") || w.none)}</td></tr>`,
        );
      }
      h.push("</tbody></table>");
    }
  }
  h.push(`<h2>${e(w.overdue)}</h2>`);
  if (!report.overdue.length) h.push(`<p>${e(w.noOverdue)}</p>`);
  else
    h.push(
      `<ul>${report.overdue
        .map((id) => byId.get(id))
        .filter((a): a is ReportAction => a !== undefined)
        .map(
          (a) =>
            `<li><strong>${e(a.title)}</strong> — <span class="late">${e(a.due ?? "")}</span> (${e(a.statusLabel)})</li>`,
        )
        .join("")}</ul>`,
    );
  h.push(`<h2>${e(w.next)}</h2>`);
  if (!report.nextDeadlines.length) h.push(`<p>${e(w.noNext)}</p>`);
  else h.push(`<ul>${report.nextDeadlines.map((n) => `<li>${e(n.due)}: ${e(n.title)}</li>`).join("")}</ul>`);
  if (report.indicators.length) {
    h.push(
      `<h2>${e(w.indicators)}</h2><table><thead><tr><th>${e(w.indicator)}</th><th>${e(w.change)}</th><th>${e(w.progress)}</th><th>${e(w.light)}</th><th></th></tr></thead><tbody>`,
    );
    for (const i of report.indicators)
      h.push(
        `<tr><td>${e(i.name)} <small>(${e(i.unit)})</small></td><td>${e(formatPct(i.changePct, lang, true))}</td><td>${e(formatPct(i.progressPct, lang))}</td>`,
        `<td><span class="pill" style="background:${LIGHT_COLORS[i.light]}">${e(LIGHT_LABELS[lang][i.light])}</span></td><td>${indicatorChart(i, lang)}</td></tr>`,
      );
    h.push("</tbody></table>");
  }
  if (report.owners.length) {
    h.push(
      `<h2>${e(w.byOwner)}</h2><table><thead><tr><th>${e(w.owners)}</th><th>${e(w.actions)}</th><th>${e(w.complete)}</th><th>${e(w.weighted)}</th></tr></thead><tbody>`,
    );
    for (const o of report.owners)
      h.push(
        `<tr><td>${e(o.name)}</td><td>${o.progress.total}</td><td>${e(formatPct(o.progress.completePct, lang))}</td><td>${bar(o.progress.weightedPct, lang)} ${e(formatPct(o.progress.weightedPct, lang))}</td></tr>`,
      );
    h.push("</tbody></table>");
  }
  if (report.roadmap.length) {
    h.push(
      `<h2>${e(w.roadmap)}</h2><table><thead><tr><th>${e(w.pillar)}</th><th>${e(w.existing)}</th><th>${e(w.planned)}</th></tr></thead><tbody>`,
    );
    for (const pillar of report.pillars) {
      const items = report.roadmap.filter((r) => r.pillarId === pillar.id);
      if (!items.length) continue;
      const list = (state: string) =>
        `<ul>${items
          .filter((r) => r.state === state)
          .map((r) => `<li>${e(r.title)}</li>`)
          .join("")}</ul>`;
      h.push(`<tr><td>${e(pillar.title)}</td><td>${list("existing")}</td><td>${list("planned")}</td></tr>`);
    }
    h.push("</tbody></table>");
  }
  h.push(governanceHtml(report.governance, lang));
  h.push(`<footer><small>${e(w.generated)}</small></footer></body></html>\n`);
  return h.join("");
}
