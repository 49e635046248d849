import { describe, expect, it } from "vitest";
import { foldSlow, foldValue } from "./text";

// foldValue reads most cells in one pass over their char codes; foldSlow applies the rules themselves
// (Unicode decomposition, patterns). Every value must fold the same both ways.
describe("foldValue's one pass", () => {
  it("folds every character below U+2100 as the rules do, alone and between others", () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x2100; c++) {
      const ch = String.fromCharCode(c);
      for (const value of [ch, `a${ch}b`, ` ${ch} `, `${ch}${ch}`, `X ${ch}`, `${ch}-y`, `É${ch}`])
        if (foldValue(value) !== foldSlow(value))
          differ.push(`U+${c.toString(16)} in ${JSON.stringify(value)}`);
    }
    expect(differ).toEqual([]);
  });

  it("folds random mixes of letters, accents, apostrophes and separators as the rules do", () => {
    const pool = "aAzZ09 -.,'`’‘ÁéÑñüÜçÇºª#/\t\u00a0´ßÆ";
    let seed = 18;
    const next = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const differ: string[] = [];
    for (let k = 0; k < 50_000; k++) {
      let value = "";
      const n = Math.floor(next() * 14);
      for (let i = 0; i < n; i++) value += pool[Math.floor(next() * pool.length)];
      if (foldValue(value) !== foldSlow(value)) differ.push(JSON.stringify(value));
    }
    expect(differ.slice(0, 10)).toEqual([]);
  });

  it("keeps a value that needs no folding as it is, and folds names and addresses", () => {
    expect(foldValue("PEREZ GARCIA")).toBe("PEREZ GARCIA");
    expect(foldValue("  Núñez-O’Higgins,  María ")).toBe("NUNEZ OHIGGINS MARIA");
    expect(foldValue("Av. 5º de Mayo Nº 12")).toBe("AV 5O DE MAYO NO 12");
  });
});
