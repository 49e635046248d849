import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanUtf8 } from "./utf8";

const strict = new TextDecoder("utf-8", { fatal: true });
const valid = (b: Uint8Array): boolean => {
  try {
    strict.decode(b);
    return true;
  } catch {
    return false;
  }
};

describe("scanUtf8", () => {
  it("agrees with the WHATWG fatal decoder on arbitrary bytes", () => {
    const byte = fc.oneof(
      fc.integer({ min: 0, max: 255 }),
      fc.constantFrom(0x80, 0xbf, 0xc2, 0xe0, 0xed, 0xf0, 0xf4, 0xa0, 0x9f, 0x90, 0x8f),
    );
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 24 }), (arr) => {
        const b = new Uint8Array(arr);
        const s = scanUtf8(b);
        const ok = s.invalidAt < 0 && s.incompleteAt === b.length;
        expect(ok).toBe(valid(b));
        if (s.invalidAt >= 0) expect(valid(b.subarray(0, s.invalidAt))).toBe(true);
        if (s.invalidAt < 0) expect(valid(b.subarray(0, s.incompleteAt))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("tells a cut sequence from an invalid one", () => {
    expect(scanUtf8(new Uint8Array([0x61, 0xf0, 0x9f, 0x98]))).toEqual({
      invalidAt: -1,
      incompleteAt: 1,
      multibyte: 0,
    });
    expect(scanUtf8(new Uint8Array([0x61, 0xc3, 0x41])).invalidAt).toBe(1);
    expect(scanUtf8(new Uint8Array([0xc0, 0x80])).invalidAt).toBe(0); // overlong
    expect(scanUtf8(new Uint8Array([0xed, 0xa0, 0x80])).invalidAt).toBe(0); // surrogate
    expect(scanUtf8(new TextEncoder().encode("ñ€😀")).multibyte).toBe(3);
  });
});
