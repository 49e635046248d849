import { LANGS } from "@ciudata/core";
import { describe, expect, it } from "vitest";
import { strategyReport } from "../report/snapshot";
import { parseStrategy } from "../validate/parse";
import { strategyTemplate } from "./template";

describe("strategyTemplate", () => {
  it.each(LANGS)("is a valid strategy with no warning, texts in es/en/pt (%s)", (lang) => {
    const doc = strategyTemplate({ city: "Godoy Cruz", from: "2025-03", lang });
    const parsed = parseStrategy(JSON.parse(JSON.stringify(doc)));
    expect(parsed.issues).toEqual([]);
    expect(parsed.ok).toBe(true);
    expect(doc.city.id).toBe("godoy-cruz");
    expect(doc.strategy.period).toEqual({ from: "2025-03", to: "2028-02" });
    expect(doc.pillars).toHaveLength(4);
    expect(doc.actions).toHaveLength(8);
    for (const a of doc.actions ?? []) {
      expect(a.owners?.length).toBeGreaterThan(0);
      expect(a.title).toMatchObject({
        es: expect.any(String),
        en: expect.any(String),
        pt: expect.any(String),
      });
    }
    expect(doc.people?.[0]?.name).toBe(
      { es: "[Nombre y apellido]", en: "[Full name]", pt: "[Nome e sobrenome]" }[lang],
    );
  });

  it("reports a fresh strategy with every action not started, nothing overdue and no alert", () => {
    const parsed = parseStrategy(strategyTemplate({ from: "2025-01" }));
    if (!parsed.ok) throw new Error("template invalid");
    const r = strategyReport(parsed.document, "2025-02-01", { lang: "es" });
    expect(r.progress.counts.not_started).toBe(8);
    expect(r.overdue).toEqual([]);
    expect(r.governance.flagCount).toBe(0);
    expect(r.strategy.title).toBe("[Estrategia de datos de la ciudad]");
    expect(r.actions.map((a) => a.deadline)).toEqual([
      "2025-04",
      "2025-10",
      "2026-01",
      "2026-04",
      "2025-07",
      "2026-07",
      "2025-10",
      "2026-01",
    ]);
  });
});
