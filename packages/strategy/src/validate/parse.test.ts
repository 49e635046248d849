import { CiudataError } from "@ciudata/core";
import { describe, expect, it } from "vitest";
import { tinyStrategy } from "../../test-support/tiny-strategy";
import { renderIssue } from "./issue";
import { loadStrategy, parseStrategy } from "./parse";

describe("parseStrategy", () => {
  it("accepts a valid strategy and applies defaults", () => {
    const parsed = parseStrategy(tinyStrategy());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.document.actions[1]?.history).toEqual([]);
    expect(parsed.document.actions[0]?.owners[0]?.responsibility).toBe("responsible");
    expect(parsed.issues).toEqual([]);
  });

  it("reads JSON text and reports invalid JSON as an issue", () => {
    expect(parseStrategy(JSON.stringify(tinyStrategy())).ok).toBe(true);
    const bad = parseStrategy("{nope");
    expect(bad.ok).toBe(false);
    expect(bad.issues[0]?.type).toBe("strategy/invalid-json");
    const said = renderIssue(bad.issues[0] as never, "es");
    expect(said).toMatch(
      /^Archivo: el archivo no es JSON válido \(falla en el carácter \d+\); se esperaba: JSON válido; ejemplo válido: \{"format"/,
    );
    expect(bad.issues[0]?.note).toMatch(/^invalid JSON: /);
  });

  it("locates a bad deadline with expected, received and an example", () => {
    const doc = tinyStrategy();
    (doc.actions?.[0] as { deadline: string }).deadline = "Mayo 2024";
    const parsed = parseStrategy(doc);
    expect(parsed.ok).toBe(false);
    const issue = parsed.issues[0];
    expect(issue).toMatchObject({
      type: "strategy/schema",
      params: { path: "actions[0].deadline", expected: "deadline", received: '"Mayo 2024"' },
    });
    expect(issue?.params.example).toContain('"deadline": "2024-05"');
    expect(renderIssue(issue as never, "es")).toBe(
      'En actions[0].deadline: Valor que no cumple el formato de estrategia; se esperaba: un plazo AAAA-MM (fin de ese mes) o un rango AAAA-MM/AAAA-MM; ejemplo válido: "deadline": "2024-05" | "2024-09/2024-11"; se encontró: «"Mayo 2024"».',
    );
    expect(renderIssue(issue as never, "en")).toContain("expected: a deadline YYYY-MM");
    expect(renderIssue(issue as never, "pt")).toContain("esperado: um prazo");
  });

  it("rejects a range whose end is before its start, an unreal date, a bad slug and a bad tag", () => {
    const doc = tinyStrategy();
    const a = doc.actions?.[0] as Record<string, unknown>;
    a.deadline = "2024-11/2024-09";
    a.startDate = "2024-02-30";
    a.id = "Acción 1";
    a.tags = ["governance"];
    const parsed = parseStrategy(doc);
    const byPath = Object.fromEntries(parsed.issues.map((i) => [i.params.path, i.params.expected]));
    expect(byPath).toMatchObject({
      "actions[0].deadline": "deadline",
      "actions[0].startDate": "date",
      "actions[0].id": "slug",
      "actions[0].tags[0]": "framework-tag",
    });
  });

  it("reports unknown keys, wrong enums and missing fields", () => {
    const doc = tinyStrategy() as Record<string, unknown>;
    (doc.actions as Record<string, unknown>[])[0] = {
      ...(doc.actions as Record<string, unknown>[])[0],
      owner: "ana",
      history: [{ status: "started", at: "2024-01-01" }],
    };
    delete (doc.city as Record<string, unknown>).timeZone;
    const parsed = parseStrategy(doc);
    const types = parsed.issues.map((i) => [i.params.path, i.type, i.params.expected]);
    expect(types).toContainEqual(["actions[0].owner", "strategy/unknown-key", "known-key"]);
    expect(types).toContainEqual(["actions[0].history[0].status", "strategy/schema", "one-of"]);
    expect(types).toContainEqual(["city.timeZone", "strategy/schema", "required"]);
  });

  it("refuses other format versions", () => {
    const parsed = parseStrategy({ ...tinyStrategy(), version: 2 });
    expect(parsed.issues).toEqual([
      expect.objectContaining({
        type: "strategy/unsupported-version",
        params: expect.objectContaining({ path: "version" }),
      }),
    ]);
  });

  it("checks references: owners, pillars, dependencies, duplicate ids", () => {
    const doc = tinyStrategy();
    const actions = doc.actions as Record<string, unknown>[];
    actions[0] = { ...actions[0], owners: [{ kind: "person", id: "nadie" }], pillarId: "otra" };
    actions[1] = { ...actions[1], dependsOn: ["zeta"] };
    actions.push({ id: "a", pillarId: "gobernanza", title: { es: "copia" } });
    const parsed = parseStrategy(doc);
    expect(parsed.ok).toBe(false);
    const found = parsed.issues.map(
      (i) => `${i.type} ${i.params.path} ${i.params.detail} ${i.params.received}`,
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'strategy/missing-reference actions[0].owners[0].id people "nadie"',
        'strategy/missing-reference actions[0].pillarId pillars "otra"',
        'strategy/missing-reference actions[1].dependsOn[0] actions "zeta"',
        'strategy/duplicate-id actions[2].id actions "a"',
      ]),
    );
    const missing = parsed.issues.find((i) => i.type === "strategy/missing-reference");
    expect(renderIssue(missing as never, "es")).toBe(
      'En actions[0].pillarId: Referencia a algo no declarado; se esperaba: un id declarado en la lista: pillars; ejemplo válido: "pillarId": "gobernanza"; se encontró: «"otra"».',
    );
  });

  it("finds dependency cycles", () => {
    const doc = tinyStrategy();
    const actions = doc.actions as Record<string, unknown>[];
    actions[0] = { ...actions[0], dependsOn: ["b"] };
    const parsed = parseStrategy(doc);
    const cycle = parsed.issues.find((i) => i.type === "strategy/dependency-cycle");
    expect(cycle?.params.detail).toBe("a → b → a");
    expect(parsed.ok).toBe(false);
  });

  it("accepts built-in roles and warns about deadlines outside the period", () => {
    const doc = tinyStrategy();
    const actions = doc.actions as Record<string, unknown>[];
    actions[0] = { ...actions[0], owners: [{ kind: "role", id: "data-champion" }], deadline: "2027-01" };
    const parsed = parseStrategy(doc);
    expect(parsed.ok).toBe(true);
    expect(parsed.issues).toEqual([
      expect.objectContaining({
        type: "strategy/deadline-outside-period",
        severity: "warning",
        params: expect.objectContaining({ path: "actions[0].deadline" }),
      }),
    ]);
  });

  it("loadStrategy throws a CiudataError with the issues", () => {
    expect(() => loadStrategy({})).toThrow(CiudataError);
    try {
      loadStrategy({ format: "ciudata-strategy", version: 1 });
    } catch (error) {
      expect((error as CiudataError).errors.map((i) => i.params.path)).toEqual(
        expect.arrayContaining(["city", "strategy", "pillars"]),
      );
    }
  });
});
