import { describe, expect, it } from "vitest";
import { classifyColumn } from "./column";
import { headerHints } from "./headers";
import { coordinatePrecision, isEmail, looksLikeAddress, looksLikeName, phoneCountry } from "./values";

describe("value detectors", () => {
  it("recognise e-mails, phones, names, addresses, coordinates", () => {
    expect(isEmail("ana.perez@mendoza.gov.ar")).toBe(true);
    expect(isEmail("ana@")).toBe(false);
    expect(phoneCountry("+54 9 261 555-1234")).toBe("AR");
    expect(phoneCountry("+55 11 91234-5678")).toBe("BR");
    expect(phoneCountry("55 1234 5678", ["MX"])).toBe("MX");
    expect(looksLikeName("María de los Ángeles Pérez García")).toBe(true);
    expect(looksLikeName("DR. RODOLFO BLANCAT")).toBe(true);
    expect(looksLikeName("HOSPITAL GENERAL DE AGUDOS")).toBe(false);
    expect(looksLikeAddress("Av. San Martín 1234")).toBe(true);
    expect(looksLikeAddress("Rua Augusta 500")).toBe(true);
    expect(coordinatePrecision("-34.6037")).toEqual({ places: 4, metres: 11 });
    expect(coordinatePrecision("POINT (-68.84195346052945 -32.89754186640839)")?.places).toBe(14);
  });
  it("reads Spanish and Portuguese headers", () => {
    expect(headerHints("Fecha de nacimiento")).toContain("birth-date");
    expect(headerHints("data_nascimento")).toContain("birth-date");
    expect(headerHints("Teléfono celular")).toContain("phone");
    expect(headerHints("nro_dni")).toContain("national-id");
    expect(headerHints("ID")).toEqual([]);
  });
  it("finds WKT points whatever the header (a quasi-identifier), never a lone number without a header hint", () => {
    const points = ["POINT (-58.451 -34.651)", "POINT (-58.452 -34.652)", "POINT (-58.453 -34.653)"];
    const [found] = classifyColumn("ubicacion", 1, points);
    expect(found).toMatchObject({ category: "coordinates", role: "quasi", evidence: ["values"] });
    expect(found?.precision).toEqual({ places: 3, metres: 110 });
    expect(classifyColumn("monto", 1, ["-34.651", "-58.452", "12.5"])).toEqual([]);
  });
  it("takes `nombre` beside a place or thing for that thing's name, and `sexo_varon` for a count", () => {
    expect(headerHints("barrio_nombre")).toEqual([]);
    expect(headerHints("DEPARTAMENTO_EJECUTORA_NOMBRE")).toEqual([]);
    expect(headerHints("nome_munic")).toEqual([]);
    expect(headerHints("sexo_varon")).toEqual([]);
    expect(headerHints("sexo_total")).toEqual([]);
    expect(headerHints("SEXO")).toEqual(["sex"]);
    expect(headerHints("nombre")).toEqual(["person-name"]);
    expect(headerHints("nombre_madre")).toEqual(["person-name"]);
    expect(headerHints("nombre_responsable_establecimiento")).toEqual(["person-name"]);
    expect(classifyColumn("DEPARTAMENTO_NOMBRE", 1, ["AMAZONAS", "LIMA", "CUSCO", "JUNIN"])).toEqual([]);
    expect(headerHints("nombre_cabecera")).toEqual([]);
    expect(headerHints("NOMBRE_LOCALIDAD")).toEqual([]);
    expect(headerHints("lugar_nombre")).toEqual([]);
  });
  it("takes a `nombre` column of place names for places when told which names are places (issue #17)", () => {
    const towns = ["Godoy Cruz", "Las Heras", "Junin", "San Rafael", "Tupungato", "Lavalle"];
    const isPlaceName = (v: string) => towns.includes(v);
    // Without the place names, town names read as people's names (the bug); with them, they do not.
    expect(classifyColumn("NOMBRE", 3, towns)[0]?.category).toBe("person-name");
    expect(classifyColumn("NOMBRE", 3, towns, undefined, isPlaceName)).toEqual([]);
    // A column of people's names keeps its finding, even when a few are also places (surnames).
    const people = ["Juan Pérez", "Ana Lavalle", "Lavalle", "María Gómez", "Luis Rivas"];
    expect(classifyColumn("NOMBRE", 1, people, undefined, isPlaceName)[0]?.category).toBe("person-name");
    // A surname column is never taken for places.
    expect(classifyColumn("APELLIDO", 1, towns, undefined, isPlaceName)[0]?.category).toBe("person-name");
  });
});

describe("classifyColumn", () => {
  it("flags ID columns with check digits, with or without a header hint", () => {
    const cuils = [
      "20-10123456-9",
      "20040356437",
      "20047433747",
      "20050573452",
      "20058879089",
      "20073659486",
    ];
    expect(classifyColumn("cuil", 1, cuils)[0]).toMatchObject({ category: "tax-id", idType: "ar.cuit" });
    expect(classifyColumn("x", 1, cuils)[0]).toMatchObject({ idType: "ar.cuit", evidence: ["values"] });
    expect(classifyColumn("x", 1, cuils)[0]?.samples[0]).toBe("2#-########-#");
  });
  it("never takes plain 8-digit codes for DNIs without a header", () => {
    const codes = Array.from({ length: 50 }, (_, i) => String(10_000_000 + i * 7919));
    expect(classifyColumn("codigo", 1, codes)).toEqual([]);
    expect(classifyColumn("dni", 1, codes)[0]?.category).toBe("national-id");
  });
  it("tags sensitive columns with the laws per jurisdiction", () => {
    const f = classifyColumn("plan_social", 1, ["AUH", "Potenciar"], ["AR", "CL"])[0];
    expect(f).toMatchObject({ category: "socioeconomic", role: "sensitive" });
    expect(f?.laws).toEqual(["CL: Ley 21.719 (desde dic. 2026)"]);
  });
});
