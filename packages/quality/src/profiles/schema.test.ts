import { CiudataError } from "@ciudata/core";
import { renderMessage } from "@ciudata/table";
import { describe, expect, it } from "vitest";
import { AR_DATOS_ABIERTOS } from "./ar-datos-abiertos/profile";
import { profileChecks } from "./checks";
import { profileIssues } from "./messages";
import { parseProfile } from "./schema";

const city = {
  id: "mendoza-padron",
  name: { es: "Padrón de comercios", en: "Business roll" },
  schema: {
    fields: [
      { name: "barrio", type: "string" },
      { name: "edad", type: "integer" },
    ],
  },
  dialect: { delimiter: ",", header: true },
  checks: ["header-name", { rule: "iso-date", severity: "warning" }, "quality/stale-data"],
  thresholds: { completeness: { tolerance: 0.05, level: "warn" } },
  codeLists: { barrios: ["Centro", "Norte"] },
  rules: [{ id: "barrio-valido", type: "code-list", field: "barrio", list: "barrios" }],
};

const paths = (input: unknown) => {
  const r = parseProfile(input);
  if (r.ok) throw new Error("expected errors");
  return r.errors.map((e) => e.params.path);
};

describe("parseProfile", () => {
  it("accepts a city's profile, normalising checklist items and defaults", () => {
    const r = parseProfile(city);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.profile.checks).toEqual([
      { rule: "header-name" },
      { rule: "iso-date", severity: "warning" },
      { rule: "quality/stale-data" },
    ]);
    expect(r.profile.thresholds.completeness).toEqual({ tolerance: 0.05, level: "warn" });
    const minimal = parseProfile('{"id":"x","name":{"es":"X"}}');
    if (!minimal.ok) throw new Error("invalid");
    expect(minimal.profile).toMatchObject({ checks: [], thresholds: {}, codeLists: {}, rules: [] });
  });

  it("accepts the built-in ar-datos-abiertos profile, also as JSON", () => {
    expect(parseProfile(AR_DATOS_ABIERTOS).ok).toBe(true);
    expect(parseProfile(JSON.stringify(AR_DATOS_ABIERTOS)).ok).toBe(true);
  });

  it("locates every problem with what was expected, what was found and an example", () => {
    const r = parseProfile({
      ...city,
      id: "Mendoza Padrón",
      nombre: "x",
      checks: ["iso-dates", { rule: "header-name", options: { maxLength: "50" } }],
      thresholds: { validity: { tolerance: 5 } },
    });
    if (r.ok) throw new Error("expected errors");
    const byPath = Object.fromEntries(r.errors.map((e) => [e.params.path, e.params]));
    expect(Object.keys(byPath).sort()).toEqual([
      "checks[0]",
      "checks[1].options.maxLength",
      "id",
      "nombre",
      "thresholds.validity.tolerance",
    ]);
    expect(byPath["checks[0]"]).toMatchObject({ received: '"iso-dates"' });
    expect(byPath["checks[0]"]).toMatchObject({ expected: "profile-rule" });
    expect(String(byPath["checks[0]"]?.detail)).toContain("iso-date");
    expect(byPath["thresholds.validity.tolerance"]).toMatchObject({
      expected: "max",
      detail: "1",
      received: "5",
      example: '"tolerance": 0.05',
    });
    expect(byPath.nombre?.expected).toBe("no-such-key");
    expect(byPath["checks[1].options.maxLength"]?.expected).toBe("type:number");
    expect(r.errors.every((e) => e.type === "quality/profile-error")).toBe(true);
    expect(
      renderMessage(r.errors.find((e) => e.params.path === "nombre") as never, "es", profileIssues),
    ).toBe(
      'En nombre: el perfil no es válido en nombre; se esperaba: ninguna clave con ese nombre (revise la ortografía); ejemplo válido: {"id":"mendoza-padron","name":{"es":"Padrón"},"checks":["header-name"]}; se encontró: «"x"».',
    );
  });

  it("takes a namespaced check only when ciudata can build it, with options it accepts", () => {
    const ok = parseProfile({
      ...city,
      checks: ["quality/whitespace", { rule: "quality/deviated-value", options: { fieldName: "monto" } }],
    });
    expect(ok.ok).toBe(true);
    if (!ok.ok) return;
    // It runs: nothing is left out.
    expect(profileChecks(ok.profile).skipped).toEqual([]);
    expect(profileChecks(ok.profile).checks.length).toBeGreaterThanOrEqual(2);

    const bad = parseProfile({
      ...city,
      checks: ["quality/deviated-valu"],
    });
    if (bad.ok) throw new Error("expected errors");
    const byPath = Object.fromEntries(bad.errors.map((e) => [e.params.path, e.params]));
    expect(byPath["checks[0]"]).toMatchObject({
      expected: "profile-check",
      received: '"quality/deviated-valu"',
    });
    expect(String(byPath["checks[0]"]?.detail)).toContain("deviated-value");
    // Options a check refuses stop when it is built, located, instead of leaving it out.
    const refused = parseProfile({
      ...city,
      checks: [{ rule: "quality/deviated-value", options: { fieldName: 3 } }],
    });
    if (!refused.ok) throw new Error("the id is known");
    expect(() => profileChecks(refused.profile)).toThrow(CiudataError);
  });

  it("checks rules against the code lists, regexes and each other", () => {
    expect(
      paths({
        ...city,
        rules: [
          { id: "a", type: "code-list", field: "barrio", list: "comunas" },
          { id: "a", type: "pattern", field: "cuit", pattern: "[0-9" },
          { id: "c", type: "range", field: "edad" },
          { id: "d", type: "range", field: "edad", minimum: 10, maximum: 1 },
          { id: "e", type: "regla", field: "x" },
        ],
      }),
    ).toEqual([
      "rules[4].type",
      "rules[0].list",
      "rules[1].id",
      "rules[1].pattern",
      "rules[2].minimum",
      "rules[3].maximum",
    ]);
  });

  it("locates problems inside the embedded Table Schema and dialect", () => {
    expect(paths({ ...city, schema: { fields: [{ name: "edad", type: "numero" }] } })).toEqual([
      "schema.fields[0].type",
    ]);
    expect(paths({ ...city, dialect: { delimiter: ";;" } })).toEqual(["dialect.delimiter"]);
  });

  it("reports text that is not JSON and values that are not objects", () => {
    expect(paths("{id:")).toEqual([""]);
    expect(paths([1])).toEqual([""]);
  });
});
