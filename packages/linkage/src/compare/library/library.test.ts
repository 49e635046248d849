import { describe, expect, it } from "vitest";
import { recordsOf } from "../../../test-support/records-of";
import type { ComparisonSpec } from "../../types";
import { compileComparisons } from "../compile";
import { levelIds } from "./index";
import { givenNamesComparison, nameComparison, surnamesComparison } from "./names";
import { codeComparison, dateComparison, exactComparison, idComparison, textComparison } from "./values";

type Row = Record<string, string | null>;

/** The id of the level a pair reaches ("null" or "else" when none). */
function level(spec: ComparisonSpec, l: Row, r: Row): string {
  const comparer = compileComparisons([spec], recordsOf("a", [l]), recordsOf("b", [r]));
  const out = new Int8Array(1);
  comparer.gammas(0, 0, out, 0);
  const gamma = out[0] as number;
  if (gamma === -1) return "null";
  if (gamma === 0) return "else";
  return spec.levels[spec.levels.length - gamma]?.id as string;
}

describe("nameComparison", () => {
  const surname = nameComparison("surname1", { phonetic: true, swappedWith: "given1" });
  const row = (s: string | null, phon: string | null = null, g: string | null = null) => ({
    surname1: s,
    surname1Phon: phon,
    given1: g,
  });

  it("grades surnames from exact down to else", () => {
    expect(level(surname, row("GONZALEZ"), row("GONZALEZ"))).toBe("exact");
    expect(level(surname, row("GONZALEZ"), row("GONZALES"))).toBe("jw-0.92");
    expect(level(surname, row("HERNANDEZ"), row("FERNANDEZ"))).toBe("jw-0.92");
    expect(level(surname, row("CERVANTES", "SERBANTES"), row("SERBANTES", "SERBANTES"))).toBe("phonetic");
    expect(level(surname, row("MARTINEZ"), row("MARTIN"))).toBe("jw-0.92");
    expect(level(surname, row("GARCIA"), row("LOPEZ"))).toBe("else");
    expect(level(surname, row(null), row("LOPEZ"))).toBe("null");
  });

  it("sees a first name and a surname swapped", () => {
    expect(level(surname, row("PEREZ", null, "JUAN"), row("JUAN", null, "PEREZ"))).toBe("swapped");
  });

  it("adjusts the exact level for term frequency unless told not to", () => {
    expect(surname.levels[0]?.tf).toBe("surname1");
    expect(nameComparison("surname1", { tf: false }).levels[0]?.tf).toBeUndefined();
  });
});

describe("surnamesComparison", () => {
  const spec = surnamesComparison();
  const row = (s1: string | null, s2: string | null): Row => ({
    surname1: s1,
    surname2: s2,
    surnames: [s1, s2].filter((s) => s !== null).join(" ") || null,
  });

  it("grades two-surname registries the LatAm way", () => {
    expect(level(spec, row("PEREZ", "GARCIA"), row("PEREZ", "GARCIA"))).toBe("exact");
    expect(level(spec, row("PEREZ", "GARCIA"), row("GARCIA", "PEREZ"))).toBe("swapped");
    expect(level(spec, row("PEREZ", "GARCIA"), row("PEREZ", null))).toBe("one-missing");
    expect(level(spec, row("GARCIA", null), row("PEREZ", "GARCIA"))).toBe("one-missing");
    expect(level(spec, row("PEREZ", "GARCIA"), row("PEREZ", "LOPEZ"))).toBe("first-exact");
    expect(level(spec, row("GONZALEZ", "RODRIGUEZ"), row("GONZALES", "RODRIGUES"))).toBe("jw-0.92-both");
    expect(level(spec, row("GONZALEZ", "RUIZ"), row("GONZALES", "LOPEZ"))).toBe("first-jw-0.88");
    expect(level(spec, row("RUIZ", "LOPEZ"), row("SOTO", "LOPEZ"))).toBe("else");
    expect(level(spec, row(null, "LOPEZ"), row("SOTO", "LOPEZ"))).toBe("null");
  });

  it("adjusts both-equal on both surnames together and first-equal on the first", () => {
    expect(spec.levels.find((l) => l.id === "exact")?.tf).toBe("surnames");
    expect(spec.levels.find((l) => l.id === "first-exact")?.tf).toBe("surname1");
  });
});

describe("givenNamesComparison", () => {
  const spec = givenNamesComparison({ phonetic: true, swappedWithSurname: true });
  const row = (given: string | null, phon: string | null = null, surname1: string | null = null): Row => ({
    given,
    given1: given?.split(" ")[0] ?? null,
    given1Phon: phon,
    surname1,
  });

  it("compares given names token by token", () => {
    expect(level(spec, row("MARIA JOSE"), row("MARIA JOSE"))).toBe("exact");
    expect(level(spec, row("MARIA GUADALUPE"), row("GUADALUPE"))).toBe("token-subset");
    expect(level(spec, row("MARIA JOSE"), row("MARIA LUISA"))).toBe("first-exact");
    expect(level(spec, row("JOSE LUIS"), row("JOSE LUIZ"))).toBe("first-exact");
    expect(level(spec, row("GUADALUPE"), row("GUADALUPR"))).toBe("jw-0.92");
    expect(level(spec, row("CECILIA", "SESILIA"), row("SESILIA", "SESILIA"))).toBe("phonetic");
    expect(level(spec, row("JUAN", null, "PEREZ"), row("PEREZ", null, "JUAN"))).toBe("swapped");
    expect(level(spec, row("PEDRO"), row("ANA"))).toBe("else");
  });
});

describe("dateComparison", () => {
  const spec = dateComparison("birthDate");
  const row = (d: string | null): Row => ({ birthDate: d });

  it("sees day/month swaps, typos and near dates", () => {
    expect(level(spec, row("1985-03-07"), row("1985-03-07"))).toBe("exact");
    expect(level(spec, row("1985-03-07"), row("1985-07-03"))).toBe("day-month-swap");
    expect(level(spec, row("1985-03-07"), row("1958-03-07"))).toBe("typo-1");
    expect(level(spec, row("1985-03-07"), row("1985-03-17"))).toBe("typo-1");
    expect(level(spec, row("1985-03-07"), row("1985-03-28"))).toBe("within-31-days");
    expect(level(spec, row("1985-03-07"), row("1985-11-20"))).toBe("within-365-days");
    expect(level(spec, row("1985-03-07"), row("1990-03-07"))).toBe("else");
    expect(level(spec, row(null), row("1990-03-07"))).toBe("null");
  });
});

describe("ID, code, text and exact comparisons", () => {
  it("idComparison: a CURP with one typo or one transposition is typo-1", () => {
    const spec = idComparison("nationalId");
    const row = (id: string): Row => ({ nationalId: id });
    expect(level(spec, row("GOMA850307HDFRRN09"), row("GOMA850307HDFRRN09"))).toBe("exact");
    expect(level(spec, row("GOMA850307HDFRRN09"), row("GOMA850307HDFRRM09"))).toBe("typo-1");
    expect(level(spec, row("GOMA850307HDFRRN09"), row("GOMA853007HDFRRN09"))).toBe("typo-1");
    expect(level(spec, row("GOMA850307HDFRRN09"), row("PERJ900101HDFRRN01"))).toBe("else");
  });

  it("codeComparison: postcodes one or two characters apart", () => {
    const spec = codeComparison("postcode");
    const row = (p: string): Row => ({ postcode: p });
    expect(level(spec, row("06700"), row("06700"))).toBe("exact");
    expect(level(spec, row("06700"), row("06760"))).toBe("typo-1");
    expect(level(spec, row("06700"), row("06761"))).toBe("typo-2");
    expect(level(spec, row("06700"), row("11560"))).toBe("else");
  });

  it("textComparison and exactComparison", () => {
    const text = textComparison("locality");
    expect(level(text, { locality: "IZTAPALAPA" }, { locality: "IZTAPALAPA" })).toBe("exact");
    expect(level(text, { locality: "IZTAPALAPA" }, { locality: "IZTAPALPA" })).toBe("jw-0.9");
    expect(level(text, { locality: "COYOACAN" }, { locality: "COACALCO" })).toBe("jw-0.7");
    const sex = exactComparison("sex");
    expect(level(sex, { sex: "F" }, { sex: "F" })).toBe("exact");
    expect(level(sex, { sex: "F" }, { sex: "M" })).toBe("else");
  });
});

describe("levelIds", () => {
  it("lists every level id the library uses, for the catalogs", () => {
    const specs = [
      nameComparison("s", { phonetic: true, swappedWith: "g" }),
      surnamesComparison({ phonetic: true }),
      givenNamesComparison({ phonetic: true, swappedWithSurname: true }),
      dateComparison("d"),
      idComparison("i"),
      codeComparison("c"),
      textComparison("t"),
      exactComparison("x"),
    ];
    const used = new Set(specs.flatMap((s) => s.levels.map((l) => l.id)));
    expect([...used].sort()).toEqual([...levelIds].sort());
  });
});
