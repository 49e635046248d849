import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { present, SHARED } from "../../test-support/shared";
import { AGE_PRESETS, ageCode, bandOf, describeAgeCode, parseAgeCode } from "./age";
import { barrioListFromCsv, barrioListFromJson } from "./barrios";
import { washingtonGroupStatus } from "./disability";
import { BUILTIN_CODE_LISTS, codeRole, getCodeList, isInCodeList } from "./registry";
import { SDMX_AGE, SDMX_SEX } from "./sdmx";
import { INDEC_2022_GENDER_IDENTITY, INDEC_2022_SEX_AT_BIRTH } from "./sex-gender";
import { MENDOZA_DEPARTAMENTOS, normaliseTerritoryCode } from "./territory";

describe("code lists", () => {
  it("encodes SDMX SDG CL_SEX and the 134 codes of CL_AGE", () => {
    expect(SDMX_SEX.codes.map((c) => c.id)).toEqual(["_T", "F", "M", "_N", "_O", "_U", "_X"]);
    expect(SDMX_AGE.codes).toHaveLength(134);
    expect(new Set(SDMX_AGE.codes.map((c) => c.id)).size).toBe(134);
    expect(isInCodeList(SDMX_AGE, "Y15T24")).toBe(true);
    expect(isInCodeList(SDMX_AGE, "Y3T7")).toBe(false);
    expect(codeRole("_T", SDMX_SEX)).toBe("total");
    expect(codeRole("_O", SDMX_SEX)).toBe("other");
    expect(codeRole("_U")).toBe("unknown");
    for (const list of Object.values(BUILTIN_CODE_LISTS))
      for (const c of list.codes)
        expect(c.label.es && c.label.en && c.label.pt, `${list.id}:${c.id}`).toBeTruthy();
  });

  it.skipIf(!present(join(SHARED, "data/codelists/sdg_dsd_codelists.json"), "SDG code lists"))(
    "matches the SDG DSD code lists parsed from the XML",
    () => {
      const json = JSON.parse(
        readFileSync(join(SHARED, "data/codelists/sdg_dsd_codelists.json"), "utf8"),
      ) as {
        codelists: Record<string, { codes: [string, string][] }>;
      };
      const ids = (k: string) => json.codelists[k]?.codes.map(([id]) => id);
      expect(SDMX_AGE.codes.map((c) => c.id)).toEqual(ids("CL_AGE"));
      expect(SDMX_SEX.codes.map((c) => c.id)).toEqual(ids("CL_SEX"));
      expect(getCodeList("sdmx-urbanisation")?.codes.map((c) => c.id)).toEqual(ids("CL_URBANISATION"));
      expect(getCodeList("sdmx-disability")?.codes.map((c) => c.id)).toEqual(ids("CL_DISABILITY"));
      expect(getCodeList("sdmx-quantile")?.codes.map((c) => c.id)).toEqual(ids("CL_QUANTILE"));
      expect(getCodeList("sdmx-obs-status")?.codes.map((c) => c.id)).toEqual(ids("CL_OBS_STATUS"));
      const en = Object.fromEntries(json.codelists.CL_AGE?.codes ?? []);
      for (const c of SDMX_AGE.codes) if (c.id.startsWith("Y")) expect(typeof en[c.id]).toBe("string");
    },
  );

  it("keeps sex at birth and gender identity as two lists; X maps to _O, never to _U", () => {
    expect(INDEC_2022_SEX_AT_BIRTH.dimension).toBe("sex");
    expect(INDEC_2022_GENDER_IDENTITY.dimension).toBe("gender_identity");
    expect(INDEC_2022_SEX_AT_BIRTH.codes.find((c) => c.id === "X")?.sdmx).toBe("_O");
    expect(getCodeList("ar-dni-sexo")?.codes.map((c) => [c.id, c.sdmx])).toEqual([
      ["F", "F"],
      ["M", "M"],
      ["X", "_O"],
    ]);
    expect(getCodeList("mx-curp-sexo")?.codes.find((c) => c.id === "M")?.sdmx).toBe("F");
    expect(getCodeList("iso-5218")?.codes.map((c) => c.id)).toEqual(["0", "1", "2", "9"]);
    expect(INDEC_2022_GENDER_IDENTITY.codes.map((c) => c.id)).toContain("MUJER_TRANS");
  });

  it("derives PD/PWD from the Washington Group short set", () => {
    expect(washingtonGroupStatus({ seeing: 1, hearing: 3 })).toBe("PD");
    expect(washingtonGroupStatus({ walking: 4 })).toBe("PD");
    const none = { seeing: 1, hearing: 2, walking: 1, cognition: 2, self_care: 1, communication: 1 } as const;
    expect(washingtonGroupStatus(none)).toBe("PWD");
    expect(washingtonGroupStatus({ seeing: 2 })).toBe("_U");
    expect(washingtonGroupStatus({ seeing: 4 }, 3)).toBe("_X");
  });

  it("reads and builds age codes and presets", () => {
    expect(parseAgeCode("Y15T24")).toEqual({ code: "Y15T24", min: 15, max: 24 });
    expect(parseAgeCode("Y_GE65")).toEqual({ code: "Y_GE65", min: 65, max: null });
    expect(parseAgeCode("Y0")).toEqual({ code: "Y0", min: 0, max: 0 });
    expect(parseAgeCode("_T")).toBeNull();
    expect(ageCode(65, null)).toBe("Y_GE65");
    expect(describeAgeCode("Y15T24").es).toBe("15 a 24 años");
    expect(AGE_PRESETS["un-amplio"].map((b) => b.code)).toEqual([
      "Y0T14",
      "Y15T24",
      "Y25T44",
      "Y45T64",
      "Y_GE65",
    ]);
    expect(AGE_PRESETS["un-detallado"].slice(0, 3).map((b) => b.code)).toEqual(["Y0", "Y1T4", "Y5T9"]);
    expect(AGE_PRESETS.juventud.map((b) => b.code)).toEqual(["Y15T24"]);
    expect(AGE_PRESETS["quinquenal-95"].at(-1)?.code).toBe("Y_GE95");
    expect(bandOf(17, AGE_PRESETS["ninez-18"])?.code).toBe("Y0T17");
    expect(bandOf(60, AGE_PRESETS["mayores-60"])?.code).toBe("Y_GE60");
    // Every preset band of the SDG groups is in CL_AGE.
    for (const b of [
      ...AGE_PRESETS["quinquenal-85"],
      ...AGE_PRESETS["un-amplio"],
      ...AGE_PRESETS["ninez-18"],
    ])
      expect(isInCodeList(SDMX_AGE, b.code), b.code).toBe(true);
  });

  it("keeps territorial codes as text with their leading zeros", () => {
    expect(normaliseTerritoryCode("2001", "indec-departamento")).toBe("02001");
    expect(normaliseTerritoryCode("02001", "indec-departamento")).toBe("02001");
    expect(normaliseTerritoryCode("2001.0", "indec-departamento")).toBe("02001");
    expect(normaliseTerritoryCode("9", "inegi-entidad")).toBe("09");
    expect(normaliseTerritoryCode("090070001", "inegi-cvegeo")).toBe("090070001");
    expect(normaliseTerritoryCode("Capital", "indec-departamento")).toBeNull();
    expect(isInCodeList(BUILTIN_CODE_LISTS["indec-radio"] as never, "020010101")).toBe(true);
    expect(MENDOZA_DEPARTAMENTOS.codes.map((c) => c.id)).toEqual(
      Array.from({ length: 18 }, (_, i) => String(50007 + 7 * i)),
    );
  });

  it("loads pluggable barrio lists from CSV and JSON", () => {
    const csv = barrioListFromCsv(
      'barrio_nombre,comuna_id\nChacarita,02015\n"Villa Devoto",02011\nChacarita,02015\n',
    );
    expect(csv.ok).toBe(true);
    if (csv.ok) {
      expect(csv.list.codes.map((c) => c.id)).toEqual(["CHACARITA", "VILLA_DEVOTO"]);
      expect(csv.warnings).toHaveLength(1);
      expect(csv.list.level).toBe("barrio");
    }
    const coded = barrioListFromCsv("id;nombre\n001;Bombal\n002;La Bajada\n", { id: "barrios-mza" });
    expect(coded.ok && coded.list.codes.map((c) => [c.id, c.label.es])).toEqual([
      ["001", "Bombal"],
      ["002", "La Bajada"],
    ]);
    const geo = barrioListFromJson({
      type: "FeatureCollection",
      features: [{ properties: { codigo: "7", nombre: "Sexta Sección" } }],
    });
    expect(geo.ok && geo.list.codes[0]).toMatchObject({ id: "7", label: { es: "Sexta Sección" } });
    expect(barrioListFromJson(["Bombal", "Pedro Molina"]).ok).toBe(true);
    expect(barrioListFromJson(42).ok).toBe(false);
    expect(barrioListFromCsv("x,y\n1,2\n").ok).toBe(false);
  });

  it.skipIf(!present(join(SHARED, "data/real/ar_caba_barrios_comunas_datosgobar.csv"), "CABA barrios file"))(
    "loads the real CABA barrio list",
    () => {
      const r = barrioListFromCsv(
        readFileSync(join(SHARED, "data/real/ar_caba_barrios_comunas_datosgobar.csv"), "utf8"),
      );
      expect(r.ok && r.list.codes.length).toBe(53);
    },
  );
});
