// Downloads one dataset from the portal in ciudata.config.json and writes a report to out/:
// - its quality, scored 0–100 by dimension (@ciudata/quality), with the full HTML report;
// - the columns that look like personal data (@ciudata/privacy; samples are always masked);
// - the re-identification risk of the grouping columns and a count table where groups smaller than k
//   are suppressed (@ciudata/disaggregation).
// Run it with `npm start`; `CIUDATA_PORTAL=https://… npm start` reads another portal.
import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { aggregationCheck } from "@ciudata/disaggregation";
import { createPortal, describePortalError, isPortalError } from "@ciudata/open-data";
import { riskCheck, scanTable } from "@ciudata/privacy";
import { DIMENSION_INFO, DIMENSIONS, renderHtml, review } from "@ciudata/quality";

/**
 * @typedef {object} AnalyzeOptions
 * @property {string} portal A CKAN URL, or the local portal of `npm run portal`.
 * @property {string} [platform] "ckan" (default); empty to detect DCAT, Socrata, OpenDataSoft or ArcGIS.
 * @property {string} [dataset] Dataset id or name; empty: the first one with a CSV.
 * @property {string} [resource] Resource id or name; empty: the dataset's first CSV.
 * @property {string[]} [groupBy] Columns to count by; empty: one picked by `pickGroupBy`.
 * @property {number} [k] Smallest group that may be published (default 5).
 * @property {"es" | "en" | "pt"} [lang] Language of the report (default "es").
 * @property {{ id: string, title: string } | null} [challenge]
 * @property {string} [out] Folder of the report (default "out").
 */

const isCsv = (r) => /csv/i.test(r.format ?? "") || /\.csv($|\?)/i.test(String(r.url ?? ""));

/**
 * Runs the analysis and writes `report.md` and `quality.html` to the `out` folder.
 *
 * @param {AnalyzeOptions} options
 */
export async function analyze(options) {
  const lang = options.lang ?? "es";
  const k = options.k ?? 5;
  const out = options.out ?? "out";
  const platform = options.platform ?? "ckan";
  const portal = createPortal(options.portal, {
    platform: platform || undefined,
    timeout: 20_000,
    retries: 1,
  });

  // 1. The dataset and its CSV, downloaded once.
  const dataset = options.dataset
    ? await portal.dataset(options.dataset)
    : (await portal.search({ limit: 100 })).datasets.find((d) => d.resources.some(isCsv));
  const resource =
    dataset?.resources.find(
      (r) => options.resource && (r.id === options.resource || r.name === options.resource),
    ) ?? dataset?.resources.find(isCsv);
  if (!dataset || !resource) throw new Error(`${options.portal}: no dataset with a CSV resource`);
  const download = await portal.download(resource, { maxBytes: 100 * 1024 * 1024 });
  const bytes = new Uint8Array(await new Response(download.body).arrayBuffer());

  // 2. Privacy: columns that look like personal data.
  const privacy = await scanTable(bytes);

  // 3. Quality review, profiling the columns in the same read.
  const profile = columnProfile();
  const asOf = new Date().toISOString().slice(0, 10);
  const name = dataset.name ?? dataset.id;
  const { report, scores } = await review(bytes, { name, lang, asOf, checks: [profile] });

  // 4. Counts by the grouping columns with small cells suppressed, and their re-identification risk.
  const groupBy = options.groupBy?.length
    ? options.groupBy
    : pickGroupBy(profile.result(), privacy.personalColumns);
  let risk = null;
  let table = null;
  if (groupBy.length > 0) {
    const riskOf = riskCheck({ qi: groupBy, k });
    const counts = aggregationCheck({ by: groupBy, threshold: k });
    await review(bytes, { name, lang, defaultChecks: false, checks: [riskOf, counts] });
    risk = riskOf.result();
    table = counts.result();
  }

  const result = {
    portal: options.portal,
    challenge: options.challenge?.title ? options.challenge : null,
    dataset: { id: dataset.id, name: dataset.name, title: dataset.title, license: dataset.license },
    resource: { id: resource.id, name: resource.name },
    asOf,
    rows: scores.rows,
    quality: DIMENSIONS.map((id) => ({
      id,
      label: DIMENSION_INFO[id].label[lang],
      score: scores.dimensions[id].score,
      status: scores.dimensions[id].status,
    })),
    personal: privacy.findings.map((f) => ({ column: f.column, category: f.category, samples: f.samples })),
    groupBy,
    k,
    risk: risk?.violations.find((v) => v.k === k) ?? null,
    table,
  };
  await mkdir(out, { recursive: true });
  await writeFile(join(out, "report.md"), renderMarkdown(result, lang));
  await writeFile(join(out, "quality.html"), renderHtml(report, scores, lang));
  return result;
}

/** A check that counts distinct values per column (up to 51) while the table is read once. */
function columnProfile(limit = 51) {
  const columns = [];
  return {
    name: "analysis/profile",
    onStart(ctx) {
      for (const f of ctx.fields) columns.push({ name: f.name, type: f.type ?? "string", values: new Set() });
    },
    onRow(row) {
      if (row.blank) return;
      columns.forEach((c, i) => {
        if (c.values.size < limit) c.values.add(row.cells[i] ?? "");
      });
    },
    result: () => columns.map((c) => ({ name: c.name, type: c.type, distinct: c.values.size })),
  };
}

/**
 * The column to count by: the first text column with 2 to 50 different values that is not personal data.
 *
 * @param {{ name: string, type: string, distinct: number }[]} columns
 * @param {string[]} [personal]
 * @returns {string[]}
 */
export function pickGroupBy(columns, personal = []) {
  const found = columns.find(
    (c) => c.type === "string" && !personal.includes(c.name) && c.distinct >= 2 && c.distinct <= 50,
  );
  return found ? [found.name] : [];
}

const TEXT = {
  es: {
    title: "Informe",
    challenge: "Desafío",
    source: "Fuente",
    rows: "Filas",
    quality: "Calidad por dimensión",
    notChecked: "sin revisar",
    personal: "Datos personales",
    nonePersonal: "No encontré columnas con datos personales.",
    risk: (n, k, cols) =>
      `${n} filas están en grupos de menos de ${k} según ${cols}: no publique esas filas sin agregarlas.`,
    counts: (cols) => `Cantidad por ${cols}`,
    suppressed: (k) => `«—»: celda suprimida (menos de ${k} filas, o porque permitiría recalcular otra).`,
    noGroup: "No encontré una columna de categorías: elija una en ciudata.config.json («groupBy»).",
    full: "Informe de calidad completo: quality.html",
  },
  en: {
    title: "Report",
    challenge: "Challenge",
    source: "Source",
    rows: "Rows",
    quality: "Quality by dimension",
    notChecked: "not checked",
    personal: "Personal data",
    nonePersonal: "No column looks like personal data.",
    risk: (n, k, cols) =>
      `${n} rows are in groups smaller than ${k} by ${cols}: do not publish them unaggregated.`,
    counts: (cols) => `Count by ${cols}`,
    suppressed: (k) => `"—": suppressed cell (fewer than ${k} rows, or it would let another be recomputed).`,
    noGroup: 'No category column found: pick one in ciudata.config.json ("groupBy").',
    full: "Full quality report: quality.html",
  },
  pt: {
    title: "Relatório",
    challenge: "Desafio",
    source: "Fonte",
    rows: "Linhas",
    quality: "Qualidade por dimensão",
    notChecked: "não revisada",
    personal: "Dados pessoais",
    nonePersonal: "Não encontrei colunas com dados pessoais.",
    risk: (n, k, cols) =>
      `${n} linhas estão em grupos menores que ${k} por ${cols}: não publique sem agregar.`,
    counts: (cols) => `Quantidade por ${cols}`,
    suppressed: (k) => `«—»: célula suprimida (menos de ${k} linhas, ou porque permitiria recalcular outra).`,
    noGroup: "Não encontrei uma coluna de categorias: escolha uma em ciudata.config.json («groupBy»).",
    full: "Relatório de qualidade completo: quality.html",
  },
};

/**
 * The Markdown report of an analysis.
 *
 * @param {Awaited<ReturnType<typeof analyze>>} r
 * @param {"es" | "en" | "pt"} [lang]
 */
export function renderMarkdown(r, lang = "es") {
  const t = TEXT[lang] ?? TEXT.es;
  const cols = r.groupBy.join(", ");
  const lines = [`# ${t.title}: ${r.dataset.title ?? r.dataset.name ?? r.dataset.id}`, ""];
  if (r.challenge) lines.push(`${t.challenge}: **${r.challenge.title}**`, "");
  lines.push(
    `${t.source}: ${r.portal} · ${r.resource.name ?? r.resource.id} · ${r.asOf}`,
    `${t.rows}: ${r.rows}`,
  );
  lines.push("", `## ${t.quality}`, "", "| | |", "| --- | ---: |");
  for (const d of r.quality)
    lines.push(`| ${d.label} | ${d.score === null ? t.notChecked : Math.round(d.score)} |`);
  lines.push("", t.full, "", `## ${t.personal}`, "");
  if (r.personal.length === 0) lines.push(t.nonePersonal);
  for (const f of r.personal) lines.push(`- \`${f.column}\`: ${f.category} (${f.samples.join(", ")})`);
  if (r.table) {
    lines.push("", `## ${t.counts(cols)}`, "");
    if (r.risk?.records) lines.push(t.risk(r.risk.records, r.k, cols), "");
    lines.push(`| ${[...r.groupBy, t.rows].join(" | ")} |`, `|${" --- |".repeat(r.groupBy.length)} ---: |`);
    for (const cell of r.table.cells) {
      const keys = cell.key.map((key) => (key === "_T" ? "Total" : key));
      lines.push(`| ${keys.join(" | ")} | ${cell.value ?? "—"} |`);
    }
    lines.push("", t.suppressed(r.k));
  } else {
    lines.push("", t.noGroup);
  }
  return `${lines.join("\n")}\n`;
}

// `npm start`: the analysis of ciudata.config.json.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const config = JSON.parse(readFileSync(new URL("ciudata.config.json", import.meta.url), "utf8"));
  const portalUrl = process.env.CIUDATA_PORTAL || config.portal;
  try {
    const result = await analyze({
      ...config,
      portal: portalUrl,
      out: fileURLToPath(new URL("out", import.meta.url)),
    });
    console.log(`✓ ${result.dataset.title}: out/report.md, out/quality.html`);
  } catch (error) {
    const why = isPortalError(error) ? describePortalError(error, config.lang ?? "es") : error.message;
    console.error(`✗ ${portalUrl}: ${why}`);
    console.error(
      "  Portal local: «npm run portal» en otra terminal (o «npx @ciudata/cli portal serve --port 5000»), o una URL de CKAN en ciudata.config.json.\n  Local portal: run «npm run portal» in another terminal, or put a CKAN URL in ciudata.config.json.",
    );
    process.exitCode = 1;
  }
}
