import { type Lang, type PerLang, translator, escapeHtml as x } from "@ciudata/core";
import type { Area } from "../areas/types";
import { classOf, quantileBreaks } from "./classes";
import { choroplethMessages } from "./messages";
import { areaPath, fitAreas } from "./project";

/** The value of one territory on a map. */
export interface ChoroplethDatum {
  /** The territory's code (as in {@link Area.code}). */
  readonly code: string;
  /** A count or a rate; `null` when there is none. Ignored when `suppressed`. */
  readonly value: number | null;
  /** The territory's name in its `<title>`. Defaults to the areas' name (the code when they differ). */
  readonly name?: string;
  /** Hidden to protect small counts: drawn hatched, its value never written. Defaults to `false`. */
  readonly suppressed?: boolean;
}

/** Options of {@link choropleth}. */
export interface ChoroplethOptions {
  /** The language of the legend and titles. Defaults to `"es"`. */
  lang?: Lang;
  /** The words (legend, titles). Defaults to {@link choroplethMessages}. */
  messages?: PerLang<(typeof choroplethMessages)["es"]>;
  /** What the values are ("Sitios por 1.000 residentes"): the legend's heading and the map's title. */
  measure?: string;
  /** How many classes at most (quantiles), from 1 to 7. Defaults to 5. */
  classes?: number;
  /** The suppression threshold, named in the legend. Defaults to none named. */
  threshold?: number;
  /** The width of the drawing, in SVG units (the height follows the areas' shape). Defaults to 640. */
  width?: number;
  /** How a value is written. Defaults to the language's numbers (one decimal; two significant digits below 1). */
  format?: (value: number) => string;
  /** Prefix of the ids inside the SVG (two maps on one page need different ones). Defaults to `"ciudata-map"`. */
  id?: string;
}

/** ColorBrewer's sequential Blues, by number of classes: light = low. */
const BLUES: readonly (readonly string[])[] = [
  [],
  ["#6baed6"],
  ["#bdd7e7", "#3182bd"],
  ["#deebf7", "#9ecae1", "#3182bd"],
  ["#eff3ff", "#bdd7e7", "#6baed6", "#2171b5"],
  ["#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"],
  ["#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"],
  ["#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594"],
];
const NO_DATA = "#d9d9d9";
const MARGIN = 8;
const ROW = 20;

/**
 * A choropleth as one self-contained SVG string (no script, font, tile or network): the areas drawn in an
 * equirectangular projection fitted to the width, each territory coloured by the class of its value —
 * quantile classes computed from every shown value, with the breaks in the legend — suppressed territories
 * hatched (their value never written anywhere, and never used for the classes), territories without a
 * value in grey, and a `<title>` per territory (name and value) for hover and screen readers. Holes and
 * multipolygons are drawn (`fill-rule="evenodd"`); areas sharing a code are one territory. The same input
 * gives the same bytes.
 *
 * @param areas The areas ({@link readAreas}).
 * @param data One value per territory code; codes of no area are ignored.
 * @param options Language, words, measure, classes, threshold, width.
 * @returns The `<svg>…</svg>` text, ready to put in an HTML page or save as `mapa.svg`.
 * @example
 * ```ts
 * const svg = choropleth(layer.areas, [{ code: "1", value: 0.51 }, { code: "5", value: null, suppressed: true }], {
 *   lang: "es", measure: "Sitios por 1.000 residentes", threshold: 5,
 * });
 * svg.startsWith("<svg"); //=> true
 * ```
 */
export function choropleth(
  areas: readonly Area[],
  data: readonly ChoroplethDatum[],
  options: ChoroplethOptions = {},
): string {
  const lang = options.lang ?? "es";
  const { t, words } = translator(options.messages ?? choroplethMessages, lang);
  const format =
    options.format ??
    ((v: number) =>
      words.number(
        v,
        v !== 0 && Math.abs(v) < 1 ? { maximumSignificantDigits: 2 } : { maximumFractionDigits: 1 },
      ));
  const id = options.id ?? "ciudata-map";
  const byCode = new Map<string, ChoroplethDatum>();
  for (const d of data) byCode.set(d.code, d);

  // One territory per code, in the order of the areas.
  const territories = new Map<string, { name: string; areas: Area[] }>();
  for (const area of areas) {
    const known = territories.get(area.code);
    if (known === undefined) territories.set(area.code, { name: area.name, areas: [area] });
    else {
      known.areas.push(area);
      // Barrios drawn as their comuna: no one barrio's name for the whole.
      if (known.name !== area.name) known.name = area.code;
    }
  }
  const shown = (d: ChoroplethDatum | undefined): d is ChoroplethDatum & { value: number } =>
    d !== undefined && d.suppressed !== true && d.value !== null && Number.isFinite(d.value);
  // Breaks from every shown value of a territory on the map: never from a suppressed one.
  const values = [...territories.keys()]
    .map((c) => byCode.get(c))
    .filter(shown)
    .map((d) => d.value);
  const wanted = Math.max(1, Math.min(7, Math.round(options.classes ?? 5)));
  const breaks = quantileBreaks(values, wanted);
  const colours = BLUES[breaks.length + 1] as readonly string[];

  const fit = fitAreas(areas, options.width ?? 640, MARGIN);
  const paths: string[] = [];
  let anySuppressed = false;
  let anyMissing = false;
  for (const [code, territory] of territories) {
    const d = byCode.get(code);
    const path = territory.areas.map((a) => areaPath(a, fit, 0.3)).join("");
    const name = d?.name ?? territory.name;
    let fill: string;
    let cls: string;
    let title: string;
    if (d?.suppressed === true) {
      anySuppressed = true;
      fill = `url(#${id}-hatch)`;
      cls = "suppressed";
      title = t("areaSuppressed", { name });
    } else if (shown(d)) {
      const c = classOf(d.value, breaks);
      fill = colours[c] as string;
      cls = String(c);
      title = t("area", { name, value: format(d.value) });
    } else {
      anyMissing = true;
      fill = NO_DATA;
      cls = "none";
      title = t("areaNoData", { name });
    }
    paths.push(
      `<path d="${path}" fill="${fill}" data-code="${x(code)}" data-class="${cls}"><title>${x(title)}</title></path>`,
    );
  }

  // The legend, under the map: the measure, one row per class, then hatched and grey when drawn.
  const legend: string[] = [];
  let y = fit.height + 4;
  const row = (swatch: string, text: string) => {
    legend.push(
      `<rect x="${MARGIN}" y="${y}" width="18" height="12" fill="${swatch}" stroke="#888" stroke-width="0.5"/><text x="${MARGIN + 26}" y="${y + 10}">${x(text)}</text>`,
    );
    y += ROW;
  };
  if (options.measure !== undefined) {
    legend.push(`<text x="${MARGIN}" y="${y + 10}" font-weight="600">${x(options.measure)}</text>`);
    y += ROW;
  }
  if (values.length > 0) {
    const min = Math.min(...values);
    const max = Math.max(...values);
    const edges = [min, ...breaks, max];
    colours.forEach((colour, c) => {
      const from = edges[c] as number;
      const to = edges[c + 1] as number;
      const last = c === colours.length - 1;
      row(
        colour,
        from === to && last ? format(from) : t("range", { from: format(from), to: format(to), last }),
      );
    });
  }
  if (anySuppressed) row(`url(#${id}-hatch)`, t("suppressed", { threshold: options.threshold ?? null }));
  if (anyMissing) row(NO_DATA, t("noData"));
  const height = y + MARGIN;
  const label = x(t("map", { measure: options.measure ?? t("values") }));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${fit.width} ${height}" width="${fit.width}" height="${height}" role="img" aria-label="${label}">`,
    `<title>${label}</title>`,
    `<defs><pattern id="${x(id)}-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f7f7f7"/><line x1="0" y1="0" x2="0" y2="6" stroke="#737373" stroke-width="2"/></pattern></defs>`,
    `<g stroke="#fff" stroke-width="0.6" stroke-linejoin="round" fill-rule="evenodd">`,
    ...paths,
    "</g>",
    `<g font-family="system-ui,sans-serif" font-size="12" fill="#1f2328">`,
    ...legend,
    "</g>",
    "</svg>",
  ].join("\n");
}
