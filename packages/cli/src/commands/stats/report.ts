import { escapeHtml, type Lang, numberWords, translator } from "@ciudata/core";
import type { ColumnStats, HistogramBin, StatValue, Summary, TableStats } from "@ciudata/quality";
import type { Block, Doc } from "../../doc";
import { statsMessages } from "../../messages/stats";

// The statistics as a document: an overview, then per column a compact table of its statistics, its most
// frequent values and its histogram (a line of bars in text, an inline SVG in HTML). A personal column
// shows its counts only: the library gives nothing else for it.

const BARS = "▁▂▃▄▅▆▇█";

/** Control characters and line breaks made visible, so one value stays on one line of a table. */
const oneLine = (value: string) => value.replace(/\r\n|[\r\n]/g, "⏎").replace(/\p{Cc}/gu, "�");

/**
 * The statistics of a table as a document (text, Markdown and HTML are made from it).
 *
 * @example
 * ```ts
 * statsDoc(stats, "padron.csv", "es").title; //=> "Estadísticas de padron.csv"
 * ```
 */
export function statsDoc(stats: TableStats, file: string, lang: Lang): Doc {
  const { t } = translator(statsMessages, lang);
  const blocks: Block[] = [
    {
      kind: "paragraph",
      text: t("overview", {
        rows: stats.rows,
        columns: stats.columns.length,
        encoding: stats.encoding,
        delimiter: stats.delimiter === "\t" ? "\\t" : stats.delimiter,
        inferred: stats.schemaSource === "inferred",
      }),
    },
    { kind: "paragraph", text: t("notes") },
  ];
  for (const column of stats.columns) blocks.push(...columnBlocks(column, lang));
  return { title: t("title", { file }), lang, blocks };
}

function columnBlocks(c: ColumnStats, lang: Lang): Block[] {
  const { t } = translator(statsMessages, lang);
  const w = numberWords(lang);
  const n = (value: number) => w.number(value);
  const blocks: Block[] = [{ kind: "heading", text: t("column", { name: oneLine(c.name), type: c.type }) }];
  if (c.personal) blocks.push({ kind: "paragraph", text: t("personal") });
  const rows: string[][] = [
    [t("rows"), n(c.rows)],
    [t("empty"), n(c.empty)],
    [t("spaces"), n(c.spaces)],
    [t("values"), n(c.values)],
  ];
  if (c.missing) rows.push([t("missing"), n(c.missing)]);
  if (c.invalid) rows.push([t("invalid", { type: c.type }), n(c.invalid)]);
  if (c.summary?.nonFinite) rows.push([t("nonFinite"), n(c.summary.nonFinite)]);
  rows.push([t("distinct"), c.distinctExact ? n(c.distinct) : t("estimate", { n: n(c.distinct) })]);
  if (c.lengths) rows.push([t("lengths"), t("range", { min: n(c.lengths.min), max: n(c.lengths.max) })]);
  const s = c.summary;
  if (s) {
    const v = (value: StatValue) => shown(value, lang);
    const approx = (text: string) => (s.exact ? text : t("approximate", { text }));
    const q = s.quantiles;
    rows.push(
      [t("min"), v(s.min)],
      [t("max"), v(s.max)],
      [t("mean"), v(s.mean)],
      [t("median"), approx(v(q.p50))],
      [t("quantiles"), approx([q.p05, q.p25, q.p75, q.p95].map(v).join(" · "))],
    );
  }
  blocks.push({ kind: "table", head: [t("stat"), t("value")], rows });
  if (c.top?.values.length) {
    blocks.push(
      { kind: "paragraph", text: t("top") },
      {
        kind: "table",
        head: [t("value"), t("count")],
        rows: c.top.values.map((e) => [oneLine(e.value), n(e.count)]),
      },
    );
    if (!c.top.complete) blocks.push({ kind: "paragraph", text: t("topIncomplete") });
  }
  if (s && s.histogram.length > 1) blocks.push(histogramBlock(s, c.name, lang));
  return blocks;
}

/** A number in the user's language (up to six decimals), or a date as it is (ISO 8601). */
function shown(value: StatValue, lang: Lang): string {
  return typeof value === "string" ? value : numberWords(lang).number(value, { maximumFractionDigits: 6 });
}

function histogramBlock(s: Summary, name: string, lang: Lang): Block {
  const { t } = translator(statsMessages, lang);
  const title = s.exact ? t("histogram") : t("histogramApprox");
  const top = Math.max(1, ...s.histogram.map((b) => b.count));
  const bars = s.histogram
    .map((b) => (b.count === 0 ? " " : BARS[Math.min(7, Math.floor((b.count / top) * 7.999))]))
    .join("");
  const text = `${title}: ${shown(s.min, lang)} ${bars} ${shown(s.max, lang)}`;
  return { kind: "figure", text, svg: histogramSvg(s.histogram, top, `${title}: ${name}`, lang) };
}

/** Ten bars in a small SVG, each with a tooltip (its range and count); every text escaped. */
function histogramSvg(bins: readonly HistogramBin[], top: number, title: string, lang: Lang): string {
  const width = 24;
  const height = 60;
  const w = numberWords(lang);
  const rects = bins.map((b, i) => {
    const h = b.count === 0 ? 0 : Math.max(1, Math.round((b.count / top) * height));
    const tip = `${shown(b.from, lang)} – ${shown(b.to, lang)}: ${w.number(b.count)}`;
    return `<rect x="${i * (width + 2)}" y="${height - h}" width="${width}" height="${h}" fill="#4a7ab8"><title>${escapeHtml(tip)}</title></rect>`;
  });
  const span = bins.length * (width + 2);
  return `<svg role="img" xmlns="http://www.w3.org/2000/svg" width="${span}" height="${height + 2}" viewBox="0 0 ${span} ${height + 2}"><title>${escapeHtml(title)}</title>${rects.join("")}<line x1="0" y1="${height + 1}" x2="${span}" y2="${height + 1}" stroke="#999"/></svg>`;
}
