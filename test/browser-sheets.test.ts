import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HOSPITALS_CSV, hospitalsOds, hospitalsXlsx } from "../packages/table/src/sheets/book.test-helpers";
import { hasChromium, launchChromium, servePackages } from "./support/browser";

// Issue #22: a spreadsheet picked in a web form reads in the browser like its CSV twin (the reader is
// browser-safe: fflate, no Node module).
const available = hasChromium("[ciudata] the spreadsheet browser tests");

const PAGE = `<!doctype html><meta charset="utf-8"><title>ciudata</title>
<input type="file" id="archivo" multiple><script type="module">import * as t from "/table.js";
window.ciudata = t; document.title = "ready";</script>`;

describe.skipIf(!available)("spreadsheets in a real browser", () => {
  let close: (() => Promise<void>) | undefined;
  let browser: Browser;
  let base = "";

  beforeAll(async () => {
    const served = await servePackages(["table"], PAGE);
    base = served.base;
    close = served.close;
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await close?.();
  });

  it("reads the .xlsx and .ods picked in a form to the rows of their CSV twin, and writes one", async () => {
    const page = await browser.newPage();
    await page.goto(base);
    await page.waitForFunction(() => document.title === "ready");
    await page.setInputFiles("#archivo", [
      { name: "hospitales.csv", mimeType: "text/csv", buffer: Buffer.from(HOSPITALS_CSV) },
      { name: "hospitales.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from(hospitalsXlsx()) },
      { name: "hospitales.ods", mimeType: "application/octet-stream", buffer: Buffer.from(hospitalsOds()) },
    ]);
    const result = await page.evaluate(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: the page's global set by the module script
      const t = (window as any).ciudata;
      const files = [...((document.getElementById("archivo") as HTMLInputElement).files ?? [])];
      const read = async (input: unknown) => {
        const table = await t.openTable(input);
        const rows: string[][] = [table.labels];
        for await (const row of table.rows()) rows.push(row.cells);
        return { rows, format: table.detected?.format ?? null, sheet: table.detected?.sheet?.name ?? null };
      };
      const books = [];
      for (const file of files) books.push(await read(file));
      const report = await t.validateTable(files[1], { lang: "es" });
      const written = await read(t.toXlsx(["barrio", "poblacion"], [["Centro", 1234]]));
      return { books, valid: report.valid, note: report.tasks[0].errors[0].message, written };
    });
    const [csv, xlsx, ods] = result.books;
    expect(csv?.rows).toHaveLength(4);
    expect(xlsx).toEqual({ rows: csv?.rows, format: "xlsx", sheet: "Hospitales" });
    expect(ods).toEqual({ rows: csv?.rows, format: "ods", sheet: "Hospitales" });
    expect(result.valid).toBe(true);
    expect(result.note).toContain("se leyó la hoja «Hospitales»");
    expect(result.written.rows).toEqual([
      ["barrio", "poblacion"],
      ["Centro", "1234"],
    ]);
  });
});
