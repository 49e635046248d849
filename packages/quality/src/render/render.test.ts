import { escapeHtml } from "@ciudata/core";
import { createReport, REPORT_FORMAT_VERSION, type Report, tableError, validateTable } from "@ciudata/table";
import { beforeAll, describe, expect, it } from "vitest";
import { testReport } from "../../test-support/test-report";
import { FORMULA_VERSION, scoreReport } from "../score";
import {
  escapeMarkdown,
  isRawParam,
  renderGithub,
  renderHtml,
  renderJson,
  renderMarkdown,
  renderText,
  toQualityReport,
} from "./index";

const XSS = "<script>alert(1)</script>";
const schema = {
  fields: [
    { name: "id", type: "integer" },
    { name: "nombre", type: "string", constraints: { maxLength: 10 } },
    { name: "edad", type: "integer", constraints: { minimum: 0, maximum: 120 } },
  ],
};
const csv = `id,nombre,edad\n1,Ana,30\nx,"${XSS}",200\n3,Luis,abc\n4,Eva,-1\n5,Juan\n`;

let report: Report;
let revealed: Report;
beforeAll(async () => {
  report = await validateTable(csv, { schema });
  revealed = await validateTable(csv, { schema, revealCells: true });
});

describe("renderText", () => {
  it("prints counts by dimension and the first errors of each type, in Spanish by default", () => {
    const text = renderText(report, scoreReport(report));
    expect(text).toMatch(/^Informe de calidad de datos\n/);
    expect(text).toContain("table: ✘ con errores — 5 filas, 3 columnas");
    expect(text).toContain("Resultado: ✘ no aprobado");
    expect(text).toMatch(/✘ Validez +\d/);
    expect(text).toMatch(/· Sesgo +— +sin revisar · Sin puntaje/);
    expect(text).toContain("2 × Tipo incorrecto (type-error)");
    expect(text).toContain("Fila 3, columna 1 (id): el valor no tiene el tipo o el formato de la columna");
    expect(text).toContain("validez = 100 × (1 − celdas con hallazgos");
  });

  it("cuts each type to the first N with a count of the rest, and speaks English and Portuguese", () => {
    const scores = scoreReport(report);
    const en = renderText(report, scores, "en", { maxPerType: 1 });
    expect(en).toContain("Outcome: ✘ fail");
    expect(en).toContain("… and 1 more");
    expect(renderText(report, scores, "pt")).toContain("Resultado: ✘ reprovado");
  });
});

describe("renderMarkdown", () => {
  it("renders a dimension table and escapes values", () => {
    const md = renderMarkdown(revealed, scoreReport(revealed), "es");
    expect(md).toContain("| Dimensión | Puntaje | Estado | Hallazgos | Cálculo |");
    expect(md).toMatch(/\| Validez \| \d+,\d \| ✘ no aprobado \|/);
    expect(md).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(md).not.toContain("<script");
    expect(escapeMarkdown("a|b\nc *d*")).toBe("a\\|b c \\*d\\*");
  });
});

describe("renderHtml", () => {
  it("is one self-contained page with inline CSS and SVG charts, no scripts or external URLs", () => {
    const html = renderHtml(report, scoreReport(report));
    expect(html).toMatch(/^<!doctype html><html lang="es">/);
    expect(html).toContain("<style>");
    expect(html.match(/<svg /g)?.length).toBe(2);
    expect(html).not.toMatch(/<script|\bsrc=|\bhref=|url\(|@import|https?:|\/\/[a-z]/i);
    expect(html).toContain("Tipo incorrecto");
    expect(html).toContain("<details>");
  });

  it("shows a map section only when given one, its heading and notes escaped", () => {
    const svg =
      '<svg viewBox="0 0 10 10"><path d="M0 0 10 0 10 10Z" data-code="1"><title>Norte: 12</title></path></svg>';
    const html = renderHtml(report, scoreReport(report), "es", {
      map: { title: `Filas por barrio ${XSS}`, svg, notes: [`3 filas sin barrio ${XSS}`] },
    });
    expect(html).toContain(`<section class="map"><h2>Filas por barrio ${escapeHtml(XSS)}</h2>`);
    expect(html).toContain(svg);
    expect(html).toContain(`<p class="meta">3 filas sin barrio ${escapeHtml(XSS)}</p>`);
    expect(html).not.toMatch(/<script/i);
    expect(renderHtml(report, scoreReport(report))).not.toContain('class="map"');
    expect(renderMarkdown(report, scoreReport(report), "es", { map: { title: "Mapa", svg } })).not.toContain(
      "<svg",
    );
  });

  it("escapes every value: a cell holding a script stays text", () => {
    const html = renderHtml(revealed, scoreReport(revealed), "en");
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    const named = createReport([
      { ...(revealed.tasks[0] as Report["tasks"][number]), name: '"><img onerror=x>', place: "<b>" },
    ]);
    const page = renderHtml(named, scoreReport(named));
    expect(page).not.toContain("<img");
    expect(page).not.toContain("<b>");
    expect(escapeHtml(`<a href='x'>&"`)).toBe("&lt;a href=&#39;x&#39;&gt;&amp;&quot;");
  });

  it("shows the first N errors of each type and says how many more", () => {
    // Every other row: no two findings are consecutive, so each is its own line.
    const errors = Array.from({ length: 30 }, (_, i) => tableError("blank-row", { rowNumber: 2 * i + 2 }));
    const r = testReport(errors, { rows: 70 });
    const html = renderHtml(r, scoreReport(r), "es", { maxPerType: 20 });
    expect(html.match(/<tr class="error">/g)?.length).toBe(20);
    expect(html).toContain("… y 10 más");
  });

  it("shows consecutive rows with the same finding in the same column as one line with the count", () => {
    const blank = Array.from({ length: 30 }, (_, i) => tableError("blank-row", { rowNumber: i + 2 }));
    const typed = [5, 6, 9].map((row) =>
      tableError("type-error", { rowNumber: row + 40, fieldNumber: 2, fieldName: "edad", cell: "x" }),
    );
    const r = testReport([...blank, ...typed], { rows: 70 });
    const html = renderHtml(r, scoreReport(r), "es");
    expect(html.match(/<tr class="error">/g)?.length).toBe(3);
    expect(html).toContain('<td class="num">2–31</td>');
    expect(html).toContain("filas 2–31: fila vacía (30)");
    expect(html).not.toContain("… y");
    const text = renderText(r, scoreReport(r), "en");
    expect(text).toContain("✘ rows 2–31: blank row (30)");
    expect(text).toContain("✘ rows 45–46, column “edad”: type error (2)");
    expect(text).toMatch(/✘ Row 49, column 2 \(edad\)/);
    expect(renderGithub(r, "en", { file: "datos/padron.csv" }).split("\n")).toEqual([
      "::error file=datos/padron.csv,line=2,endLine=31,title=Blank row (blank-row)::rows 2–31: blank row (30)",
      "::error file=datos/padron.csv,line=45,endLine=46,col=2,title=Type error (type-error)::rows 45–46, column “edad”: type error (2)",
      expect.stringMatching(
        /^::error file=datos\/padron.csv,line=49,col=2,title=Type error \(type-error\)::Row 49/,
      ),
      "",
    ]);
  });

  it("draws a threshold tick on a dimension bar", () => {
    const r = testReport([]);
    const html = renderHtml(
      r,
      scoreReport(r, { thresholds: { validity: { tolerance: 0.1, level: "fail" } } }),
    );
    expect(html).toContain('<line x1="454.0"');
  });
});

describe("raw params", () => {
  const r = testReport([
    tableError("privacy/test", {
      rowNumber: 2,
      fieldNumber: 1,
      cell: "Jxxx Xxxxx",
      params: { rawCell: "Juan Pérez", raw: "Juan Pérez", received: "Jxxx Xxxxx" },
    }),
  ]);
  const scores = scoreReport(r);

  it("are never printed by any renderer", () => {
    for (const out of [
      renderText(r, scores),
      renderMarkdown(r, scores),
      renderHtml(r, scores),
      renderJson(r, scores),
    ]) {
      expect(out).toContain("Jxxx Xxxxx");
      expect(out).not.toContain("Juan");
    }
    expect(isRawParam("raw_value")).toBe(true);
    expect(isRawParam("rawness")).toBe(false);
  });
});

describe("renderJson", () => {
  it("is the frictionless-shaped report plus quality scores with their versions", () => {
    const scores = scoreReport(report);
    const data = JSON.parse(renderJson(report, scores));
    expect(data.formatVersion).toBe(REPORT_FORMAT_VERSION);
    expect(data.valid).toBe(false);
    expect(data.tasks[0].errors.length).toBe(report.tasks[0]?.errors.length);
    expect(data.quality.formulaVersion).toBe(FORMULA_VERSION);
    expect(data.quality.scores.dimensions.validity.score).toBe(scores.dimensions.validity.score);
    expect(data.quality.scores.dimensions.bias.score).toBeNull();
    expect(JSON.parse(JSON.stringify(toQualityReport(report, scores)))).toEqual(data);
  });
});
