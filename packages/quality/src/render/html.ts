import { escapeHtml, type Lang } from "@ciudata/core";
import type { Report } from "@ciudata/table";
import { DIMENSIONS, dimensionDefinition, dimensionLabel } from "../dimensions";
import type { DimensionStatus, QualityScores } from "../score";
import {
  formatScore,
  groupErrors,
  type ReportWords,
  reportNotes,
  reportWords,
  statusWord,
  taskCounts,
} from "./common";
import { shownCount, shownRow } from "./runs";
import type { RenderOptions } from "./text";

const COLORS: Record<DimensionStatus, string> = {
  pass: "#1a7f37",
  warn: "#9a6700",
  fail: "#cf222e",
  skipped: "#8c959f",
};

const CSS = `
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#fff;--soft:#f6f8fa}
*{box-sizing:border-box}
body{margin:0;background:var(--soft);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:1100px;margin:0 auto;padding:24px}
header,section{background:var(--bg);border:1px solid var(--line);border-radius:8px;padding:20px 24px;margin-bottom:16px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:0 0 12px}h3{font-size:16px;margin:20px 0 8px}h4{font-size:15px;margin:16px 0 6px}
.meta{color:var(--muted);margin:0}
.badge{display:inline-block;white-space:nowrap;padding:2px 10px;border-radius:999px;color:#fff;font-weight:600;font-size:13px;vertical-align:middle}
.summary{display:flex;gap:24px;align-items:center;flex-wrap:wrap}
.summary svg{flex:none}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{background:var(--soft);font-weight:600}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
code,.cell{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px}
.cell{white-space:pre-wrap;overflow-wrap:anywhere;background:var(--soft);padding:0 4px;border-radius:4px}
.def{color:var(--muted);font-size:13px}
details{margin-top:4px}summary{cursor:pointer;color:var(--muted);font-size:13px}
table.errors{table-layout:fixed}
table.errors col.task{width:120px}table.errors col.row{width:64px}table.errors col.column{width:150px}table.errors col.value{width:170px}
.more{color:var(--muted);font-style:italic}
.warning td:first-child{border-left:3px solid #9a6700}.error td:first-child{border-left:3px solid #cf222e}
footer{color:var(--muted);font-size:13px;text-align:center;padding:8px}
@media print{body{background:#fff}header,section{border:none;padding:8px 0}}
`;

/** A half-circle gauge for the overall score. */
function gauge(score: number | null, status: DimensionStatus, label: string, lang: Lang): string {
  const cx = 110;
  const cy = 110;
  const r = 90;
  const point = (fraction: number) => {
    const angle = Math.PI * (1 - fraction);
    return `${(cx + r * Math.cos(angle)).toFixed(2)} ${(cy - r * Math.sin(angle)).toFixed(2)}`;
  };
  const track = `M ${point(0)} A ${r} ${r} 0 0 1 ${point(1)}`;
  const value =
    score === null || score <= 0
      ? ""
      : `<path d="M ${point(0)} A ${r} ${r} 0 0 1 ${point(Math.min(score, 99.999) / 100)}" fill="none" stroke="${COLORS[status]}" stroke-width="18" stroke-linecap="round"/>`;
  const text = escapeHtml(formatScore(score, lang));
  return `<svg width="220" height="130" viewBox="0 0 220 130" role="img" aria-label="${escapeHtml(label)}: ${text}"><title>${escapeHtml(label)}: ${text}</title><path d="${track}" fill="none" stroke="#eaeef2" stroke-width="18" stroke-linecap="round"/>${value}<text x="${cx}" y="${cy - 8}" text-anchor="middle" font-size="34" font-weight="700" fill="#1f2328">${text}</text><text x="${cx}" y="${cy + 14}" text-anchor="middle" font-size="12" fill="#59636e">/ 100</text></svg>`;
}

/** One horizontal bar per dimension, with the threshold as a tick when there is one. */
function bars(scores: QualityScores, lang: Lang): string {
  const labelW = 130;
  const barW = 360;
  const rowH = 30;
  const height = DIMENSIONS.length * rowH + 10;
  const width = labelW + barW + 70;
  const rows = DIMENSIONS.map((d, i) => {
    const s = scores.dimensions[d];
    const y = 8 + i * rowH;
    const label = escapeHtml(dimensionLabel(d, lang));
    const filled = s.score === null ? 0 : (s.score / 100) * barW;
    const threshold = scores.thresholds[d];
    const tick = threshold
      ? `<line x1="${(labelW + (1 - threshold.tolerance) * barW).toFixed(1)}" x2="${(labelW + (1 - threshold.tolerance) * barW).toFixed(1)}" y1="${y - 2}" y2="${y + 20}" stroke="#1f2328" stroke-width="2"><title>${escapeHtml(reportWords(lang).t("threshold"))}: ${escapeHtml(formatScore(100 * (1 - threshold.tolerance), lang))}</title></line>`
      : "";
    const value = escapeHtml(formatScore(s.score, lang));
    return `<g><text x="${labelW - 10}" y="${y + 13}" text-anchor="end" font-size="13" fill="#1f2328">${label}</text><rect x="${labelW}" y="${y}" width="${barW}" height="18" rx="4" fill="#eaeef2"/>${filled > 0 ? `<rect x="${labelW}" y="${y}" width="${filled.toFixed(1)}" height="18" rx="4" fill="${COLORS[s.status]}"/>` : ""}${tick}<text x="${labelW + barW + 8}" y="${y + 13}" font-size="13" font-weight="600" fill="${COLORS[s.status]}">${value}</text></g>`;
  }).join("");
  const title = escapeHtml(reportWords(lang).t("score"));
  return `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${title}"><title>${title}</title>${rows}</svg>`;
}

function badge(status: DimensionStatus, w: ReportWords): string {
  return `<span class="badge" style="background:${COLORS[status]}">${escapeHtml(statusWord(w, status))}</span>`;
}

/**
 * A report as ONE self-contained HTML page: inline CSS, hand-written inline SVG (a gauge for the overall score
 * and a bar per dimension), the dimensions with their formulas, and the first errors of each type in a table.
 * No scripts, no external URLs; every value from the report is escaped.
 *
 * @example
 * ```ts
 * const html = renderHtml(report, scoreReport(report), "es");
 * await writeFile("informe.html", html); // open it in any browser, print it, mail it
 * ```
 */
export function renderHtml(
  report: Report,
  scores: QualityScores,
  lang: Lang = "es",
  options: RenderOptions = {},
): string {
  const w = reportWords(lang);
  const n = (value: number) => w.words.number(value);
  const e = escapeHtml;
  const max = options.maxPerType ?? 20;
  const names = report.tasks.map((t) => t.name).join(", ");
  const parts: string[] = [];
  parts.push(
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${e(w.t("title"))}${names ? ` — ${e(names)}` : ""}</title><style>${CSS}</style></head><body><main>`,
  );

  // Header: what was checked and the outcome.
  parts.push(`<header><h1>${e(w.t("title"))} ${badge(scores.outcome, w)}</h1>`);
  for (const t of report.tasks)
    parts.push(
      `<p class="meta"><strong>${e(t.name)}</strong> · ${e(t.place)} · ${e(taskCounts(w, t, " · "))} · ${e(t.valid ? w.t("valid") : w.t("invalid"))}</p>`,
    );
  parts.push("</header>");

  // Charts.
  parts.push(
    `<section class="summary" aria-label="${e(w.t("overall"))}"><div>${gauge(scores.overall, scores.outcome, w.t("overall"), lang)}<p class="meta" style="text-align:center">${e(w.t("overall"))}</p></div>${bars(scores, lang)}</section>`,
  );

  // The map of the rows per territory, when the caller drew one.
  if (options.map)
    parts.push(
      `<section class="map"><h2>${e(options.map.title)}</h2><figure style="margin:0">${options.map.svg}</figure>${(options.map.notes ?? []).map((note) => `<p class="meta">${e(note)}</p>`).join("")}</section>`,
    );

  // Dimensions.
  parts.push(
    `<section><h2>${e(w.t("byScore"))}</h2><table><thead><tr><th>${e(w.t("dimension"))}</th><th class="num">${e(w.t("score"))}</th><th>${e(w.t("status"))}</th><th class="num">${e(w.t("findings"))}</th><th>${e(w.t("computation"))}</th></tr></thead><tbody>`,
  );
  for (const d of DIMENSIONS) {
    const s = scores.dimensions[d];
    const how =
      s.score === null || s.reason ? e(s.reason?.[lang] ?? "") : `<code>${e(s.computation[lang])}</code>`;
    parts.push(
      `<tr><td><strong>${e(dimensionLabel(d, lang))}</strong><div class="def">${e(dimensionDefinition(d, lang))}</div></td><td class="num">${e(formatScore(s.score, lang))}</td><td>${badge(s.status, w)}</td><td class="num">${e(n(s.findings))}</td><td>${how}<details><summary>${e(w.t("formula"))}</summary><div class="def">${e(s.formula[lang])}</div></details></td></tr>`,
    );
  }
  parts.push("</tbody></table></section>");

  // Findings by dimension and type.
  const grouped = groupErrors(report, lang, max, options.catalogs);
  const multi = report.tasks.length > 1;
  parts.push(`<section><h2>${e(w.t("byDimension"))}</h2>`);
  if (grouped.length === 0) parts.push(`<p>${e(w.t("noFindings"))}</p>`);
  for (const { dimension, types } of grouped) {
    parts.push(`<h3>${e(dimensionLabel(dimension, lang))}</h3>`);
    for (const g of types) {
      parts.push(
        `<h4>${e(g.title)} <code>${e(g.type)}</code> · ${e(n(g.count))}</h4><table class="errors"><colgroup>${multi ? '<col class="task">' : ""}<col class="row"><col class="column"><col class="value"><col></colgroup><thead><tr>${multi ? `<th>${e(w.t("table"))}</th>` : ""}<th class="num">${e(w.t("row"))}</th><th>${e(w.t("column"))}</th><th>${e(w.t("cell"))}</th><th>${e(w.t("message"))}</th></tr></thead><tbody>`,
      );
      for (const shown of g.first) {
        const { error, task } = shown;
        const column = [error.fieldNumber === null ? "" : String(error.fieldNumber), error.fieldName ?? ""]
          .filter(Boolean)
          .join(" · ");
        const row = shownRow(w, shown, g.title);
        const cell = !row.cell || error.cell === null ? "" : `<span class="cell">${e(error.cell)}</span>`;
        parts.push(
          `<tr class="${error.severity}">${multi ? `<td>${e(task ?? "")}</td>` : ""}<td class="num">${row.rows}</td><td>${e(column)}</td><td>${cell}</td><td>${e(row.text)}</td></tr>`,
        );
      }
      parts.push("</tbody></table>");
      const shownN = shownCount(g);
      if (g.count > shownN) parts.push(`<p class="more">${e(w.t("more", { n: g.count - shownN }))}</p>`);
    }
  }
  parts.push("</section>");

  const notes = reportNotes(report, lang, options.catalogs);
  if (notes.length)
    parts.push(
      `<section><h2>${e(w.t("notes"))}</h2><ul>${notes.map((n) => `<li>${e(n)}</li>`).join("")}</ul></section>`,
    );

  // Formulas.
  parts.push(`<section><h2>${e(w.t("formulas"))}</h2><ul>`);
  for (const d of DIMENSIONS)
    parts.push(
      `<li><strong>${e(dimensionLabel(d, lang))}</strong>: ${e(scores.dimensions[d].formula[lang])}</li>`,
    );
  parts.push(
    `<li><strong>${e(w.t("overall"))}</strong>: ${e(scores.overallFormula[lang])}</li></ul></section>`,
  );
  parts.push(
    `<footer>${e(w.t("generated"))} · ${e(w.t("formulaVersion"))} ${e(scores.formulaVersion)} · ${e(w.t("reportFormat"))} ${e(report.formatVersion)}</footer></main></body></html>\n`,
  );
  return parts.join("\n");
}
