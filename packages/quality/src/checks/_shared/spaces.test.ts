import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WS_DOUBLE, WS_LEADING, WS_ONLY, WS_TRAILING, WS_UNUSUAL, whitespaceBits } from "./spaces";

// The regexes the whitespace and missing-value checks used per cell; the char loop must agree with them.
const LEADING = /^[\s\u200b]/u;
const TRAILING = /[\s\u200b]$/u;
const DOUBLE = /[\s\u200b]{2,}/u;
const UNUSUAL = /[^\S ]|\u200b/u;
const ONLY = /^[\s\u200b]+$/u;

function byRegex(cell: string): number {
  if (cell === "") return 0;
  let bits = 0;
  const leading = LEADING.test(cell);
  const trailing = TRAILING.test(cell);
  if (leading) bits |= WS_LEADING;
  if (trailing) bits |= WS_TRAILING;
  const inner = leading || trailing ? cell.replace(/^[\s\u200b]+|[\s\u200b]+$/gu, "") : cell;
  if (DOUBLE.test(inner)) bits |= WS_DOUBLE;
  if (UNUSUAL.test(cell)) bits |= WS_UNUSUAL;
  if (ONLY.test(cell)) bits |= WS_ONLY;
  return bits;
}

const pieces = [
  " ",
  "  ",
  "\t",
  "\u00a0",
  "\u200b",
  "\u2009",
  "\u3000",
  "\ufeff",
  "\u0085",
  "\n",
  "\r\n",
  "a",
  "Ñ",
  "Núñez",
  "1",
  "-",
  "😀",
  "\u0001",
];

describe("whitespaceBits", () => {
  it("gives the regexes' answer on random strings of spaces, tabs, NBSP, zero-width spaces and text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const cell = parts.join("");
        expect(whitespaceBits(cell)).toBe(byRegex(cell));
      }),
      { numRuns: 5000 },
    );
  });

  it("gives the regexes' answer on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 20 }), (cell) => {
        expect(whitespaceBits(cell)).toBe(byRegex(cell));
      }),
      { numRuns: 3000 },
    );
  });

  it("says which kinds a registry cell has", () => {
    expect(whitespaceBits("CORONEL PORTILLO ")).toBe(WS_TRAILING);
    expect(whitespaceBits("SAN  ISIDRO")).toBe(WS_DOUBLE);
    expect(whitespaceBits("Villa\u00a0Crespo")).toBe(WS_UNUSUAL);
    expect(whitespaceBits("   ")).toBe(WS_LEADING | WS_TRAILING | WS_ONLY);
    expect(whitespaceBits("Palermo")).toBe(0);
  });
});
