import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, launchChromium, servePackages, watchErrors } from "./support/browser";

// The validators run in the browser of an internal app: a `File` from a web form goes straight to
// `validateTable`. This test bundles the core, serves it on 127.0.0.1 and drives Debian's Chromium.
const available = hasChromium("[ciudata] the browser tests");

const PAGE = `<!doctype html><meta charset="utf-8"><title>ciudata</title>
<input type="file" id="archivo"><script type="module">import * as t from "/table.js"; import * as q from "/quality.js";
window.ciudata = t; window.quality = q; document.title = "ready";</script>`;

describe.skipIf(!available)("in a real browser", () => {
  let close: (() => Promise<void>) | undefined;
  let browser: Browser;
  let base = "";

  beforeAll(async () => {
    const served = await servePackages(["table", "quality"], PAGE);
    base = served.base;
    close = served.close;
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await close?.();
  });

  it("validates a windows-1252 File chosen in a form, with located errors in Spanish", async () => {
    const page = await browser.newPage();
    await page.goto(base);
    await page.waitForFunction(() => document.title === "ready");
    // The file goes through a real <input type="file">, as a city employee would pick it.
    const bytes = Buffer.from("id;fecha;monto\n1;31/12/2024;1.234,56\n2;31/02/2024;x\n", "latin1");
    await page.setInputFiles("#archivo", { name: "padrón.csv", mimeType: "text/csv", buffer: bytes });
    const result = await page.evaluate(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: the page's global set by the module script
      const t = (window as any).ciudata;
      const file = (document.getElementById("archivo") as HTMLInputElement).files?.[0];
      const report = await t.validateTable(file, {
        schema: {
          fields: [
            { name: "id", type: "integer" },
            { name: "fecha", type: "date", format: "%d/%m/%Y" },
            { name: "monto", type: "number", decimalChar: ",", groupChar: "." },
          ],
        },
      });
      return {
        valid: report.valid,
        place: report.tasks[0].place,
        delimiter: report.tasks[0].detected.delimiter,
        errors: t.flatten(report, ["rowNumber", "fieldNumber", "type"]),
        message: report.tasks[0].errors[0].message,
      };
    });
    expect(result.valid).toBe(false);
    expect(result.place).toBe("padrón.csv");
    expect(result.delimiter).toBe(";");
    expect(result.errors).toEqual([
      [3, 2, "type-error"],
      [3, 3, "type-error"],
    ]);
    expect(result.message).toMatch(/^Fila 3, columna 2 \(fecha\)/);
    await page.close();
  });

  it("runs the quality review on a File and renders the HTML report, all in the page", async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(base);
    await page.waitForFunction(() => document.title === "ready");
    const result = await page.evaluate(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: the page's global set by the module script
      const q = (window as any).quality;
      const file = new File(["id,barrio\n1,Centro\n1,Centro\n2, Bombal\n"], "barrios.csv");
      const { report, scores } = await q.review(file, {
        schema: { fields: [{ name: "id", type: "integer" }, { name: "barrio" }], primaryKey: ["id"] },
      });
      return {
        types: report.tasks[0].errors.map((e: { type: string }) => e.type),
        uniqueness: scores.dimensions.uniqueness.score,
        html: q.renderHtml(report, scores, "es").slice(0, 15),
      };
    });
    expect(result.types).toContain("primary-key");
    expect(result.types).toContain("quality/whitespace");
    expect(result.uniqueness).toBeLessThan(100);
    expect(result.html.toLowerCase()).toBe("<!doctype html>");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("recognises an HTML page saved as .csv", async () => {
    const page = await browser.newPage();
    await page.goto(base);
    await page.waitForFunction(() => document.title === "ready");
    const types = await page.evaluate(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: the page's global set by the module script
      const t = (window as any).ciudata;
      const file = new File(["<!DOCTYPE html><html><body>Portal</body></html>"], "datos.csv");
      return t.flatten(await t.validateTable(file), ["type"]);
    });
    expect(types).toEqual([["format-error"]]);
    await page.close();
  });
});
