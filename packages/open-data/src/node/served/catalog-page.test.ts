import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Lang } from "@ciudata/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDcatCatalog } from "../../index";
import { type ServedFolder, serveFolder, type TableReview } from "./index";

// A Data Package of three tables: one whose title carries markup, one with a masked personal column,
// and one with direct identifiers that the config leaves unhandled (listed, not served).
const PACKAGE = {
  name: "datos-ciudad",
  title: "Datos <b>de</b> la ciudad",
  keywords: ["ciudad"],
  licenses: [{ name: "CC-BY-4.0", title: "CC BY 4.0", path: "https://creativecommons.org/licenses/by/4.0/" }],
  contributors: [{ title: "Mesa de datos", email: "datos@ciudad.gob.ar", role: "maintainer" }],
  resources: [
    {
      name: "barrios",
      title: '<script>alert("x")</script> Barrios',
      description: "Barrios & comunas <i>oficiales</i>",
      path: "barrios.csv",
    },
    { name: "reclamos", title: "Reclamos", description: "Reclamos de la línea 147", path: "reclamos.csv" },
    { name: "padron", title: "Padrón", description: "Padrón de beneficiarios", path: "padron.csv" },
  ],
};
const FILES = {
  "barrios.csv": "id,nombre\n1,Centro\n2,Norte\n",
  "reclamos.csv": "numero,vecino,canal\n10,Ana Pérez,Web\n11,Luis Gómez,App\n",
  "padron.csv": "dni,nombre\n20123456,Ana Pérez\n",
};
const SERVE_CONFIG = { tables: { reclamos: { mask: ["vecino"] } } };

const label = (es: string, en: string, pt: string): Record<Lang, string> => ({ es, en, pt });
/** A stand-in for the CLI's review, with per-dimension scores and a report page per language. */
const review = async (t: { name: string }): Promise<TableReview> => ({
  score: t.name === "barrios" ? 100 : 72,
  outcome: t.name === "barrios" ? "pass" : "warn",
  issues: t.name === "barrios" ? 0 : 3,
  direct: t.name === "padron" ? ["dni", "nombre"] : t.name === "reclamos" ? ["vecino"] : [],
  personal: [],
  dimensions: [
    {
      id: "completeness",
      label: label("Completitud", "Completeness", "Completude"),
      score: 100,
      status: "pass",
    },
    { id: "validity", label: label("Validez", "Validity", "Validade"), score: 44, status: "fail" },
  ],
  validatedAt: "2026-12-07T09:30:00.000Z",
  reportHtml: (lang) => `<!doctype html><html lang="${lang}"><title>report ${t.name} ${lang}</title></html>`,
});

let dir = "";
let served: ServedFolder;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ciudata-catalog-"));
  for (const [name, text] of Object.entries(FILES)) await writeFile(join(dir, name), text);
  await writeFile(join(dir, "datapackage.json"), JSON.stringify(PACKAGE));
  await writeFile(join(dir, "ciudata-serve.json"), JSON.stringify(SERVE_CONFIG));
  served = await serveFolder(dir, { review, limits: { burst: 1000, perSecond: 1000 } });
});
afterAll(async () => {
  await served?.close();
  await rm(dir, { recursive: true, force: true });
});

const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${served.url}${path}`, { headers });
  return {
    status: res.status,
    type: res.headers.get("content-type") ?? "",
    csp: res.headers.get("content-security-policy"),
    text: await res.text(),
  };
};

describe("the HTML catalog of a served folder", () => {
  it("lists every dataset with its badges, licence, last validation and privacy status", async () => {
    const page = await get("/");
    expect(page.status).toBe(200);
    expect(page.type).toMatch(/^text\/html/);
    expect(page.text).toMatch(/^<!doctype html><html lang="es">/);
    expect(page.text).toContain("3 conjuntos de datos");
    expect(page.text).toContain('<a class="skip" href="#main">Ir al contenido</a>');
    expect(page.text).toContain('<main id="main"><article aria-labelledby="d-barrios">');
    // Scores per dimension, with their status in words (not only in colour).
    expect(page.text).toContain("Puntaje general: 100/100 · aprobado");
    expect(page.text).toContain("Puntaje general: 72/100 · con advertencias");
    expect(page.text).toContain("Validez 44");
    expect(page.text).toContain(
      '<a href="https://creativecommons.org/licenses/by/4.0/" rel="license">CC BY 4.0</a>',
    );
    expect(page.text).toContain('<time datetime="2026-12-07T09:30:00.000Z">2026-12-07 09:30 UTC</time>');
    expect(page.text).toContain("Se sirve con columnas protegidas");
    expect(page.text).toContain("Enmascaradas: <code>vecino</code>");
    expect(page.text).toContain("No se sirve: identificadores directos sin tratar (dni, nombre)");
    expect(page.text).toContain('href="/dataset/barrios/report?lang=es"');
    expect(page.text).toContain('href="/datastore/dump/barrios"');
    expect(page.text).not.toContain('href="/datastore/dump/padron"');
  });

  it("escapes every text: a title carrying a script stays text", async () => {
    for (const path of ["/", "/dataset/barrios"]) {
      const { text, csp } = await get(path);
      expect(text).not.toMatch(/<script/i);
      expect(text).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Barrios");
      expect(text).toContain("Barrios &amp; comunas &lt;i&gt;oficiales&lt;/i&gt;");
      expect(text).not.toContain("<b>de</b>");
      // No script may run and nothing is fetched from elsewhere.
      expect(csp).toContain("default-src 'none'");
      expect(text).not.toMatch(/(src|href)="(https?:)?\/\/(?!creativecommons\.org)/);
    }
  });

  it("never shows a personal value", async () => {
    for (const path of ["/", "/dataset/reclamos", "/dataset/padron", "/dcat-us/data.json"]) {
      const { text } = await get(path);
      expect(text).not.toContain("Ana Pérez");
      expect(text).not.toContain("20123456");
    }
  });

  it("speaks the language of ?lang= or Accept-Language", async () => {
    const en = await get("/?lang=en", { "accept-language": "pt-BR" });
    expect(en.text).toMatch(/<html lang="en">/);
    expect(en.text).toContain("Overall score: 72/100 · warnings");
    expect(en.text).toContain("Not served: direct identifiers not handled (dni, nombre)");
    const pt = await get("/", { "accept-language": "pt-BR,pt;q=0.9" });
    expect(pt.text).toMatch(/<html lang="pt">/);
    expect(pt.text).toContain("Completude 100");
    expect(pt.text).toContain('href="/dataset/barrios/report?lang=pt"');
    // An unknown ?lang= falls back on the request's language.
    expect((await get("/?lang=xx", { "accept-language": "en" })).text).toMatch(/<html lang="en">/);
  });

  it("has a page per dataset and links its full validation report", async () => {
    const page = await get("/dataset/reclamos?lang=en");
    expect(page.status).toBe(200);
    expect(page.text).toContain("<h1>Reclamos</h1>");
    expect(page.text).toContain('<th scope="row">Validity</th><td class="num">44 · fail</td>');
    const report = await get("/dataset/reclamos/report?lang=pt");
    expect(report.status).toBe(200);
    expect(report.type).toMatch(/^text\/html/);
    expect(report.text).toContain("report reclamos pt");
    expect((await get("/dataset/nada")).status).toBe(404);
    expect((await get("/dataset/%E0%A4%A/report")).status).toBe(400);
  });

  it("still answers JSON at / to a client that asks for it", async () => {
    const res = await get("/", { accept: "application/json" });
    expect(res.type).toMatch(/^application\/json/);
    expect(JSON.parse(res.text).tables.map((t: { id: string }) => t.id)).toEqual([
      "barrios",
      "reclamos",
      "padron",
    ]);
    expect(JSON.parse((await get("/?format=json")).text).dcat).toBe(`${served.url}/data.json`);
  });
});

describe("the DCAT-US catalog of a served folder", () => {
  it("serves POD v1.1 at /dcat-us/data.json while /data.json stays DCAT-AR", async () => {
    const us = parseDcatCatalog(JSON.parse((await get("/dcat-us/data.json")).text));
    const ar = parseDcatCatalog(JSON.parse((await get("/data.json")).text));
    expect(us.profile).toBe("dcat-us");
    expect(ar.profile).toBe("dcat-ar");
    expect(us.datasets.map((d) => d.id)).toEqual(ar.datasets.map((d) => d.id));
    expect(us.violations).toEqual([]);
    const raw = (us.raw as { dataset: Record<string, unknown>[] }).dataset;
    expect(raw[0]).toMatchObject({
      keyword: ["ciudad"],
      license: "https://creativecommons.org/licenses/by/4.0/",
      contactPoint: { fn: "Mesa de datos", hasEmail: "mailto:datos@ciudad.gob.ar" },
      distribution: [{ downloadURL: `${served.url}/datastore/dump/barrios`, mediaType: "text/csv" }],
    });
    // The table not served is listed as non-public, with the reason, and no download.
    expect(raw[2]).toMatchObject({ identifier: "padron", accessLevel: "non-public" });
    expect(String(raw[2]?.rights)).toContain("dni, nombre");
    expect(raw[2]).not.toHaveProperty("distribution");
    expect(served.dcatUsMissing).toEqual([]);
  });

  it("reports required metadata a plain folder lacks instead of inventing it", async () => {
    const plain = await mkdtemp(join(tmpdir(), "ciudata-catalog-plain-"));
    await writeFile(join(plain, "arbolado.csv"), "id,especie\n1,Tipa\n");
    const bare = await serveFolder(plain, { review });
    try {
      expect(bare.dcatUsMissing).toEqual([
        { dataset: "arbolado", field: "description" },
        { dataset: "arbolado", field: "keyword" },
        { dataset: "arbolado", field: "contactPoint" },
      ]);
      const raw = (await (await fetch(`${bare.url}/dcat-us/data.json`)).json()) as { dataset: object[] };
      expect(raw.dataset[0]).not.toHaveProperty("contactPoint");
    } finally {
      await bare.close();
      await rm(plain, { recursive: true, force: true });
    }
  });
});
