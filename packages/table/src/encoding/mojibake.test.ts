import { describe, expect, it } from "vitest";
import { findMojibake, repairMojibake } from "./mojibake";
import { decodeWindows1252 } from "./windows-1252";

/** What a UTF-8 text looks like after being read as windows-1252 and saved again. */
const doubleEncode = (s: string): string => decodeWindows1252(new TextEncoder().encode(s));

describe("repairMojibake", () => {
  it("repairs the usual Spanish and Portuguese cases", () => {
    expect(repairMojibake("NUÃ‘EZ")).toBe("NUÑEZ");
    expect(repairMojibake("CÃ³rdoba")).toBe("Córdoba");
    expect(repairMojibake("cafÃ©, niÃ±o, Ã¡rea")).toBe("café, niño, área");
    expect(repairMojibake("O'Higgins â€™ â€œholaâ€\u009d")).toBe("O'Higgins ’ “hola”");
  });

  it("round-trips any double-encoded Latin text", () => {
    const text = "Peñalolén; São Paulo; ÁVILA; Nº 5; ¿Qué? ¡Sí! — “comillas” 20 €";
    expect(repairMojibake(doubleEncode(text))).toBe(text);
  });

  it("undoes a triple encoding too", () => {
    expect(repairMojibake(doubleEncode(doubleEncode("NUÑEZ")))).toBe("NUÑEZ");
  });

  it("leaves correct text alone, including Portuguese Ã and Â", () => {
    const ok = "SÃO PAULO; CÂMARA; ALIMENTAÇÃO; ACCIÓN\u00a0; Nº; año";
    expect(repairMojibake(ok)).toBe(ok);
    expect(findMojibake(ok)).toBeNull();
  });
});

describe("findMojibake", () => {
  it("returns the garbled sequence, its repair, the count and the line, never the word", () => {
    expect(findMojibake("APELLIDO;CIUDAD\nNUÃ‘EZ;CÃ³rdoba\n")).toEqual({
      sequence: "Ã‘",
      repair: "Ñ",
      count: 2,
      line: 2,
    });
  });

  it("shows sequences that follow each other together, a few at most", () => {
    expect(findMojibake("x\ny\nmaria.muÃ±oz@correo.com")).toMatchObject({ sequence: "Ã±", line: 3 });
    expect(findMojibake("PeÃ±Ã³Ã±Ã©Ã­z")).toMatchObject({ sequence: "Ã±Ã³Ã±", repair: "ñóñ", count: 5 });
    // Encoded twice over: one character, two layers.
    expect(findMojibake("NUÃƒâ€˜EZ")).toMatchObject({ sequence: "Ãƒâ€˜", repair: "Ñ" });
  });
});
