import { escapeHtml as e, LANGS, type Lang, translator } from "@ciudata/core";
import { catalogMessages } from "../../messages/catalog";
import type { FoundLicense } from "./discover";
import type { ServedTable } from "./review";

/** One dataset of the HTML catalog: its metadata and its served table's review. */
export interface CatalogEntry {
  table: ServedTable;
  description: string | null;
  license: FoundLicense | null;
  /** Where its rows download (`null`: not served). */
  download: string | null;
  format: string;
  /** When the review ran (ISO 8601). */
  validatedAt: string;
}

/** What the catalog's pages show around the datasets. */
export interface CatalogSite {
  title: string;
  description: string | null;
}

const COLORS: Record<string, string> = {
  pass: "#1a7f37",
  warn: "#9a6700",
  fail: "#cf222e",
  skipped: "#59636e",
};

const CSS = `
*{box-sizing:border-box}
body{margin:0;background:#f6f8fa;color:#1f2328;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px}
header,main,footer{max-width:960px;margin:0 auto;padding:16px 24px}
h1{font-size:26px;margin:8px 0}h2{font-size:20px;margin:0 0 8px}h3{font-size:16px;margin:16px 0 6px}
a{color:#0550ae}a:focus-visible{outline:3px solid #0969da;outline-offset:2px}
nav ul,ul.badges{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:8px}
article{background:#fff;border:1px solid #d1d9e0;border-radius:8px;padding:16px 20px;margin-bottom:16px}
.meta{color:#59636e;margin:4px 0}
.badge{display:inline-block;padding:2px 10px;border-radius:999px;color:#fff;font-weight:600;font-size:14px}
.privacy{border-left:4px solid #59636e;padding-left:8px}
.privacy.refused{border-left-color:#cf222e}
table{border-collapse:collapse}th,td{text-align:left;padding:4px 10px;border-bottom:1px solid #d1d9e0}
td.num{text-align:right;font-variant-numeric:tabular-nums}
`;

/** The language of a catalog page: `?lang=` when it names one we speak, else the request's `Accept-Language`. */
export function pageLang(query: string | null, accepted: Lang): Lang {
  return (LANGS as readonly string[]).includes(query ?? "") ? (query as Lang) : accepted;
}

const stamp = (iso: string) =>
  `<time datetime="${e(iso)}">${e(iso.replace("T", " ").slice(0, 16))} UTC</time>`;

const STATUSES = ["pass", "warn", "fail", "skipped"] as const;

/** A review status in words (`pass` → `aprobado`); a status we do not know is shown as it is. */
function statusWord(t: (key: (typeof STATUSES)[number]) => string, status: string | null): string {
  const known = STATUSES.find((x) => x === status);
  return known ? t(known) : (status ?? "");
}

function badge(status: string, text: string): string {
  return `<span class="badge" style="background:${COLORS[status] ?? COLORS.skipped}">${e(text)}</span>`;
}

/** A whole page: the language links, the header, the main part and the links for machines. */
function page(lang: Lang, title: string, header: string, main: string): string {
  const { t } = translator(catalogMessages, lang);
  const switcher = LANGS.map((l) =>
    l === lang
      ? `<li><strong aria-current="true">${l}</strong></li>`
      : `<li><a href="?lang=${l}" hreflang="${l}" lang="${l}">${l}</a></li>`,
  ).join("");
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${e(title)}</title><style>${CSS}</style></head><body><a class="skip" href="#main">${e(t("skip"))}</a><header><nav aria-label="${e(t("language"))}"><ul>${switcher}</ul></nav>${header}</header><main id="main">${main}</main><footer><p>${e(t("machine"))}: <a href="/data.json">DCAT-AR data.json</a> · <a href="/dcat-us/data.json">DCAT-US data.json</a> · <a href="/api/3/action/package_search">${e(t("api"))}</a></p></footer></body></html>`;
}

/** The quality and privacy block of one dataset (`full`: a table of every dimension). */
function entryBody(x: CatalogEntry, lang: Lang, full: boolean): string {
  const { t } = translator(catalogMessages, lang);
  const s = x.table;
  const r = s.review;
  const q = `?lang=${lang}`;
  const overall =
    r.score === null
      ? badge("skipped", `${t("overall")}: ${t("notScored")}`)
      : badge(r.outcome ?? "skipped", `${t("overall")}: ${r.score}/100 · ${statusWord(t, r.outcome)}`);
  const dims = r.dimensions ?? [];
  const dimensions = full
    ? `<table><thead><tr><th scope="col">${e(t("quality"))}</th><th scope="col">/100</th></tr></thead><tbody>${dims
        .map(
          (d) =>
            `<tr><th scope="row">${e(d.label[lang])}</th><td class="num">${d.score === null ? e(t("notScored")) : d.score} · ${e(statusWord(t, d.status))}</td></tr>`,
        )
        .join("")}</tbody></table>`
    : `<ul class="badges">${dims
        .map((d) => `<li>${badge(d.status, `${d.label[lang]} ${d.score === null ? "—" : d.score}`)}</li>`)
        .join("")}</ul>`;
  const list = (cols: string[]) =>
    cols.length ? cols.map((c) => `<code>${e(c)}</code>`).join(", ") : e(t("none"));
  const privacy = s.served
    ? `<p>${e(s.masked.length || s.dropped.length ? t("servedMasked") : t("servedClear"))}</p><p class="meta">${e(t("masked"))}: ${list(s.masked)} · ${e(t("dropped"))}: ${list(s.dropped)} · ${e(t("personal"))}: ${list(r.personal)}</p>`
    : `<p>${e(t("refused", { columns: s.refusedColumns.join(", ") }))}</p>`;
  const license = x.license
    ? x.license.url
      ? `<a href="${e(x.license.url)}" rel="license">${e(x.license.title)}</a>`
      : e(x.license.title)
    : e(t("noLicense"));
  const rows = s.rows === null ? "" : ` · ${e(t("rows", { n: s.rows }))}`;
  const download = x.download
    ? `<a href="${e(x.download)}" download>${e(t("download"))}</a> (${e(x.format)}${rows})`
    : `${e(t("notServed"))} (${e(x.format)})`;
  return `<p>${x.description ? e(x.description) : e(t("noDescription"))}</p>
<p class="meta">${e(t("license"))}: ${license} · ${e(t("validated"))}: ${stamp(x.validatedAt)}</p>
<h3>${e(t("quality"))}</h3><p>${overall} ${e(t("issues", { n: r.issues }))}</p>${dimensions}
${r.reportHtml ? `<p><a href="/dataset/${encodeURIComponent(s.id)}/report${q}">${e(t("report"))}</a></p>` : ""}
<h3>${e(t("privacy"))}</h3><div class="privacy${s.served ? "" : " refused"}">${privacy}</div>
<h3>${e(t("resources"))}</h3><ul><li>${e(s.title)}: ${download}</li></ul>`;
}

/**
 * The HTML catalog of a served folder: every dataset with its description, licence, last validation,
 * quality badges (overall and per dimension), privacy status and a link to its full report. One
 * self-contained page (inline CSS, no script, no external address); every text escaped.
 *
 * @example
 * ```ts
 * const html = renderCatalogPage({ title: "Datos de Mendoza", description: null }, entries, "es");
 * ```
 */
export function renderCatalogPage(site: CatalogSite, entries: readonly CatalogEntry[], lang: Lang): string {
  const { t } = translator(catalogMessages, lang);
  const items = entries
    .map(
      (x) =>
        `<article aria-labelledby="d-${e(x.table.id)}"><h2 id="d-${e(x.table.id)}"><a href="/dataset/${encodeURIComponent(x.table.id)}?lang=${lang}">${e(x.table.title)}</a></h2>${entryBody(x, lang, false)}</article>`,
    )
    .join("\n");
  return page(
    lang,
    site.title,
    `<h1>${e(site.title)}</h1>${site.description ? `<p>${e(site.description)}</p>` : ""}<p class="meta">${e(t("datasets", { n: entries.length }))}</p>`,
    items,
  );
}

/**
 * The HTML page of one dataset of a served folder: as in the catalog, with a table of every quality dimension.
 *
 * @example
 * ```ts
 * const html = renderDatasetPage({ title: "Datos de Mendoza", description: null }, entries[0], "en");
 * ```
 */
export function renderDatasetPage(site: CatalogSite, entry: CatalogEntry, lang: Lang): string {
  const { t } = translator(catalogMessages, lang);
  return page(
    lang,
    `${entry.table.title} — ${site.title}`,
    `<p><a href="/?lang=${lang}">${e(t("back"))}</a> · ${e(site.title)}</p><h1>${e(entry.table.title)}</h1>`,
    `<article>${entryBody(entry, lang, true)}</article>`,
  );
}
