import { describe, expect, it } from "vitest";
import { decodeWindows1252 } from "./windows-1252";

describe("decodeWindows1252", () => {
  it("maps 0x80–0x9F as the WHATWG standard does, whatever the runtime's TextDecoder does", () => {
    const all = decodeWindows1252(new Uint8Array(Array.from({ length: 32 }, (_, i) => 0x80 + i)));
    expect(all).toBe("€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ");
  });

  it("maps 0xA0–0xFF to the same code points (latin1 letters such as Ñ = 0xD1)", () => {
    const bytes = new Uint8Array(Array.from({ length: 96 }, (_, i) => 0xa0 + i));
    expect(Array.from(decodeWindows1252(bytes), (c) => c.charCodeAt(0))).toEqual([...bytes]);
  });
});
