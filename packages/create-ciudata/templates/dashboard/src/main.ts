import * as Plot from "@observablehq/plot";
import { coordinates, countBy, countByMonth, pickCategory, pickDate } from "./aggregate";
import data from "./data/snapshot.json";
import type { Snapshot } from "./snapshot";
import "./style.css";

// The data comes from src/data/snapshot.json, written by `npm run build` (scripts/snapshot.mjs).
const snapshot = data as Snapshot;

const TEXT = {
  es: {
    quality: "Calidad de los datos",
    byCategory: (c: string) => `Filas por ${c}`,
    byMonth: (c: string) => `Filas por mes (${c})`,
    map: "Mapa",
    mapNote: (rows: number, left: number, hidden: number, k: number) =>
      `${rows} filas, ${left} sin territorio; ${hidden} territorios ocultos para proteger cuentas menores que ${k}.`,
    rows: "filas",
    challenge: "Desafío",
    source: "Fuente",
    license: "Licencia",
    catalog: (n: number) => `Catálogo del portal (${n} conjuntos)`,
    updated: "Datos leídos el",
    noChart:
      "No encontré una columna de categorías para graficar: elija una en ciudata.config.json («category»).",
  },
  en: {
    quality: "Data quality",
    byCategory: (c: string) => `Rows by ${c}`,
    byMonth: (c: string) => `Rows per month (${c})`,
    map: "Map",
    mapNote: (rows: number, left: number, hidden: number, k: number) =>
      `${rows} rows, ${left} in no territory; ${hidden} territories hidden to protect counts under ${k}.`,
    rows: "rows",
    challenge: "Challenge",
    source: "Source",
    license: "Licence",
    catalog: (n: number) => `Portal catalog (${n} datasets)`,
    updated: "Data read on",
    noChart: 'No category column to chart: pick one in ciudata.config.json ("category").',
  },
  pt: {
    quality: "Qualidade dos dados",
    byCategory: (c: string) => `Linhas por ${c}`,
    byMonth: (c: string) => `Linhas por mês (${c})`,
    map: "Mapa",
    mapNote: (rows: number, left: number, hidden: number, k: number) =>
      `${rows} linhas, ${left} sem território; ${hidden} territórios ocultos para proteger contagens menores que ${k}.`,
    rows: "linhas",
    challenge: "Desafio",
    source: "Fonte",
    license: "Licença",
    catalog: (n: number) => `Catálogo do portal (${n} conjuntos)`,
    updated: "Dados lidos em",
    noChart:
      "Não encontrei uma coluna de categorias para o gráfico: escolha uma em ciudata.config.json («category»).",
  },
}[snapshot.lang ?? "es"];

/** Creates an element with text children only (portal data never goes through innerHTML). */
function el(tag: string, className: string | null, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function section(title: string, ...content: (Node | string)[]): HTMLElement {
  return el("section", "card", el("h2", null, title), ...content);
}

const { dataset, quality, columns, rows } = snapshot;
const app = document.querySelector<HTMLElement>("#app") as HTMLElement;
document.documentElement.lang = snapshot.lang ?? "es";

// Header: the dataset, and the challenge when there is one.
app.append(
  el(
    "header",
    null,
    el("h1", null, dataset.title ?? dataset.name ?? dataset.id),
    el("p", "muted", `${dataset.publisher ?? ""} · ${snapshot.totalRows} ${TEXT.rows}`),
    ...(snapshot.challenge ? [el("p", "challenge", `${TEXT.challenge}: ${snapshot.challenge.title}`)] : []),
  ),
);

// Quality badges: one per dimension with its 0–100 score ("—" when the dimension was not checked).
const badges = el("ul", "badges");
for (const d of quality.dimensions) {
  const badge = el(
    "li",
    `badge badge--${d.status}`,
    el("span", "badge__label", d.label),
    el("span", "badge__score", d.score === null ? "—" : String(Math.round(d.score))),
  );
  badge.dataset.dimension = d.id;
  badge.title = `${d.label}: ${d.status}`;
  badges.append(badge);
}
app.append(section(TEXT.quality, badges));

// Chart 1: rows by a category column.
const category = pickCategory(columns, rows, snapshot.category);
if (category) {
  const counts = countBy(rows, category).slice(0, 15);
  app.append(
    section(
      TEXT.byCategory(category),
      Plot.plot({
        marginLeft: 200,
        height: 40 + counts.length * 26,
        x: { grid: true, label: TEXT.rows },
        y: { label: null },
        marks: [
          Plot.barX(counts, { x: "count", y: "key", sort: { y: "-x" }, fill: "#2a6f97" }),
          Plot.ruleX([0]),
        ],
      }),
    ),
  );
} else {
  app.append(section(TEXT.byCategory("…"), el("p", null, TEXT.noChart)));
}

// Chart 2: rows per month, when there is a date column.
const monthFormat = new Intl.DateTimeFormat(snapshot.lang ?? "es", {
  month: "short",
  year: "2-digit",
  timeZone: "UTC",
});
const date = pickDate(columns);
const months = date ? countByMonth(rows, date) : [];
if (date && months.length > 1) {
  app.append(
    section(
      TEXT.byMonth(date),
      Plot.plot({
        height: 260,
        y: { grid: true, label: TEXT.rows },
        // Month names in the page's language ("ene 26", not "Jan 2026"); months are UTC dates.
        x: { label: null, tickFormat: monthFormat.format },
        marks: [
          Plot.lineY(months, { x: "month", y: "count", marker: true, stroke: "#2a6f97" }),
          Plot.ruleY([0]),
        ],
      }),
    ),
  );
}

// With an areas file: the rows per territory, drawn by @ciudata/geo into the snapshot (an SVG with no
// script; parsed as SVG, never as HTML). Without one: a dot per point, when there are coordinates.
const points = coordinates(columns, rows);
if (snapshot.map) {
  const { svg, rows: total, unassigned, hidden, threshold } = snapshot.map;
  const drawing = new DOMParser().parseFromString(svg, "image/svg+xml").documentElement;
  app.append(
    section(
      TEXT.map,
      document.importNode(drawing, true),
      el("p", "muted", TEXT.mapNote(total, unassigned, hidden, threshold)),
    ),
  );
} else if (points) {
  app.append(
    section(
      TEXT.map,
      Plot.plot({
        projection: {
          type: "mercator",
          inset: 10,
          domain: { type: "MultiPoint", coordinates: points.map((p) => [p.lon, p.lat]) },
        },
        marks: [
          Plot.frame({ stroke: "#d0d5da" }),
          Plot.dot(points, { x: "lon", y: "lat", r: 2.5, fill: "#c0392b" }),
        ],
      }),
    ),
  );
}

// Footer: where the data comes from, its licence and the portal's catalog.
const catalog = el("ul", null, ...snapshot.catalog.map((d) => el("li", null, d.title ?? d.name ?? d.id)));
app.append(
  el(
    "footer",
    "muted",
    el("p", null, `${TEXT.source}: ${snapshot.portal} · ${snapshot.resource.name ?? snapshot.resource.id}`),
    el(
      "p",
      null,
      `${TEXT.license}: ${dataset.license ?? "—"} · ${TEXT.updated} ${snapshot.generatedAt.slice(0, 10)}`,
    ),
    el("details", null, el("summary", null, TEXT.catalog(snapshot.catalog.length)), catalog),
  ),
);
