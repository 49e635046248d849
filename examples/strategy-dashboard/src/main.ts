// The dashboard: the Mendoza data strategy's progress as of a day, and the quality of the inventory's
// datasets. Everything is computed here, in the browser; the page is static files.
import { DIMENSION_INFO, DIMENSIONS, review } from "@ciudata/quality";
import {
  ACTION_STATUSES,
  daysBetween,
  dueDate,
  getPreset,
  overdueActions,
  pick,
  progressByPillar,
  STATUS_LABELS,
  strategyProgress,
  todayIn,
} from "@ciudata/strategy";
import * as Plot from "@observablehq/plot";
import { DATASETS } from "./datasets";
import { type Lang, langFrom, t } from "./messages";
import "./style.css";

const STATUS_COLORS = ["#8c959f", "#0969da", "#1a7f37", "#9a6700", "#57606a"]; // in ACTION_STATUSES order

/** Makes an element with attributes and children (text is always set as text, never as HTML). */
function el(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** `YYYY-MM-DD` and a real day. */
function isDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
  );
}

function formatNumber(lang: Lang, n: number | null): string {
  return n === null ? "—" : new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(n);
}

/** One number of the summary; `data-value` keeps the raw value for scripts and tests. */
function metric(name: string, label: string, value: number | null, shown: string): HTMLElement {
  return el(
    "div",
    { class: "metric", "data-metric": name, "data-value": String(value) },
    el("strong", {}, shown),
    label,
  );
}

function renderStrategy(root: HTMLElement, lang: Lang, asOf: string): void {
  const mendoza = getPreset("mendoza-2024-2026");
  if (!mendoza) throw new Error("missing preset mendoza-2024-2026");
  const progress = strategyProgress(mendoza, asOf);
  const overdue = overdueActions(mendoza, asOf);
  const pct = (n: number | null) => `${formatNumber(lang, n)} %`;
  root.append(
    el(
      "section",
      { class: "metrics" },
      metric("total", t(lang, "actions"), progress.total, formatNumber(lang, progress.total)),
      metric("completePct", t(lang, "complete"), progress.completePct, pct(progress.completePct)),
      metric("weightedPct", t(lang, "weighted"), progress.weightedPct, pct(progress.weightedPct)),
      metric("overdue", t(lang, "overdue"), overdue.length, formatNumber(lang, overdue.length)),
    ),
  );

  // Actions by status per pillar: one stacked bar per pillar, in the plan's order.
  const statusNames = ACTION_STATUSES.map((s) => STATUS_LABELS[lang][s]);
  const pillars = [...mendoza.pillars].sort((a, b) => a.order - b.order);
  const rows = progressByPillar(mendoza, asOf).flatMap(({ pillarId, progress }) => {
    const pillar = pillars.find((p) => p.id === pillarId);
    const name = pillar ? pick(pillar.title, lang) : pillarId;
    return ACTION_STATUSES.filter((s) => progress.counts[s] > 0).map((s) => ({
      pillarId,
      pillar: name,
      status: STATUS_LABELS[lang][s],
      count: progress.counts[s],
    }));
  });
  const chart = Plot.plot({
    width: 720,
    marginLeft: 190,
    x: { label: t(lang, "actions"), grid: true },
    y: { label: null, domain: pillars.map((p) => pick(p.title, lang)) },
    color: { legend: true, domain: statusNames, range: STATUS_COLORS },
    marks: [
      Plot.axisY({ label: null, lineWidth: 18 }),
      Plot.barX(rows, { x: "count", y: "pillar", fill: "status", tip: true }),
      Plot.ruleX([0]),
    ],
  });
  root.append(
    el(
      "section",
      { id: "by-pillar", "data-rows": JSON.stringify(rows) },
      el("h2", {}, t(lang, "byPillar")),
      chart,
    ),
  );

  const list = el("ul");
  for (const action of overdue) {
    const due = dueDate(action.deadline) ?? "";
    const late = daysBetween(due, asOf);
    list.append(
      el(
        "li",
        { "data-action": action.id },
        el("strong", {}, pick(action.title, lang)),
        ` — ${t(lang, "due")} ${due} (${late === 1 ? t(lang, "oneDayLate") : t(lang, "daysLate", { n: late })})`,
      ),
    );
  }
  root.append(
    el(
      "section",
      { id: "overdue" },
      el("h2", {}, t(lang, "overdueList")),
      overdue.length > 0 ? list : el("p", {}, t(lang, "noOverdue")),
    ),
  );
}

async function renderInventory(root: HTMLElement, lang: Lang, asOf: string): Promise<void> {
  const section = el(
    "section",
    { id: "inventory" },
    el("h2", {}, t(lang, "inventory")),
    el("p", { class: "note" }, t(lang, "inventoryNote")),
  );
  root.append(section);
  const badges = el("div", { class: "badges" });
  section.append(badges);
  const cells: { dataset: string; dimension: string; score: number | null }[] = [];
  for (const dataset of DATASETS) {
    const { report, scores } = await review(dataset.csv, {
      name: dataset.id,
      schema: dataset.schema,
      lang,
      asOf,
    });
    const title = dataset.title[lang];
    const dims = el("dl");
    for (const d of DIMENSIONS) {
      const score = scores.dimensions[d].score;
      cells.push({ dataset: title, dimension: DIMENSION_INFO[d].label[lang], score });
      dims.append(
        el("dt", {}, DIMENSION_INFO[d].label[lang]),
        el("dd", { "data-dimension": d }, score === null ? t(lang, "notChecked") : formatNumber(lang, score)),
      );
    }
    badges.append(
      el(
        "article",
        {
          class: `badge ${scores.outcome}`,
          "data-dataset": dataset.id,
          "data-valid": String(report.valid),
          "data-overall": String(scores.overall),
        },
        el("h3", {}, title),
        el("p", { class: "score" }, formatNumber(lang, scores.overall)),
        el("p", {}, `${t(lang, "overall")} · ${report.valid ? t(lang, "valid") : t(lang, "invalid")}`),
        dims,
      ),
    );
  }

  // Score by dimension: one cell per dataset and dimension; grey when the dimension was not checked.
  const labels = DIMENSIONS.map((d) => DIMENSION_INFO[d].label[lang]);
  const heatmap = Plot.plot({
    width: 720,
    marginLeft: 170,
    marginBottom: 50,
    x: { label: null, domain: labels, tickRotate: -20 },
    y: { label: null, domain: DATASETS.map((d) => d.title[lang]) },
    color: { legend: true, label: t(lang, "score"), domain: [90, 100], scheme: "ylgn", clamp: true },
    marks: [
      Plot.cell(
        cells.filter((c) => c.score === null),
        { x: "dimension", y: "dataset", fill: "#eaeef2", inset: 1 },
      ),
      Plot.cell(
        cells.filter((c) => c.score !== null),
        { x: "dimension", y: "dataset", fill: "score", inset: 1 },
      ),
      Plot.text(cells, {
        x: "dimension",
        y: "dataset",
        text: (c) => formatNumber(lang, c.score),
        fill: (c) => (c.score !== null && c.score >= 97 ? "white" : "black"),
      }),
    ],
  });
  section.append(el("div", { id: "dimensions" }, el("h3", {}, t(lang, "dimensions")), heatmap));
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const lang = langFrom(params);
  document.documentElement.lang = lang;
  document.title = t(lang, "title");
  const mendoza = getPreset("mendoza-2024-2026");
  // "Today" is the day in the city's time zone; `?asOf=2024-10-01` shows any other day.
  const today = todayIn(mendoza?.city.timeZone ?? "America/Argentina/Mendoza", new Date());
  const asked = params.get("asOf");
  const asOf = asked !== null && isDay(asked) ? asked : today;

  const root = document.getElementById("app") as HTMLElement;
  root.append(
    el("h1", {}, t(lang, "title")),
    el("p", { class: "as-of" }, `${t(lang, "asOf")} `, el("time", { datetime: asOf }, asOf)),
  );
  if (asked !== null && asOf !== asked)
    root.append(el("p", { class: "warning", role: "alert" }, t(lang, "badDate", { value: asked })));
  renderStrategy(root, lang, asOf);
  await renderInventory(root, lang, asOf);
  root.append(el("footer", {}, t(lang, "footer")));
  document.body.dataset.ready = "true";
}

main().catch((error: unknown) => {
  console.error(error);
  document.body.dataset.ready = "error";
});
