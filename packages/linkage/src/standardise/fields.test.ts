import { describe, expect, it } from "vitest";
import { standardiseAddress } from "./address";
import { cleanNationalId, idTypeLabel, resolveIdType } from "./ids";
import { cleanPhone, phoneCleaner } from "./phones";
import { sexReader } from "./sex";
import { foldOrNull, foldValue } from "./text";

describe("text", () => {
  it("folds accents, case, spaces, hyphens and dots", () => {
    expect(foldValue("  José-Luis   Núñez. ")).toBe("JOSE LUIS NUNEZ");
    expect(foldValue("D'Alessandro")).toBe("DALESSANDRO");
  });

  it("turns the markers of missing data into null", () => {
    for (const v of [
      "",
      "  ",
      "S/D",
      "s/d",
      "SIN DATO",
      "Sin datos",
      "NN",
      "N/N",
      "-",
      "0",
      "00000000",
      "N/A",
    ])
      expect(foldOrNull(v), v).toBeNull();
    expect(foldOrNull("Nuñez")).toBe("NUNEZ");
  });
});

describe("national IDs", () => {
  it("resolves the types people write", () => {
    expect(resolveIdType("CURP")).toBe("mx.curp");
    expect(resolveIdType("AR_DNI")).toBe("ar.dni");
    expect(resolveIdType("AR_CUIL")).toBe("ar.cuit");
    expect(resolveIdType("CL_RUT")).toBe("cl.rut");
    expect(resolveIdType("BR_CPF")).toBe("br.cpf");
    expect(resolveIdType("CO_CEDULA")).toBe("co.cedula");
    expect(resolveIdType("XX")).toBeUndefined();
    expect(idTypeLabel("mx.curp")).toBe("CURP");
    expect(idTypeLabel("br.cpf")).toBe("BR_CPF");
  });

  it("cleans and validates Mexican, Argentine, Chilean and Brazilian IDs", () => {
    expect(cleanNationalId("baad890419hmnrrv07", "mx.curp")).toEqual({
      value: "BAAD890419HMNRRV07",
      valid: "1",
    });
    expect(cleanNationalId("20-10123456-9", "ar.cuit")).toEqual({ value: "20101234569", valid: "1" });
    expect(cleanNationalId("12.345.678", "ar.dni")).toEqual({ value: "12345678", valid: "1" });
    expect(cleanNationalId("390.533.447-05", "br.cpf")).toEqual({ value: "39053344705", valid: "1" });
    expect(cleanNationalId("12.345.678-5", "cl.rut")).toEqual({ value: "123456785", valid: "1" });
  });

  it("keeps an ID whose check digit fails, with valid = 0", () => {
    expect(cleanNationalId("BAAD890419HMNRRV08", "mx.curp")).toEqual({
      value: "BAAD890419HMNRRV08",
      valid: "0",
    });
    expect(cleanNationalId("390.533.447-06", "br.cpf")).toEqual({ value: "39053344706", valid: "0" });
  });

  it("treats placeholders as missing and cleans IDs of no declared type", () => {
    expect(cleanNationalId("00000000", "ar.dni")).toEqual({ value: null, valid: null });
    expect(cleanNationalId("99999999", "ar.dni")).toEqual({ value: null, valid: null });
    expect(cleanNationalId("S/D", "ar.dni")).toEqual({ value: null, valid: null });
    expect(cleanNationalId(" 530 4218 ", undefined)).toEqual({ value: "5304218", valid: null });
  });
});

describe("phones", () => {
  it("gives the same E.164 number for two notations", () => {
    expect(cleanPhone("(011) 15-2345-6789", "AR").value).toBe("+5491123456789");
    expect(cleanPhone("+54 9 11 2345-6789", "AR").value).toBe("+5491123456789");
    expect(cleanPhone("55 1234 5678", "MX").value).toBe(cleanPhone("+52 55 1234-5678", "MX").value);
    expect(cleanPhone("(11) 98765-4321", "BR").value).toBe("+5511987654321");
    // Mexico's retired mobile prefixes.
    for (const v of [
      "044 55 4947 6598",
      "0455549476598",
      "+52 1 55 4947 6598",
      "55-4947-6598",
      "+525549476598",
    ])
      expect(cleanPhone(v, "MX").value, v).toBe("+525549476598");
  });

  it("keeps the digits of a number it cannot read, and drops what is too short", () => {
    expect(cleanPhone("12-34567", undefined)).toEqual({ value: "1234567", parsed: false });
    expect(cleanPhone("123", "AR")).toEqual({ value: null, parsed: false });
    expect(cleanPhone("", "AR")).toEqual({ value: null, parsed: false });
  });
});

describe("addresses", () => {
  it("expands street abbreviations so both spellings meet", () => {
    expect(standardiseAddress("Av. San Martín 123")).toBe(standardiseAddress("Avenida San Martin 123"));
    expect(standardiseAddress("Av. San Martín Nº 123")).toBe("AVENIDA SAN MARTIN 123");
    expect(standardiseAddress("Avda. de Mayo 1370")).toBe("AVENIDA DE MAYO 1370");
    expect(standardiseAddress("C. Mayor 5")).toBe("CALLE MAYOR 5");
    expect(standardiseAddress("Cll 45 # 12-30")).toBe("CALLE 45 12 30");
    expect(standardiseAddress("Calz. de Tlalpan s/n")).toBe("CALZADA DE TLALPAN SIN NUMERO");
    expect(standardiseAddress("Bv. Oroño No. 1500")).toBe("BULEVAR ORONO 1500");
    expect(standardiseAddress("Blvd. Díaz Ordaz 300")).toBe("BULEVAR DIAZ ORDAZ 300");
    expect(standardiseAddress("Pje. Gral. Paz 10")).toBe("PASAJE GENERAL PAZ 10");
    expect(standardiseAddress("Sta. Fe 2100")).toBe("SANTA FE 2100");
    expect(standardiseAddress("Cda. Cedro Num. 325, Col. Centro")).toBe("CERRADA CEDRO 325 COLONIA CENTRO");
    expect(standardiseAddress("Priv. Obregón #12")).toBe("PRIVADA OBREGON 12");
    expect(standardiseAddress("S/D")).toBeNull();
  });
});

describe("sex", () => {
  it("reads sex codes through the disaggregation normaliser", () => {
    const dni = sexReader("dni");
    expect(dni("Varón")).toBe("M");
    expect(dni("masc.")).toBe("M");
    expect(dni("F")).toBe("F");
    expect(dni("Mujer")).toBe("F");
    expect(dni("X")).toBe("X");
    expect(dni("s/d")).toBeNull();
    expect(dni("")).toBeNull();
    const curp = sexReader("curp");
    expect(curp("H")).toBe("M");
    expect(curp("M")).toBe("F");
  });
});

describe("phoneCleaner", () => {
  it("gives what cleanPhone gives, number by number", () => {
    let seed = 7;
    const digit = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return String(seed % 10);
    };
    const many = (n: number) => Array.from({ length: n }, digit).join("");
    const samples: [string, string][] = [];
    for (let k = 0; k < 60; k++) {
      samples.push(["AR", `(011) 15-${many(4)}-${many(4)}`], ["AR", `+54 9 11 ${many(4)}-${many(4)}`]);
      samples.push(["AR", `0351 4${many(2)}-${many(4)}`], ["MX", `55 ${many(4)} ${many(4)}`]);
      samples.push(["BR", `(11) 9${many(4)}-${many(4)}`], ["CL", `+56 9 ${many(4)} ${many(4)}`]);
      samples.push(["CO", `3${many(2)} ${many(3)} ${many(4)}`], ["AR", `${many(3)}-${many(2)}`]);
    }
    const cleaners = new Map<string, ReturnType<typeof phoneCleaner>>();
    for (const [country, raw] of samples) {
      const clean = cleaners.get(country) ?? phoneCleaner(country);
      cleaners.set(country, clean);
      expect(clean(raw), raw).toEqual(cleanPhone(raw, country));
    }
  });
});
