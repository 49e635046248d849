import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCastFailure } from "./failure";
import { createIntegerCaster } from "./integer";

describe("createIntegerCaster", () => {
  const cast = createIntegerCaster();

  it("reads integers, with whitespace and leading zeros", () => {
    expect(cast("00")).toBe(0);
    expect(cast(" 01 ")).toBe(1);
    expect(cast("-12")).toBe(-12);
    expect(Object.is(cast("-0"), 0)).toBe(true);
    for (const bad of ["3.14", "0.0003", "1e3", "", "-", "1 2"]) expect(isCastFailure(cast(bad))).toBe(true);
  });

  it("keeps 9007199254740993 exact as a bigint", () => {
    expect(cast("9007199254740993")).toBe(9007199254740993n);
    expect(cast("9007199254740991")).toBe(9007199254740991);
    expect(cast("-9007199254740993")).toBe(-9007199254740993n);
  });

  it("strips non-numeric text when bareNumber is false, removes group chars", () => {
    const loose = createIntegerCaster({ bareNumber: false });
    expect(loose("ab1$")).toBe(1);
    expect(loose("-12 €")).toBe(-12);
    expect(loose("€-12")).toBe(-12);
    expect(createIntegerCaster({ groupChar: "." })("1.234.567")).toBe(1234567);
  });

  it("property: integer text round-trips exactly, beyond 2^53 too", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }), (n) => {
        const v = cast(n.toString());
        expect(typeof v === "bigint" || typeof v === "number").toBe(true);
        expect(BigInt(v as number | bigint)).toBe(n);
        expect(typeof v === "number").toBe(n >= -(2n ** 53n - 1n) && n <= 2n ** 53n - 1n);
      }),
    );
  });
});
