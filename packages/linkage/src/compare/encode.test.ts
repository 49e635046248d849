import { describe, expect, it } from "vitest";
import { dictionaryCodes, StringDictionary } from "./encode";

describe("StringDictionary", () => {
  it("numbers distinct values in the order first seen, across columns and while it grows", () => {
    const dictionary = new StringDictionary();
    const left = Array.from({ length: 30_000 }, (_, i) => (i % 7 === 0 ? null : `CALLE ${i % 20_000}`));
    // The right side's strings are made apart: equal values, other string objects.
    const right = Array.from({ length: 30_000 }, (_, i) =>
      i % 5 === 0 ? null : ["CALLE", String(i)].join(" "),
    );
    const codesLeft = dictionaryCodes(left, dictionary);
    const codesRight = dictionaryCodes(right, dictionary);
    // What a Map numbering values as they come gives.
    const expected = new Map<string, number>();
    const codeOf = (v: string | null) => {
      if (v === null) return -1;
      if (!expected.has(v)) expected.set(v, expected.size);
      return expected.get(v) as number;
    };
    expect(Array.from(codesLeft)).toEqual(left.map(codeOf));
    expect(Array.from(codesRight)).toEqual(right.map(codeOf));
    expect(dictionary.values).toEqual([...expected.keys()]);
    expect(dictionary.size).toBe(expected.size);
  });
});
