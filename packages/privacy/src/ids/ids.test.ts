import { describe, expect, it } from "vitest";
import {
  AR_CBU,
  AR_CUIT,
  AR_DNI,
  BR_CNPJ,
  BR_CPF,
  CL_RUT,
  CO_CEDULA,
  CO_NIT,
  EC_CI,
  EC_RUC,
  findIdType,
  formatId,
  ID_DEFINITIONS,
  type IdType,
  MX_CURP,
  MX_RFC,
  matchIds,
  PE_CUI,
  PE_RUC,
  surrogateId,
  UY_CI,
  UY_RUT,
  validateId,
} from "./index";

describe("validate / format / kind / embeds", () => {
  it("AR", () => {
    expect(AR_DNI.validate("20.123.456").valid).toBe(true);
    expect(AR_DNI.validate("2012345A").problem).toBe("format");
    expect(AR_DNI.format("20123456")).toBe("20.123.456");
    expect(AR_CUIT.validate("20-10123456-9").valid).toBe(true);
    expect(AR_CUIT.validate("20101234560").problem).toBe("checksum");
    expect(AR_CUIT.validate("99-05536168-8").problem).toBe("component");
    expect(AR_CUIT.format("20101234569")).toBe("20-10123456-9");
    expect(AR_CUIT.kind("20101234569")).toBe("person");
    expect(AR_CUIT.kind("30653311857")).toBe("company");
    expect(AR_CUIT.embeds("20101234569")).toEqual({ prefix: "20", dni: "10123456" });
    expect(AR_CBU.validate("0 4 4 0 0 6 4 – 6 – 4 0 0 0 0 1 4 2 9 4 1 0 9 – 2").valid).toBe(true);
    expect(AR_CBU.embeds("0110433630043313857683")).toEqual({
      bank: "011",
      branch: "0433",
      account: "3004331385768",
    });
  });
  it("CL, UY, PE, EC, CO", () => {
    expect(CL_RUT.validate("10626628-K").valid).toBe(true);
    expect(CL_RUT.format("10626628K")).toBe("10.626.628-K");
    expect(CL_RUT.kind("10626628-K")).toBe("person");
    expect(UY_CI.validate("1.234.567-2").valid).toBe(true);
    expect(UY_CI.validate("1.234.567-3").problem).toBe("checksum");
    expect(UY_CI.format("12345672")).toBe("1.234.567-2");
    expect(UY_RUT.format("020164180014")).toBe("02-016418-001-4");
    expect(PE_CUI.validate("25543680E").valid).toBe(true);
    expect(PE_CUI.validate("05209244").valid).toBe(true);
    expect(PE_RUC.embeds("10010734121")).toEqual({ prefix: "10", dni: "01073412" });
    expect(PE_RUC.kind("10010734121")).toBe("person");
    expect(EC_CI.validate("171430710-3").valid).toBe(true);
    expect(EC_RUC.kind("1714307103001")).toBe("person");
    expect(EC_RUC.embeds("1714307103001")).toEqual({
      province: "17",
      ci: "1714307103",
      establishment: "001",
    });
    expect(CO_NIT.format("8000031226")).toBe("800.003.122-6");
    expect(CO_NIT.kind("800.003.122-6")).toBe("company");
    expect(CO_CEDULA.validate("79.308.960").valid).toBe(true);
    expect(CO_CEDULA.validate("123").problem).toBe("length");
  });
  it("MX: CURP with sex X, RFC check digit as a warning", () => {
    expect(MX_CURP.validate("HEGG560427XVZRRL08").valid).toBe(true);
    expect(MX_CURP.embeds("BAAD890419HMNRRV07")).toEqual({ birthDate: "1989-04-19", sex: "H", state: "MN" });
    expect(MX_CURP.embeds("WIAU080306HGRBPDL8")).toMatchObject({ birthDate: "2008-03-06" });
    expect(MX_CURP.validate("BAAD890419HMNRRV08").problem).toBe("checksum");
    expect(MX_CURP.validate("BAAD893019HMNRRV07").problem).toBe("component");
    expect(MX_RFC.validate("AAAA791128D64")).toEqual({
      valid: true,
      compact: "AAAA791128D64",
      warning: "checksum",
    });
    expect(MX_RFC.validate("AAAA791128D64", { strictCheckDigit: true }).valid).toBe(false);
    expect(MX_RFC.kind("AAA390128530")).toBe("company");
    expect(MX_RFC.kind("AAAA791128D63")).toBe("person");
    expect(MX_RFC.format("AAAA791128D63")).toBe("AAAA 791128 D63");
    expect(MX_RFC.embeds("AAAA791128D63")).toEqual({ birthDate: "1979-11-28" });
  });
  it("BR: CPF repeated digits rejected, alphanumeric CNPJ accepted", () => {
    expect(BR_CPF.validate("390.533.447-05").valid).toBe(true);
    expect(BR_CPF.validate("111.111.111-11").problem).toBe("component");
    expect(BR_CPF.validate("00000000000").valid).toBe(false);
    expect(BR_CNPJ.validate("12.ABC.345/01DE-35").valid).toBe(true);
    expect(BR_CNPJ.validate("12ABC34501DE36").problem).toBe("checksum");
    expect(BR_CNPJ.format("11015248000142")).toBe("11.015.248/0001-42");
    expect(BR_CNPJ.embeds("11015248000142")).toEqual({ base: "11015248", branch: "0001", headOffice: true });
  });
  it("finds types by alias and formats through the registry", () => {
    expect(findIdType("CUIL")).toBe("ar.cuit");
    expect(findIdType("pe_dni")).toBe("pe.cui");
    expect(findIdType("nope")).toBeUndefined();
    expect(validateId("br.cpf", "39053344705").valid).toBe(true);
    expect(formatId("ar.cuit", "20101234569")).toBe("20-10123456-9");
  });
});

describe("matchIds", () => {
  it("scores valid, format-only and invalid-check", () => {
    expect(matchIds("20-10123456-9")[0]).toMatchObject({ type: "ar.cuit", status: "valid", kind: "person" });
    expect(matchIds("BAAD890419HMNRRV07")[0]).toMatchObject({ type: "mx.curp", status: "valid" });
    expect(matchIds("20-10123456-0").some((m) => m.type === "ar.cuit" && m.status === "invalid-check")).toBe(
      true,
    );
    expect(matchIds("hola")).toEqual([]);
    expect(matchIds("20123456").find((m) => m.type === "ar.dni")?.status).toBe("format-only");
  });
});

describe("surrogateId", () => {
  it("builds valid IDs of every type, deterministically", () => {
    for (const type of Object.keys(ID_DEFINITIONS) as IdType[]) {
      for (let seed = 0; seed < 40; seed++) {
        const bytes = new Uint8Array(32).map((_, i) => (i * 37 + seed * 101) % 256);
        const id = surrogateId(type, bytes);
        expect(ID_DEFINITIONS[type].validate(id, { strictCheckDigit: true }).valid, `${type} ${id}`).toBe(
          true,
        );
        expect(surrogateId(type, bytes)).toBe(id);
      }
    }
  });
});
