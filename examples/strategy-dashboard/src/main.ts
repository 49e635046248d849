// The dashboard: the Mendoza data strategy's progress as of a day, the data inventory's coverage by area
// and its latest quality reviews, and the latest capacity survey and CDA self-assessment. Everything is
// computed here, in the browser, from the programme's own files; the page is static files.
import { DIMENSION_INFO, DIMENSIONS } from "@ciudata/quality";
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
import { type Lang, langFrom, t } from "./messages";
import { capacityFigures, inventoryFigures, maturityFigures } from "./programme";
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

const label = (l: { es: string; en?: string | undefined; pt?: string | undefined }, lang: Lang) =>
  l[lang] ?? l.es;

/** A table whose rows carry `data-*` attributes (for scripts and tests). */
function table(head: string[], rows: { attrs: Record<string, string>; cells: string[] }[]): HTMLElement {
  return el(
    "table",
    {},
    el("thead", {}, el("tr", {}, ...head.map((h) => el("th", { scope: "col" }, h)))),
    el("tbody", {}, ...rows.map((r) => el("tr", r.attrs, ...r.cells.map((c) => el("td", {}, c))))),
  );
}

function renderInventory(root: HTMLElement, lang: Lang, asOf: string): void {
  const report = inventoryFigures(asOf);
  const yes = (b: boolean) => (b ? t(lang, "yes") : t(lang, "no"));
  const section = el(
    "section",
    { id: "inventory" },
    el("h2", {}, t(lang, "inventory")),
    el("p", { class: "note" }, t(lang, "inventoryNote")),
    el(
      "section",
      { class: "metrics" },
      metric("datasets", t(lang, "datasets"), report.datasets, formatNumber(lang, report.datasets)),
      metric(
        "areasInventoried",
        t(lang, "areasInventoried", { n: report.coverage.areas }),
        report.coverage.inventoried,
        formatNumber(lang, report.coverage.inventoried),
      ),
      metric(
        "areasPassed",
        t(lang, "areasPassed"),
        report.coverage.passedProtocol,
        formatNumber(lang, report.coverage.passedProtocol),
      ),
      metric("stale", t(lang, "stale"), report.stale.length, formatNumber(lang, report.stale.length)),
    ),
    table(
      [t(lang, "area"), t(lang, "datasets"), t(lang, "reviewed"), t(lang, "passed"), t(lang, "protocol")],
      report.areas.map((a) => ({
        attrs: {
          "data-area": a.id,
          "data-datasets": String(a.datasets),
          "data-reviewed": String(a.reviewed),
          "data-passed": String(a.passed),
          "data-protocol": String(a.passedProtocol),
        },
        cells: [
          a.name,
          formatNumber(lang, a.datasets),
          `${a.reviewed}/${a.toReview}`,
          `${a.passed}/${a.toReview}`,
          yes(a.passedProtocol),
        ],
      })),
    ),
  );
  root.append(section);

  // The latest review of each dataset, by quality dimension; grey when the dimension was not checked.
  const cells = report.trends.flatMap((d) => {
    const last = d.reviews.at(-1);
    return last
      ? DIMENSIONS.map((dim) => ({
          dataset: d.title,
          dimension: DIMENSION_INFO[dim].label[lang],
          score: last.dimensions[dim] ?? null,
        }))
      : [];
  });
  if (cells.length === 0) {
    section.append(el("p", {}, t(lang, "noReviews")));
    return;
  }
  const heatmap = Plot.plot({
    width: 760,
    marginLeft: 300,
    marginBottom: 50,
    x: { label: null, domain: DIMENSIONS.map((d) => DIMENSION_INFO[d].label[lang]), tickRotate: -20 },
    y: { label: null },
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

async function renderSurveys(root: HTMLElement, lang: Lang): Promise<void> {
  const { report, topics } = await capacityFigures();
  const question = report.questions[0];
  const section = el(
    "section",
    { id: "surveys" },
    el("h2", {}, t(lang, "surveys")),
    el(
      "p",
      { class: "note", "data-respondents": String(report.respondents ?? "") },
      t(lang, "capacityNote", {
        // A hidden total is not bounded either ("< 5" would say every area is small).
        n: report.respondents ?? "—",
        min: report.minCell,
        hidden: report.byArea?.hiddenAreas ?? 0,
      }),
    ),
  );
  root.append(section);
  if (question) {
    const shown = question.topics.filter((d) => !d.hidden);
    const rows = shown.map((d) => ({
      topic: d.topic,
      name: label(topics.get(d.topic) ?? { es: d.topic }, lang),
      pct: d.pct,
    }));
    const chart = Plot.plot({
      width: 760,
      marginLeft: 300,
      x: { label: t(lang, "share"), grid: true, domain: [0, 100] },
      y: { label: null, domain: rows.map((r) => r.name) },
      marks: [Plot.barX(rows, { x: "pct", y: "name", fill: "#0969da", tip: true }), Plot.ruleX([0])],
    });
    section.append(
      el(
        "div",
        { id: "demand", "data-rows": JSON.stringify(rows) },
        el("h3", {}, label(question.label, lang)),
        chart,
        el(
          "p",
          {},
          t(lang, "hiddenTopics", { n: question.topics.length - shown.length, min: report.minCell }),
        ),
      ),
    );
  }

  const maturity = await maturityFigures();
  const tier = (id: string | null) => (id === null ? "—" : label(maturity.tiers.get(id) ?? { es: id }, lang));
  section.append(
    el("h3", {}, t(lang, "maturity")),
    el("p", { class: "note" }, t(lang, "maturityNote", { date: maturity.report.submittedAt ?? "—" })),
    table(
      [t(lang, "component"), t(lang, "tier"), t(lang, "nextTier"), t(lang, "missing")],
      maturity.report.components.map((c) => ({
        attrs: { "data-component": c.id, "data-tier": c.tier },
        cells: [
          label(c.title, lang),
          tier(c.tier),
          tier(c.next),
          c.missing.map((m) => label(m.label, lang)).join(" · ") || "—",
        ],
      })),
    ),
  );
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
  renderInventory(root, lang, asOf);
  await renderSurveys(root, lang);
  root.append(el("footer", {}, t(lang, "footer")));
  document.body.dataset.ready = "true";
}

main().catch((error: unknown) => {
  console.error(error);
  document.body.dataset.ready = "error";
});
