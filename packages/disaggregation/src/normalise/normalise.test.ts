import { describe, expect, it } from "vitest";
import { mendozaStandard } from "../standard/standard";
import { parseAgeText } from "./age-text";
import { NormaliseAudit } from "./audit";
import { parseMapping } from "./mapping";
import { createNormaliser, MAX_VALUE_LENGTH, spellingKey } from "./normaliser";

const standard = mendozaStandard();
const sex = createNormaliser("sex", { standard });
const age = createNormaliser("age", { standard });
const code = (n: (v: string) => { code: string | null }, v: string) => n(v).code;

describe("normaliser", () => {
  it("maps the messy sex spellings of the issue, keeping unknown, non response and other apart", () => {
    const cases: Record<string, string> = {
      Varón: "M",
      "masc.": "M",
      M: "M",
      H: "M",
      Femenino: "F",
      mujer: "F",
      F: "F",
      X: "_O",
      "no binario": "_O",
      "s/d": "_X",
      "S / D": "_X",
      "NS/NC": "_N",
      "  HOMBRES ": "M",
      Total: "_T",
      "Ambos sexos": "_T",
      Desconocido: "_U",
      "": "_U",
    };
    for (const [raw, want] of Object.entries(cases)) expect(code(sex, raw), raw).toBe(want);
    expect(sex("").rule).toBe("missing");
    expect(sex("zzz")).toEqual({ code: null, rule: "unmapped" });
  });

  it("reads M as mujer under the Mexican CURP scheme", () => {
    const curp = createNormaliser("sex", { standard, sexLetters: "curp" });
    expect(code(curp, "M")).toBe("F");
    expect(code(curp, "H")).toBe("M");
    expect(curp("M").rule).toBe("letter");
  });

  it("maps age spellings to SDMX-style codes", () => {
    const cases: Record<string, string> = {
      "15 a 24 años": "Y15T24",
      "65 y más": "Y_GE65",
      "<1": "Y0",
      "De 0 a 4": "Y0T4",
      "0-4": "Y0T4",
      "edad_95-mas": "Y_GE95",
      "65+": "Y_GE65",
      "Menores de edad (0-17)": "Y0T17",
      "Adultos (18 y más)": "Y_GE18",
      "menos de 15 años": "Y0T14",
      "más de 64": "Y_GE65",
      Y15T24: "Y15T24",
      "No especificado": "_U",
      "Todas las edades": "_T",
      "34": "Y34",
    };
    for (const [raw, want] of Object.entries(cases)) expect(code(age, raw), raw).toBe(want);
    expect(parseAgeText("7 a 3")).toBeNull();
    expect(parseAgeText("hola")).toBeNull();
    const banded = createNormaliser("age", { standard, ageBands: "un-amplio" });
    expect(banded("34")).toEqual({ code: "Y25T44", rule: "band" });
  });

  it("maps gender identity on its own list, never to sex codes", () => {
    const gi = createNormaliser("gender_identity", { standard });
    expect(code(gi, "Mujer trans / travesti")).toBe("MUJER_TRANS");
    expect(code(gi, "Varón trans")).toBe("VARON_TRANS");
    expect(code(gi, "No binarie")).toBe("NO_BINARIO");
    expect(code(gi, "Prefiero no contestar")).toBe("_N");
    expect(code(gi, "Mujer")).toBe("MUJER");
    expect(code(sex, "Mujer trans")).toBeNull();
  });

  it("maps territory names of the chosen country and restores lost leading zeros", () => {
    const t = createNormaliser("territory", { standard, codelist: "ar-indec" });
    expect(t("Guaymallen")).toEqual({ code: "50028", rule: "name" });
    expect(t("COMUNA 04")).toEqual({ code: "02004", rule: "name" });
    expect(t("2001")).toEqual({ code: "02001", rule: "padded" });
    expect(t("50007")).toEqual({ code: "50007", rule: "code" });
    expect(t("CABA").code).toBe("02");
  });

  it("never codes a territory name with a list not chosen (issue 17, finding 4)", () => {
    // The built-in standard is Argentine, but nothing says the file is: JUNÍN is not Mendoza's 50035.
    const none = createNormaliser("territory", { standard });
    expect(none("JUNIN")).toMatchObject({ code: null, rule: "unmapped" });
    expect(none("JUNIN").candidates?.map((c) => `${c.country} ${c.code}`)).toEqual(["AR 50035", "PE 12"]);
    expect(none("Guaymallén").candidates?.map((c) => c.list)).toEqual(["mendoza-departamentos"]);
    // Codes are kept as written (or padded): never renamed.
    expect(none("50007")).toEqual({ code: "50007", rule: "code" });
    const pe = createNormaliser("territory", { standard, codelist: "pe-ubigeo" });
    expect(pe("JUNIN")).toEqual({ code: "12", rule: "name" });
    expect(pe("SAN MARTIN")).toEqual({ code: "22", rule: "name" });
    expect(pe("Lima")).toEqual({ code: "15", rule: "name" });
    // Peru chosen: a Mendoza department is another country's name, not coded.
    expect(pe("Guaymallén")).toMatchObject({ code: null, rule: "unmapped" });
    expect(() => createNormaliser("territory", { codelist: "xx-nada" })).toThrow(RangeError);
  });

  it("reports a name that stands for several codes of the chosen lists instead of guessing", () => {
    const twice = {
      ...standard,
      codeLists: [
        { id: "a", dimension: "territory", codes: [{ id: "A1", label: { es: "San José" } }] },
        { id: "b", dimension: "territory", codes: [{ id: "B7", label: { es: "San Jose" } }] },
      ],
      dimensions: {
        ...standard.dimensions,
        territory: { ...standard.dimensions.territory, codeLists: ["a", "b"] },
      },
    } as unknown as typeof standard;
    const r = createNormaliser("territory", { standard: twice })("SAN JOSE");
    expect(r.code).toBeNull();
    expect(r.rule).toBe("ambiguous");
    expect(r.candidates?.map((c) => c.code)).toEqual(["A1", "B7"]);
  });

  it("maps other dimensions by their list labels and spellings", () => {
    expect(code(createNormaliser("urbanisation", { standard }), "Urbano")).toBe("U");
    expect(code(createNormaliser("disability", { standard }), "Con discapacidad")).toBe("PD");
    expect(code(createNormaliser("income_quantile", { standard }), "Quintil 1")).toBe("Q1");
    expect(code(createNormaliser("income_quantile", { standard }), "q5")).toBe("Q5");
    expect(code(createNormaliser("migration", { standard }), "Nacido en otro país")).toBe("MIGRANTE");
  });

  it("applies the user's mapping first, matching folded spellings", () => {
    const parsed = parseMapping({ mappings: { sex: { Masc: "M", "Fem.": "F", mixto: null } } });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const n = createNormaliser("sex", { standard, mapping: parsed.mapping });
    expect(n("MASC")).toEqual({ code: "M", rule: "mapping" });
    expect(n("fem")).toEqual({ code: "F", rule: "mapping" });
    expect(n("mixto").code).toBeNull();
    expect(parseMapping({ mappings: { sex: { a: 3 } } }).ok).toBe(false);
  });

  it("keeps an audit trail, unmapped counts and an editable suggested mapping", () => {
    const audit = new NormaliseAudit();
    const values = ["Varón", "Mujer", "Varón", "", "mujeres jefas", "??", "mujeres jefas"];
    for (const [i, v] of values.entries()) audit.record("sex", "sexo", v, sex(v), i + 2);
    expect(audit.unmapped().map((e) => [e.raw, e.count, e.firstRow])).toEqual([
      ["mujeres jefas", 2, 6],
      ["??", 1, 7],
    ]);
    expect(audit.summary().sex).toEqual({ values: 7, mapped: 4, unmapped: 3, missing: 1, distinct: 5 });
    const file = audit.suggestMapping();
    expect(file.mappings.sex).toEqual({ Varón: "M", Mujer: "F", "mujeres jefas": null, "??": null });
    expect(file.unmapped.sex?.[0]).toEqual({
      value: "mujeres jefas",
      count: 2,
      columns: ["sexo"],
      suggestion: "F",
    });
    // Edited and passed back, the mapping fills the gaps.
    const edited = structuredClone(file);
    (edited.mappings.sex as Record<string, string | null>)["mujeres jefas"] = "F";
    const parsed = parseMapping(JSON.parse(JSON.stringify(edited)));
    if (!parsed.ok) throw new Error("mapping");
    expect(createNormaliser("sex", { standard, mapping: parsed.mapping })("mujeres jefas").code).toBe("F");
  });
});

describe("normaliser on hostile values (issue #14, item 3)", () => {
  it("leaves a value longer than MAX_VALUE_LENGTH unmapped without reading it", () => {
    const age = createNormaliser("age");
    expect(age("1 ".repeat(MAX_VALUE_LENGTH))).toEqual({ code: null, rule: "unmapped" });
    expect(age("15 a 24 años")).toEqual({ code: "Y15T24", rule: "pattern" });
  });
  it("gives the same answer from its memory of distinct values", () => {
    const sex = createNormaliser("sex", { standard: mendozaStandard() });
    const first = sex("Varón");
    expect(sex("Varón")).toBe(first);
    for (let i = 0; i < 20_000; i++) sex(`valor ${i}`);
    expect(sex("Mujer")).toEqual({ code: "F", rule: "synonym" });
  });
  it("strips trailing dots of a long run in linear time", () => {
    expect(spellingKey(`masc${".".repeat(200_000)}`)).toBe("masc");
    expect(spellingKey(`${".".repeat(200_000)}x`)).toBe(`${".".repeat(200_000)}x`);
  });
});
