import { describe, expect, it } from "vitest";
import { BUILTIN_CODE_LISTS, getCodeList } from "./registry";
import { TERRITORY_SCHEMES, territoryScheme } from "./schemes";
import { SECOND_LEVEL_LIST_IDS, secondLevelList } from "./territories";

const name = (list: string, code: string) => getCodeList(list)?.codes.find((c) => c.id === code)?.label.es;

describe("territory code lists of six countries", () => {
  it("ships first-level lists with unique two-digit codes: 24+25+32+16+33+27 places", () => {
    const sizes = Object.fromEntries(
      ["ar-provincias", "pe-departamentos", "mx-entidades", "cl-regiones", "co-departamentos", "br-ufs"].map(
        (id) => {
          const codes = (getCodeList(id)?.codes ?? []).filter((c) => (c.role ?? "category") === "category");
          expect(new Set(codes.map((c) => c.id)).size).toBe(codes.length);
          for (const c of codes) expect(c.id).toMatch(/^\d{2}$/);
          return [id, codes.length];
        },
      ),
    );
    expect(sizes).toEqual({
      "ar-provincias": 24,
      "pe-departamentos": 25,
      "mx-entidades": 32,
      "cl-regiones": 16,
      "co-departamentos": 33,
      "br-ufs": 27,
    });
    expect(getCodeList("mx-cdmx-alcaldias")?.codes.map((c) => c.id)).toEqual(
      Array.from({ length: 16 }, (_, i) => `090${String(i + 2).padStart(2, "0")}`),
    );
  });

  it("has the codes the publishers give (INEI, not RENIEC, for Peru)", () => {
    expect(name("pe-departamentos", "07")).toBe("Callao");
    expect(name("pe-departamentos", "12")).toBe("Junín");
    expect(name("pe-departamentos", "15")).toBe("Lima");
    expect(name("pe-departamentos", "22")).toBe("San Martín");
    expect(name("pe-departamentos", "25")).toBe("Ucayali");
    expect(name("mx-entidades", "09")).toBe("Ciudad de México");
    expect(name("mx-cdmx-alcaldias", "09015")).toBe("Cuauhtémoc");
    expect(name("cl-regiones", "16")).toBe("Ñuble");
    expect(name("co-departamentos", "11")).toBe("Bogotá, D.C.");
    expect(name("co-departamentos", "05")).toBe("Antioquia");
    expect(name("br-ufs", "35")).toBe("São Paulo");
    expect(name("ar-provincias", "50")).toBe("Mendoza");
  });

  it("tags every list of a scheme with its country and names only known lists (root or ./territories)", () => {
    for (const scheme of TERRITORY_SCHEMES)
      for (const id of scheme.lists) {
        const second = (SECOND_LEVEL_LIST_IDS as readonly string[]).includes(id);
        const list = second
          ? secondLevelList(id as (typeof SECOND_LEVEL_LIST_IDS)[number])
          : BUILTIN_CODE_LISTS[id];
        expect(list, id).toBeDefined();
        expect(list?.country, id).toBe(scheme.country);
        // The big lists stay out of the package root.
        if (second) expect(BUILTIN_CODE_LISTS[id], id).toBeUndefined();
      }
    expect(territoryScheme("pe-ubigeo")?.lists).toEqual([
      "pe-departamentos",
      "pe-provincias",
      "pe-distritos",
    ]);
  });
});
