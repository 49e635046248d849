import { describe, expect, it } from "vitest";
import { detectBom } from "../bytes/bom";
import { detectEncoding } from "./detect";
import { decodeWindows1252 } from "./windows-1252";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes = (...parts: (string | number)[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "number" ? [p] : Array.from(p, (c) => c.charCodeAt(0)))));

describe("detectEncoding", () => {
  it("trusts a BOM first (UTF-8, UTF-16 LE and BE)", () => {
    expect(detectEncoding(bytes(0xef, 0xbb, 0xbf, "a;b"))).toEqual({
      encoding: "utf-8",
      confidence: 1,
      bom: true,
      source: "bom",
    });
    expect(detectEncoding(bytes(0xff, 0xfe, "a", 0))).toMatchObject({
      encoding: "utf-16le",
      bom: true,
      source: "bom",
    });
    expect(detectEncoding(bytes(0xfe, 0xff, 0, "a"))).toMatchObject({
      encoding: "utf-16be",
      bom: true,
      source: "bom",
    });
    expect(detectBom(bytes("abc"))).toBeNull();
  });

  it("detects valid UTF-8, with more confidence the more multi-byte characters it sees", () => {
    const one = detectEncoding(utf8("CÓRDOBA;1\n"));
    const many = detectEncoding(utf8("CÓRDOBA;NUÑEZ;São Paulo;Peñalolén;Ñuñoa\n"));
    expect(one).toMatchObject({ encoding: "utf-8", bom: false, source: "detected" });
    expect(many.encoding).toBe("utf-8");
    expect(many.confidence).toBeGreaterThan(one.confidence);
    expect(many.confidence).toBeGreaterThan(0.95);
  });

  it("calls pure ASCII utf-8 with a lower but high confidence", () => {
    const ascii = detectEncoding(utf8("id,nombre\n1,ANA\n"));
    expect(ascii.encoding).toBe("utf-8");
    expect(ascii.confidence).toBeGreaterThanOrEqual(0.7);
    expect(ascii.confidence).toBeLessThan(detectEncoding(utf8("id,año\n")).confidence);
  });

  it("detects latin1 Ñ (0xD1) as iso-8859-1 when no 0x80–0x9F byte appears", () => {
    const info = detectEncoding(bytes("APELLIDO;NOMBRE\nNU", 0xd1, "EZ;JOS", 0xc9, "\n"));
    expect(info).toMatchObject({ encoding: "iso-8859-1", bom: false, source: "detected" });
    expect(info.confidence).toBeGreaterThan(0.5);
  });

  it("names it windows-1252 when a byte in 0x80–0x9F appears (’ is 0x92)", () => {
    const info = detectEncoding(bytes("NU", 0xd1, "EZ;O", 0x92, "HIGGINS\n"));
    expect(info.encoding).toBe("windows-1252");
    expect(decodeWindows1252(bytes("NU", 0xd1, "EZ;O", 0x92, "HIGGINS"))).toBe("NUÑEZ;O’HIGGINS");
  });

  it("does not hold a character cut at the end of the sample against UTF-8, unless final", () => {
    const cut = utf8("Penalolén").subarray(0, 8); // ends after 0xC3 of "é"
    expect(detectEncoding(cut).encoding).toBe("utf-8");
    expect(detectEncoding(cut, { final: true }).encoding).not.toBe("utf-8");
    // With other multi-byte characters it stays UTF-8 (a truncated download).
    expect(detectEncoding(utf8("Peñalolén").subarray(0, 9), { final: true }).encoding).toBe("utf-8");
    expect(detectEncoding(bytes("abc", 0xe2, 0x80)).encoding).toBe("utf-8");
  });

  it("guesses UTF-16 without BOM from its NUL pattern", () => {
    const le = new Uint8Array(Array.from("a;b\n1;2\n", (c) => [c.charCodeAt(0), 0]).flat());
    const be = new Uint8Array(Array.from("a;b\n1;2\n", (c) => [0, c.charCodeAt(0)]).flat());
    expect(detectEncoding(le).encoding).toBe("utf-16le");
    expect(detectEncoding(be).encoding).toBe("utf-16be");
  });

  it("calls an empty sample utf-8 with low confidence", () => {
    expect(detectEncoding(new Uint8Array(0))).toMatchObject({ encoding: "utf-8", confidence: 0.5 });
  });
});
