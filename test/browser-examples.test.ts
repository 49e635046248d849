import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { build, defaultClientConditions } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain JavaScript example, typed by its JSDoc
import { startServer } from "../examples/suggestion-box/server.mjs";
import { redactText } from "../packages/privacy/src/index";
import {
  getPreset,
  importAnswers,
  inventoryReport,
  maturityReport,
  overdueActions,
  parseInventory,
  parseQuestionnaire,
  progressByPillar,
  strategyProgress,
  surveyReport,
  todayIn,
} from "../packages/strategy/src/index";
import { openTable } from "../packages/table/src/index";
import { hasChromium, launchChromium, serveStatic, watchErrors } from "./support/browser";

// The two web examples, built with Vite as a participant would build them, served on 127.0.0.1 and driven
// in Debian's Chromium. The expected numbers come from the libraries run here in Node, never hard-coded.
const available = hasChromium("[ciudata] the examples' browser tests");

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** Screenshots stay here for a person to look at (ignored by git). */
const SHOTS = join(ROOT, "test-results", "browser-examples");

/**
 * Builds an example with its own vite.config.ts into `outDir`. The example's config reads the packages'
 * built `dist`; here we add the `@ciudata/source` condition so the test runs on `src`, with no build first.
 */
async function buildExample(name: string, outDir: string): Promise<void> {
  await build({
    root: join(ROOT, "examples", name),
    logLevel: "silent",
    build: { outDir, emptyOutDir: true },
    resolve: { conditions: ["@ciudata/source", ...defaultClientConditions] },
  });
}

/** Saves a full-page screenshot and checks it is a non-empty PNG. */
async function screenshot(page: Page, name: string): Promise<void> {
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  expect(statSync(path).size).toBeGreaterThan(1000);
  expect(readFileSync(path).subarray(1, 4).toString("latin1")).toBe("PNG");
}

describe.skipIf(!available)("the web examples in a real browser", () => {
  let browser: Browser;
  let work = "";
  let dashboard: { url: string; close: () => Promise<void> };
  let box: { url: string; close: () => Promise<void> };
  let dataFile = "";

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "ciudata-examples-"));
    mkdirSync(SHOTS, { recursive: true });
    await buildExample("strategy-dashboard", join(work, "dashboard"));
    await buildExample("suggestion-box", join(work, "box"));
    dashboard = await serveStatic(join(work, "dashboard"));
    dataFile = join(work, "data", "sugerencias.jsonl");
    box = await startServer({ port: 0, dataFile, distDir: join(work, "box") });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await dashboard?.close();
    await box?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("strategy dashboard: progress as of 2024-10-01 as @ciudata/strategy computes it, charts, no review yet", async () => {
    const asOf = "2024-10-01";
    const mendoza = getPreset("mendoza-2024-2026");
    if (!mendoza) throw new Error("no preset");
    const progress = strategyProgress(mendoza, asOf);
    const overdue = overdueActions(mendoza, asOf);
    const byPillar = progressByPillar(mendoza, asOf);

    const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${dashboard.url}?asOf=${asOf}`);
    await page.waitForSelector('body[data-ready="true"]');

    expect(await page.getAttribute("time", "datetime")).toBe(asOf);
    const metrics = await page.$$eval("#app > .metrics [data-metric]", (nodes) =>
      Object.fromEntries(nodes.map((n) => [n.getAttribute("data-metric"), n.getAttribute("data-value")])),
    );
    expect(metrics).toEqual({
      total: String(progress.total),
      completePct: String(progress.completePct),
      weightedPct: String(progress.weightedPct),
      overdue: String(overdue.length),
    });
    expect(await page.$$eval("#overdue li", (li) => li.map((n) => n.getAttribute("data-action")))).toEqual(
      overdue.map((a) => a.id),
    );

    // Actions by status per pillar: the chart's data, and one Plot bar per (pillar, status) with actions.
    const rows: { pillarId: string; count: number }[] = JSON.parse(
      (await page.getAttribute("#by-pillar", "data-rows")) ?? "[]",
    );
    for (const { pillarId, progress: p } of byPillar) {
      const counted = rows.filter((r) => r.pillarId === pillarId).reduce((sum, r) => sum + r.count, 0);
      expect(counted, pillarId).toBe(p.total + p.counts.cancelled);
    }
    const expectedBars = byPillar.flatMap((p) =>
      Object.values(p.progress.counts).filter((n) => n > 0),
    ).length;
    expect(await page.locator('#by-pillar svg g[aria-label="bar"] rect').count()).toBe(expectedBars);

    // Before the inventory's first review (2026-03-31) no dataset has a review: the page says so.
    expect(await page.locator("#inventory #dimensions").count()).toBe(0);
    await screenshot(page, "strategy-dashboard-2024-10-01");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("strategy dashboard: inventory coverage and the latest survey and self-assessment, as the libraries report them", async () => {
    const asOf = "2026-07-01";
    const read = (p: string) => readFileSync(join(ROOT, "examples", p), "utf8");
    const inventory = parseInventory(JSON.parse(read("inventory/inventario.json")));
    if (!inventory.ok) throw new Error("examples/inventory/inventario.json is not valid");
    const report = inventoryReport(inventory.inventory, asOf);
    const answers = async (questionnaire: string, csv: string) => {
      const q = parseQuestionnaire(JSON.parse(read(questionnaire)));
      if (!q.ok) throw new Error(questionnaire);
      const table = await openTable(read(csv));
      const rows: { rowNumber: number; cells: string[] }[] = [];
      for await (const { rowNumber, cells } of table.rows()) rows.push({ rowNumber, cells: [...cells] });
      return {
        q: q.questionnaire,
        responses: importAnswers(q.questionnaire.instrument, { labels: table.labels, rows }).responses,
      };
    };
    const capacity = await answers("survey/capacidad-mendoza.json", "survey/respuestas-capacidad-kobo.csv");
    const demand = surveyReport(capacity.q.instrument, capacity.responses, { by: "secretaria" });
    const self = await answers("survey/autoevaluacion-cda.json", "survey/respuestas-autoevaluacion-kobo.csv");
    if (self.q.kind !== "self-assessment") throw new Error("not a self-assessment");
    const maturity = maturityReport(self.q.selfAssessment, self.responses);

    const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${dashboard.url}?asOf=${asOf}`);
    await page.waitForSelector('body[data-ready="true"]');
    const metric = (name: string) => page.getAttribute(`[data-metric="${name}"]`, "data-value");
    expect(await metric("datasets")).toBe(String(report.datasets));
    expect(await metric("areasInventoried")).toBe(String(report.coverage.inventoried));
    expect(await metric("areasPassed")).toBe(String(report.coverage.passedProtocol));
    expect(await metric("stale")).toBe(String(report.stale.length));
    // The example's own report (informe.md): 4 of 5 areas inventoried, 3 passed the quality protocol.
    expect([report.coverage.areas, report.coverage.inventoried, report.coverage.passedProtocol]).toEqual([
      5, 4, 3,
    ]);
    const areas = await page.$$eval("[data-area]", (rows) =>
      rows.map((r) => [
        r.getAttribute("data-area"),
        r.getAttribute("data-reviewed"),
        r.getAttribute("data-protocol"),
      ]),
    );
    expect(areas).toEqual(report.areas.map((a) => [a.id, String(a.reviewed), String(a.passedProtocol)]));
    const reviewed = report.trends.filter((d) => d.reviews.length > 0).length;
    expect(await page.locator('#dimensions svg g[aria-label="cell"] rect').count()).toBe(reviewed * 8);

    // Demand by topic: only the topics the library shows (5 or more answers), with its percentages.
    expect(await page.getAttribute("[data-respondents]", "data-respondents")).toBe(
      String(demand.respondents),
    );
    const rows: { topic: string; pct: number }[] = JSON.parse(
      (await page.getAttribute("#demand", "data-rows")) ?? "[]",
    );
    const shown = demand.questions[0]?.topics.filter((d) => !d.hidden) ?? [];
    expect(rows.map((r) => [r.topic, r.pct])).toEqual(shown.map((d) => [d.topic, d.pct]));
    // Cultura answered 3 times, and Hacienda (12), the next smallest, is hidden with it so that 30 − 15
    // does not give Cultura's 3: neither is named, and they are counted together (never as small and larger).
    expect(demand.byArea).toMatchObject({ hiddenAreas: 2 });
    expect(demand.byArea).not.toHaveProperty("protectiveAreas");
    expect(await page.textContent("#surveys")).not.toContain("Secretaría de Cultura");
    const tiers = await page.$$eval("[data-component]", (rows) =>
      rows.map((r) => [r.getAttribute("data-component"), r.getAttribute("data-tier")]),
    );
    expect(tiers).toEqual(maturity.components.map((c) => [c.id, c.tier]));
    await screenshot(page, "strategy-dashboard-2026-07-01");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("strategy dashboard: today in Mendoza when asOf is missing or wrong, in English with ?lang=en", async () => {
    const mendoza = getPreset("mendoza-2024-2026");
    if (!mendoza) throw new Error("no preset");
    const before = todayIn(mendoza.city.timeZone, new Date());
    const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${dashboard.url}?lang=en&asOf=2024-13-01`);
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.textContent("[role=alert]")).toBe(
      "The date “2024-13-01” is not valid (expected YYYY-MM-DD): showing today's progress.",
    );
    const shown = (await page.getAttribute("time", "datetime")) ?? "";
    const after = todayIn(mendoza.city.timeZone, new Date());
    expect([before, after]).toContain(shown);
    expect(await page.textContent("h1")).toBe("Mendoza data strategy 2024–2026");
    expect(await page.getAttribute('[data-metric="overdue"]', "data-value")).toBe(
      String(overdueActions(mendoza, shown).length),
    );
    expect(await page.locator("#by-pillar svg").count()).toBeGreaterThan(0);
    await screenshot(page, "strategy-dashboard-today-en");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("suggestion box: the preview is redacted and only the redacted text is sent and stored", async () => {
    const raw =
      "Hola, mi DNI 30.123.456. Escribime a rosalia.gomez@gmail.com o llamame al +54 9 261 555-1234. Falta luz en la plaza.";
    const expected = redactText(raw, { lang: "es" }).text;
    expect(expected).toContain("[DOCUMENTO]");
    expect(expected).toContain("[CORREO]");
    expect(expected).toContain("[TELÉFONO]");

    const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
    const errors = watchErrors(page);
    const bodies: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST") bodies.push(request.postData() ?? "");
    });
    await page.goto(`${box.url}/`);
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.textContent("h1")).toBe("Buzón de sugerencias");
    await page.fill("#nombre", "Rosalía");
    await page.selectOption("#barrio", "Segunda sección");
    await page.fill("#mensaje", raw);
    await expect.poll(() => page.textContent("#vista-previa")).toBe(expected);
    expect(await page.textContent("#ocultos")).toMatch(/^Ocultamos: .*documento.*correo.*teléfono/);
    await screenshot(page, "suggestion-box-es-preview");

    const answer = page.waitForResponse((r) => r.url().includes("/api/sugerencias"));
    await page.click("button[type=submit]");
    expect((await answer).status()).toBe(201);
    await expect.poll(() => page.textContent("#estado")).toBe("¡Gracias, Rosalía! Recibimos tu sugerencia.");

    // What left the browser: the redacted text, the barrio and the language; no name, ID, e-mail or phone.
    expect(bodies).toHaveLength(1);
    const sent = JSON.parse(bodies[0] ?? "{}");
    expect(sent).toEqual({ message: expected, barrio: "Segunda sección", lang: "es" });
    for (const secret of ["30.123.456", "rosalia.gomez@gmail.com", "555-1234", "Rosalía"])
      expect(bodies[0]).not.toContain(secret);

    // What the server stored: one JSON line, the same redacted text.
    const lines = readFileSync(dataFile, "utf8").trim().split("\n");
    expect(lines).toHaveLength(1);
    const stored = JSON.parse(lines[0] ?? "{}");
    expect(stored).toMatchObject({ message: expected, barrio: "Segunda sección", lang: "es" });
    expect(redactText(stored.message).spans).toEqual([]);

    await screenshot(page, "suggestion-box-es-sent");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("suggestion box: the server refuses raw personal data with 422 in Spanish and stores nothing", async () => {
    const before = existsSync(dataFile) ? readFileSync(dataFile, "utf8") : "";
    const response = await fetch(`${box.url}/api/sugerencias`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ message: "Mi correo es rosalia.gomez@gmail.com, DNI 30.123.456", barrio: "" }),
    });
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.error.code).toBe("personal-data");
    expect(body.error.message).toMatch(/^El texto todavía tiene datos personales \(.*correo.*\)/);
    expect(JSON.stringify(body)).not.toContain("rosalia.gomez");
    expect(existsSync(dataFile) ? readFileSync(dataFile, "utf8") : "").toBe(before);
  });

  it("suggestion box: in Portuguese with ?lang=pt, placeholders included", async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${box.url}/?lang=pt`);
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.textContent("h1")).toBe("Caixa de sugestões");
    await page.fill("#mensaje", "Meu telefone é +54 9 261 555-1234");
    await expect.poll(() => page.textContent("#vista-previa")).toBe("Meu telefone é [TELEFONE]");
    await screenshot(page, "suggestion-box-pt");
    expect(errors).toEqual([]);
    await page.close();
  });
});
