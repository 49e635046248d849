// Writes src/data/snapshot.json from the portal in ciudata.config.json: the catalog, one table and its
// quality scores. The page reads that file, so it works offline and without CORS problems.
// `npm run build` and `npm run dev` run it first; `CIUDATA_PORTAL=https://… npm run build` uses another portal.
import { existsSync, readFileSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { createPortal, describePortalError, isPortalError } from "@ciudata/open-data";
import { DIMENSION_INFO, DIMENSIONS, review } from "@ciudata/quality";
import { territoryMap } from "./map.mjs";

const ROOT = new URL("../", import.meta.url);
const OUT = new URL("src/data/snapshot.json", ROOT);
const config = JSON.parse(readFileSync(new URL("ciudata.config.json", ROOT), "utf8"));
const lang = ["es", "en", "pt"].includes(config.lang) ? config.lang : "es";
const portalUrl = process.env.CIUDATA_PORTAL || config.portal;

const TEXT = {
  es: {
    wrote: (title, rows) => `✓ ${title}: ${rows} filas en src/data/snapshot.json`,
    kept: (why) =>
      `⚠ No pude leer el portal (${why}).\n  Sigo con la copia anterior de src/data/snapshot.json.`,
    failed: (url, why) =>
      `✗ No pude leer el portal ${url}: ${why}\n  Inicie el portal local en otra terminal con «npm run portal» (o «npx @ciudata/cli portal serve --port 5000»),\n  o ponga la URL de un portal CKAN en ciudata.config.json («portal») o en la variable CIUDATA_PORTAL.`,
    noTable: "no encontré un conjunto de datos con un recurso CSV",
    noMap: (why) => `⚠ Sin mapa por territorio: ${why}`,
  },
  en: {
    wrote: (title, rows) => `✓ ${title}: ${rows} rows in src/data/snapshot.json`,
    kept: (why) => `⚠ Could not read the portal (${why}).\n  Keeping the previous src/data/snapshot.json.`,
    failed: (url, why) =>
      `✗ Could not read the portal ${url}: ${why}\n  Start the local portal in another terminal with "npm run portal" (or "npx @ciudata/cli portal serve --port 5000"),\n  or put a CKAN portal URL in ciudata.config.json ("portal") or in the CIUDATA_PORTAL variable.`,
    noTable: "found no dataset with a CSV resource",
    noMap: (why) => `⚠ No map by territory: ${why}`,
  },
  pt: {
    wrote: (title, rows) => `✓ ${title}: ${rows} linhas em src/data/snapshot.json`,
    kept: (why) =>
      `⚠ Não consegui ler o portal (${why}).\n  Sigo com a cópia anterior de src/data/snapshot.json.`,
    failed: (url, why) =>
      `✗ Não consegui ler o portal ${url}: ${why}\n  Inicie o portal local em outro terminal com «npm run portal» (ou «npx @ciudata/cli portal serve --port 5000»),\n  ou coloque a URL de um portal CKAN em ciudata.config.json («portal») ou na variável CIUDATA_PORTAL.`,
    noTable: "não encontrei um conjunto de dados com um recurso CSV",
    noMap: (why) => `⚠ Sem mapa por território: ${why}`,
  },
}[lang];

const isCsv = (resource) =>
  /csv/i.test(resource.format ?? "") || /\.csv($|\?)/i.test(String(resource.url ?? ""));

async function buildSnapshot() {
  // "platform" in the config: "ckan" (Andino too); empty to detect DCAT, Socrata, OpenDataSoft or ArcGIS.
  const portal = createPortal(portalUrl, {
    platform: config.platform || undefined,
    timeout: 20_000,
    retries: 1,
  });
  // 1. The catalog: the first 100 datasets.
  const page = await portal.search({ limit: 100 });
  // 2. The dataset and resource of the config, or the first one with a CSV.
  const dataset = config.dataset
    ? await portal.dataset(config.dataset)
    : page.datasets.find((d) => d.resources.some(isCsv));
  const resource =
    dataset?.resources.find(
      (r) => config.resource && (r.id === config.resource || r.name === config.resource),
    ) ?? dataset?.resources.find(isCsv);
  if (!dataset || !resource) throw new Error(TEXT.noTable);
  // 3. Download it and review its quality in one read, keeping the rows for the page.
  const download = await portal.download(resource, { maxBytes: 50 * 1024 * 1024 });
  const bytes = new Uint8Array(await new Response(download.body).arrayBuffer());
  const columns = [];
  const rows = [];
  let totalRows = 0;
  const keepRows = {
    name: "dashboard/rows",
    onStart(ctx) {
      for (const field of ctx.fields) columns.push({ name: field.name, type: field.type ?? "string" });
    },
    onRow(row) {
      if (row.blank) return;
      totalRows++;
      if (rows.length < (config.maxRows ?? 5000))
        rows.push(Object.fromEntries(columns.map((c, i) => [c.name, row.cells[i] ?? ""])));
    },
  };
  const asOf = new Date().toISOString().slice(0, 10);
  const { scores } = await review(bytes, {
    name: dataset.name ?? dataset.id,
    lang,
    asOf,
    checks: [keepRows],
  });
  // 4. With an areas file ("areas" in the config), the rows per territory as a map (when the table has
  // coordinates or a territory column); the page then draws it instead of a dot per row.
  let map = null;
  if (config.areas) {
    try {
      map = await territoryMap(bytes, {
        areas: fileURLToPath(new URL(config.areas, ROOT)),
        lang,
        codeField: config.areasCode || undefined,
        nameField: config.areasName || undefined,
      });
    } catch (error) {
      console.warn(TEXT.noMap(error.message));
    }
  }
  return {
    format: "ciudata-dashboard-snapshot/1",
    generatedAt: new Date().toISOString(),
    lang,
    portal: portalUrl,
    challenge: config.challenge?.title ? config.challenge : null,
    category: config.category || null,
    catalog: page.datasets.map((d) => ({ id: d.id, name: d.name, title: d.title })),
    dataset: {
      id: dataset.id,
      name: dataset.name,
      title: dataset.title,
      publisher: dataset.organization?.title ?? dataset.publisher?.name ?? null,
      license: dataset.license,
      url: dataset.landingPage,
    },
    resource: { id: resource.id, name: resource.name, format: resource.format },
    columns,
    rows,
    totalRows,
    map,
    quality: {
      overall: scores.overall,
      outcome: scores.outcome,
      dimensions: DIMENSIONS.map((id) => ({
        id,
        label: DIMENSION_INFO[id].label[lang],
        score: scores.dimensions[id].score,
        status: scores.dimensions[id].status,
      })),
    },
  };
}

try {
  const snapshot = await buildSnapshot();
  await mkdir(new URL(".", OUT), { recursive: true });
  const temp = new URL(`snapshot.json.${process.pid}.tmp`, OUT);
  await writeFile(temp, `${JSON.stringify(snapshot, null, 2)}\n`);
  await rename(temp, OUT); // never half a file
  console.log(TEXT.wrote(snapshot.dataset.title, snapshot.totalRows));
} catch (error) {
  const why = isPortalError(error) ? describePortalError(error, lang) : error.message;
  if (existsSync(OUT)) {
    console.warn(TEXT.kept(why));
  } else {
    console.error(TEXT.failed(portalUrl, why));
    process.exitCode = 1;
  }
}
