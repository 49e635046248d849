import { describe, expect, it } from "vitest";
import { tinyStrategy } from "../../test-support/tiny-strategy";
import { getPreset } from "../presets";
import { loadStrategy } from "../validate/parse";
import { renderHtml } from "./html";
import { renderMarkdown } from "./markdown";
import { renderJson, strategyReport } from "./snapshot";

const mendoza = () => {
  const doc = getPreset("mendoza-2024-2026");
  if (!doc) throw new Error("missing preset");
  return doc;
};

describe("strategyReport (JSON)", () => {
  it("lists every Mendoza action with status, owners and deadline as written, and the overdue ones", () => {
    const report = JSON.parse(renderJson(strategyReport(mendoza(), "2024-10-01")));
    expect(report).toMatchObject({
      format: "ciudata-strategy-report",
      version: 1,
      asOf: "2024-10-01",
      lang: "es",
    });
    expect(report.actions).toHaveLength(18);
    const first = report.actions[0];
    expect(first).toMatchObject({
      id: "inventario-por-area",
      status: "in_progress",
      statusLabel: "En curso — según el documento (sin fecha)",
      undated: true,
      lastUpdate: null,
      deadline: "2024-05",
      due: "2024-05-31",
      overdue: true,
      asWritten: { status: "Iniciado", owners: "Data Champions; CGD", deadline: "Mayo 2024" },
    });
    expect(first.owners.map((o: { name: string }) => o.name)).toEqual([
      "Data Champions (referentes de datos)",
      "Comité de Gobernanza de Datos (CGD)",
    ]);
    expect(report.overdue).toHaveLength(11);
    expect(report.overdue).not.toContain("aplicacion-protocolo-seguridad"); // Oct 2024 has not ended
    expect(report.overdue).not.toContain("comite-de-gobernanza"); // complete
    expect(report.nextDeadlines.map((n: { actionId: string }) => n.actionId)).toEqual([
      "aplicacion-protocolo-seguridad",
      "implementacion-plan-capacitacion",
      "esquemas-de-rutinas",
      "mapeo-de-plataformas",
      "replicar-rutinas",
    ]);
    expect(report.progress).toMatchObject({
      total: 18,
      counts: { complete: 2, in_progress: 5, not_started: 11 },
    });
    expect(report.pillars.map((p: { id: string }) => p.id)).toEqual([
      "gobernanza",
      "infraestructura",
      "capacidad",
      "rutinas",
    ]);
    const typed = strategyReport(mendoza(), "2024-10-01");
    const rutinas = typed.pillars[3];
    expect(rutinas?.aspirations.map((x) => x.actions)).toEqual([
      ["esquemas-de-rutinas", "mapeo-de-plataformas", "replicar-rutinas"],
      ["buzon-de-sugerencias", "hackatones-ciudadanos"],
    ]);
    const buzon = typed.actions.find((a) => a.id === "buzon-de-sugerencias");
    expect(buzon?.owners.map((o) => o.name)).toEqual([
      "Data Champions (referentes de datos)",
      "Integrantes plenos del CGD",
    ]);
  });

  it("undated statuses from the document never raise a staleness flag; a recorded update does", () => {
    const late = strategyReport(mendoza(), "2026-06-30");
    expect(late.actions.every((a) => a.undated)).toBe(true);
    expect(late.actions.flatMap((a) => a.reasons).filter((r) => r.code === "stale")).toEqual([]);
    const doc = mendoza();
    const first = doc.actions[0] as (typeof doc.actions)[number];
    first.history.push({ status: "in_progress", at: "2024-06-03" });
    const after = strategyReport(doc, "2024-12-01").actions[0];
    expect(after).toMatchObject({ undated: false, lastUpdate: "2024-06-03", statusLabel: "En curso" });
    expect(after?.reasons.map((r) => r.code)).toContain("stale");
  });

  it("is deterministic and depends only on the date given", () => {
    const a = renderJson(strategyReport(mendoza(), "2024-10-01"));
    const b = renderJson(strategyReport(mendoza(), "2024-10-01"));
    expect(a).toBe(b);
    expect(strategyReport(mendoza(), "2024-01-15").overdue).toEqual([]);
  });

  it("speaks English and Portuguese", () => {
    const en = strategyReport(mendoza(), "2024-10-01", { lang: "en" });
    expect(en.actions[0]?.title).toBe(
      "Spread and implement the method to build a data inventory from every municipal area",
    );
    expect(en.actions[0]?.reasons[0]?.text).toBe("overdue by 123 days (due 2024-05-31)");
    const pt = strategyReport(mendoza(), "2024-10-01", { lang: "pt" });
    expect(pt.actions[0]?.statusLabel).toBe("Em andamento — segundo o documento (sem data)");
    expect(en.actions[0]?.statusLabel).toBe("In progress — as stated in the document (undated)");
  });
});

describe("renderMarkdown", () => {
  it("renders pillars, overdue actions, next deadlines and indicators", () => {
    const md = renderMarkdown(strategyReport(mendoza(), "2024-10-01"));
    expect(md).toMatch(
      /^# Estado de la estrategia: Estrategia de Datos de Mendoza 2024-2026 \(al 2024-10-01\)/,
    );
    expect(md).toContain("## Eje 1. Gobernanza y administración eficaz de datos");
    expect(md).toContain("## Acciones vencidas");
    expect(md).toContain("2024-09/2024-11 («Sept- Nov 2024»)");
    expect(md).toContain("## Objetivos\n\n- Mejorar la calidad de los datos internos");
    expect(md).not.toContain("## Eje 5");
    expect(md).toContain(
      "*Aspiración:* Recolectar retroalimentación por parte de los residentes para comunicar de forma transparente",
    );
    const pladeco = getPreset("san-antonio-pladeco");
    const md2 = renderMarkdown(strategyReport(pladeco as never, "2024-10-01", { lang: "en" }));
    expect(md2).toContain("| +1,500% |");
    expect(md2).toContain("| −50% |");
    expect(md2).toContain("| +356.3% |");
  });
});

describe("renderHtml", () => {
  it("is one self-contained page: no script, no external URL", () => {
    for (const lang of ["es", "en", "pt"] as const) {
      const html = renderHtml(strategyReport(mendoza(), "2024-10-01", { lang }));
      expect(html.startsWith("<!doctype html>")).toBe(true);
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).not.toMatch(/https?:\/\//);
      expect(html).not.toMatch(/<script|<link|<img|src=/i);
      expect(html).toContain("<svg");
    }
  });

  it("escapes every text from the strategy", () => {
    const input = tinyStrategy();
    const first = input.actions?.[0] as { title: { es: string } };
    first.title.es = '<script>alert("x")</script>';
    const html = renderHtml(strategyReport(loadStrategy(input), "2024-10-01"));
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });
});
