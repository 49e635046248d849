import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maskCell, maskValue } from "./mask";

/** The rule as the documentation states it, char by char with Unicode classes (the reference). */
const reference = (cell: string): string => {
  let out = "";
  let first = true;
  for (const ch of cell) {
    if (first) out += ch;
    else if (/\p{Nd}/u.test(ch)) out += "#";
    else if (/\p{L}/u.test(ch)) out += /\p{Lu}/u.test(ch) ? "X" : "x";
    else out += ch;
    first = false;
  }
  return out;
};

const units = fc.constantFrom(..."aZ09 -/.,;@ñÑé٣\u00a0\t\ud83d\ude00", "\ud800", "\udfff", "ß");

describe("maskValue", () => {
  it("keeps the first character and masks every other letter and digit, whatever the text", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: units, maxLength: 80 }), fc.string({ maxLength: 80 })),
        (cell) => {
          expect(maskValue(cell)).toBe(reference(cell));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("masks dates, IDs and names of every length the same way", () => {
    expect(maskValue("03/01/1998")).toBe("0#/##/####");
    expect(maskValue("20-12345678-9")).toBe("2#-########-#");
    expect(maskValue("Ibáñez Ruiz")).toBe("Ixxxxx Xxxx");
    expect(maskValue("x".repeat(70))).toBe(`x${"x".repeat(69)}`);
  });
});

describe("maskCell", () => {
  it("shows the markers of a missing value as they are, trimmed or not, and masks everything else", () => {
    for (const marker of ["s/d", " NA ", "null", "None", "-", "n/a\t"]) expect(maskCell(marker)).toBe(marker);
    fc.assert(
      fc.property(fc.string({ unit: units, maxLength: 20 }), (cell) => {
        const marker = [
          "-",
          "--",
          ".",
          "?",
          "s/d",
          "sd",
          "na",
          "n/a",
          "nd",
          "n/d",
          "null",
          "none",
          "nan",
        ].includes(cell.trim().toLowerCase());
        expect(maskCell(cell)).toBe(marker ? cell : reference(cell));
      }),
      { numRuns: 1000 },
    );
  });
});
