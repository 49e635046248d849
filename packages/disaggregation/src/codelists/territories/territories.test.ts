import { describe, expect, it } from "vitest";
import { spellingKey } from "../../normalise/keys";
import { createNormaliser } from "../../normalise/normaliser";
import { detectTerritoryCodeList } from "../../normalise/territory";
import { getCodeList } from "../registry";
import { territoryScheme } from "../schemes";
import type { CodeList } from "../types";
import { SECOND_LEVEL_LIST_IDS, type SecondLevelListId, secondLevelList, secondLevelLists } from ".";

const name = (id: SecondLevelListId, code: string) =>
  secondLevelList(id).codes.find((c) => c.id === code)?.label.es;

/** The list each second-level list's `parent` codes come from. */
const PARENTS: Record<SecondLevelListId, () => CodeList | undefined> = {
  "ar-departamentos": () => getCodeList("ar-provincias"),
  "pe-provincias": () => getCodeList("pe-departamentos"),
  "pe-distritos": () => secondLevelList("pe-provincias"),
  "mx-municipios": () => getCodeList("mx-entidades"),
  "cl-comunas": () => getCodeList("cl-regiones"),
  "co-municipios": () => getCodeList("co-departamentos"),
  "br-municipios": () => getCodeList("br-ufs"),
};

const schemeOf = (id: SecondLevelListId): string =>
  ({ ar: "ar-indec", pe: "pe-ubigeo", mx: "mx-inegi", cl: "cl-cut", co: "co-divipola", br: "br-ibge" })[
    id.slice(0, 2) as "ar"
  ];

describe("second-level territory code lists", () => {
  it("ships each country's list with the official count, or says why not", () => {
    const sizes = Object.fromEntries(
      SECOND_LEVEL_LIST_IDS.map((id) => [id, secondLevelList(id).codes.length]),
    );
    expect(sizes).toEqual({
      // INDEC counts 529 today; Georef's 2017 file lacks Lezama, Tolhuin, Antártida and Islas del Atlántico Sur.
      "ar-departamentos": 525,
      "pe-provincias": 196,
      // The 2016 ubigeo list: districts created since are missing.
      "pe-distritos": 1867,
      // 2,469 in the 2020 census plus the municipalities created since (San Quintín, San Felipe, Seybaplaya…).
      "mx-municipios": 2478,
      "cl-comunas": 346,
      // DIVIPOLA's municipalities, Bogotá and the non-municipalised areas of Amazonas, Guainía and Vaupés.
      "co-municipios": 1119,
      "br-municipios": 5570,
    });
  });

  it("has unique codes of one length, each inside a parent of the first-level list", () => {
    const lengths = { ar: 5, pe: 0, mx: 5, cl: 5, co: 5, br: 7 } as const;
    for (const id of SECOND_LEVEL_LIST_IDS) {
      const list = secondLevelList(id);
      const codes = list.codes.map((c) => c.id);
      expect(new Set(codes).size, id).toBe(codes.length);
      const length = id === "pe-provincias" ? 4 : id === "pe-distritos" ? 6 : lengths[id.slice(0, 2) as "ar"];
      const parents = new Set(PARENTS[id]()?.codes.map((c) => c.id));
      expect(parents.size, id).toBeGreaterThan(0);
      for (const c of list.codes) {
        expect(c.id, id).toMatch(new RegExp(`^\\d{${length}}$`));
        expect(c.label.es.trim(), `${id} ${c.id}`).not.toBe("");
        expect(c.parent && c.id.startsWith(c.parent), `${id} ${c.id}`).toBe(true);
        expect(parents.has(c.parent as string), `${id} ${c.id} in ${c.parent}`).toBe(true);
      }
      expect(territoryScheme(schemeOf(id))?.lists, id).toContain(id);
      expect(list.country, id).toBe(territoryScheme(schemeOf(id))?.country);
    }
  });

  it("has the well-known codes", () => {
    expect(name("pe-distritos", "150101")).toBe("Lima");
    expect(name("pe-distritos", "150122")).toBe("Miraflores");
    expect(name("pe-provincias", "1501")).toBe("Lima");
    expect(name("mx-municipios", "14039")).toBe("Guadalajara");
    expect(name("mx-municipios", "09014")).toBe("Benito Juárez");
    expect(name("cl-comunas", "13101")).toBe("Santiago");
    expect(name("cl-comunas", "16101")).toBe("Chillán");
    expect(name("co-municipios", "11001")).toBe("Bogotá D.C.");
    expect(name("co-municipios", "05001")).toBe("Medellín");
    expect(name("br-municipios", "3550308")).toBe("São Paulo");
    expect(name("br-municipios", "3304557")).toBe("Rio de Janeiro");
    expect(name("ar-departamentos", "50007")).toBe("Capital");
    // Godoy Cruz is 50021 (50028 is Guaymallén), as in Mendoza's own list.
    expect(name("ar-departamentos", "50021")).toBe("Godoy Cruz");
    expect(name("ar-departamentos", "50028")).toBe("Guaymallén");
  });

  it("agrees with the lists typed in before: Mendoza's departments and Mexico City's alcaldías", () => {
    const fold = (s: string | undefined) => spellingKey(s ?? "");
    for (const c of getCodeList("mendoza-departamentos")?.codes ?? [])
      expect(fold(name("ar-departamentos", c.id)), c.id).toBe(fold(c.label.es));
    for (const c of getCodeList("mx-cdmx-alcaldias")?.codes ?? [])
      expect(fold(name("mx-municipios", c.id)), c.id).toBe(fold(c.label.es));
  });

  it("gives each country's lists by its code list id, and every list without one", () => {
    expect(secondLevelLists("pe-ubigeo").map((l) => l.id)).toEqual(["pe-provincias", "pe-distritos"]);
    expect(secondLevelLists("br-ibge").map((l) => l.id)).toEqual(["br-municipios"]);
    expect(secondLevelLists()).toHaveLength(SECOND_LEVEL_LIST_IDS.length);
    expect(() => secondLevelLists("xx")).toThrow(RangeError);
    // Read once: the same list object each time.
    expect(secondLevelList("cl-comunas")).toBe(secondLevelList("cl-comunas"));
  });
});

describe("coding districts and municipalities", () => {
  const pe = secondLevelLists("pe-ubigeo");
  const ubigeo = createNormaliser("territory", { codelist: "pe-ubigeo", territoryLists: pe });

  it("keeps codes as written and reports a code that lost its leading zero as a guess", () => {
    expect(ubigeo("150122")).toEqual({ code: "150122", rule: "code" });
    expect(ubigeo("10101")).toEqual({ code: "010101", rule: "padded" });
    const co = createNormaliser("territory", {
      codelist: "co-divipola",
      territoryLists: secondLevelLists("co-divipola"),
    });
    // Medellín's 05001 read as a number: restored, and shown as a guess (`padded`), not as the code.
    expect(co("5001")).toEqual({ code: "05001", rule: "padded" });
    expect(co("05001")).toEqual({ code: "05001", rule: "code" });
    expect(co("Medellín")).toEqual({ code: "05001", rule: "name" });
  });

  it("codes a name unique in the list, and reports a repeated one with its candidates", () => {
    const districts = createNormaliser("territory", {
      codelist: "pe-ubigeo",
      territoryLists: pe,
      levels: ["distrito"],
    });
    expect(districts("Chachapoyas")).toEqual({ code: "010101", rule: "name" });
    expect(districts("LIMA")).toEqual({ code: "150101", rule: "name" });
    const r = districts("Miraflores");
    expect(r.code).toBeNull();
    expect(r.rule).toBe("ambiguous");
    expect(r.candidates?.map((c) => c.code)).toEqual(["040110", "100506", "150122", "151021"]);
    // Without the column's level, `LIMA` is a department, a province and a district: not guessed.
    expect(ubigeo("LIMA").candidates?.map((c) => c.code)).toEqual(["15", "1501", "150101"]);
  });

  it("codes a repeated name when the row's parent leaves one candidate", () => {
    const districts = createNormaliser("territory", {
      codelist: "pe-ubigeo",
      territoryLists: pe,
      levels: ["distrito"],
    });
    expect(districts("Miraflores", "Arequipa")).toEqual({ code: "040110", rule: "name" });
    expect(districts("Miraflores", "1501")).toEqual({ code: "150122", rule: "name" });
    // The department Lima holds two Miraflores (Lima and Yauyos): still ambiguous, narrowed to them.
    expect(districts("Miraflores", "LIMA").candidates?.map((c) => c.code)).toEqual(["150122", "151021"]);
  });

  it("never rewrites a value of another country's list", () => {
    const ar = createNormaliser("territory", { codelist: "ar-indec", territoryLists: secondLevelLists() });
    for (const value of ["Miraflores", "Chachapoyas", "San Juan de Lurigancho", "Guadalajara", "Medellín"])
      expect(ar(value).code, value).toBeNull();
    expect(ar("150122").code).toBe("150122");
    // Junín is a department of Mendoza, of Buenos Aires and of San Luis: reported, not guessed.
    expect(ar("Junín").candidates?.map((c) => c.code)).toEqual(["50035", "06413", "74049"]);
  });

  it("detects a district column's country only when nearly all its values are in one list", () => {
    const all = secondLevelLists();
    const peru: Array<[string, number]> = [
      ["MIRAFLORES", 10],
      ["SAN JUAN DE LURIGANCHO", 30],
      ["CHACHAPOYAS", 2],
      ["ATE", 7],
    ];
    expect(detectTerritoryCodeList(peru, { lists: all }).codelist).toBe("pe-ubigeo");
    expect(detectTerritoryCodeList(peru).codelist).toBeNull();
    const brazil: Array<[string, number]> = [
      ["São Paulo", 5],
      ["Campinas", 3],
      ["Niterói", 2],
    ];
    expect(detectTerritoryCodeList(brazil, { lists: all }).codelist).toBe("br-ibge");
  });
});
