import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "./decimal";
import { isCastFailure } from "./failure";
import { createNumberCaster } from "./number";

const text = (v: unknown) => (v instanceof Decimal ? v.toString() : v);

describe("createNumberCaster", () => {
  it("casts plain numbers to exact Decimals", () => {
    const cast = createNumberCaster();
    expect(text(cast("0.1"))).toBe("0.1");
    expect(text(cast("-1000"))).toBe("-1000");
    expect(text(cast("1.5e-3"))).toBe("0.0015");
    expect(text(cast("NaN"))).toBe("NaN");
    expect(text(cast("-INF"))).toBe("-Infinity");
    expect(isCastFailure(cast("string"))).toBe(true);
    expect(isCastFailure(cast("10,000a.00"))).toBe(true);
  });

  it("removes the group separator BEFORE reading the decimal one", () => {
    const cast = createNumberCaster({ decimalChar: ",", groupChar: "." });
    expect(text(cast("8.699,8"))).toBe("8699.8");
    expect(text(cast("10.000.000,00"))).toBe("10000000");
    expect(text(cast("1.234,56"))).toBe("1234.56");
  });

  it("flags 1.234 under decimal comma without group char as ambiguous", () => {
    const v = createNumberCaster({ decimalChar: "," })("1.234");
    expect(isCastFailure(v) && v.reason).toBe("ambiguous-number");
    expect(isCastFailure(v) && v.ambiguous).toBe(true);
    expect(text(createNumberCaster({ decimalChar: "," })("-58,50761514092000"))).toBe("-58.50761514092");
  });

  it("strips currency and percent signs when bareNumber is false", () => {
    const cast = createNumberCaster({ bareNumber: false, groupChar: "," });
    expect(text(cast("€-12.3"))).toBe("-12.3");
    expect(text(cast("  10,000.00 €"))).toBe("10000");
    expect(text(cast("100%"))).toBe("100");
    expect(text(cast("1000‰"))).toBe("1000");
    expect(text(cast("$10000.00"))).toBe("10000");
    expect(isCastFailure(createNumberCaster()("$10"))).toBe(true);
  });

  it("reuses frozen failures (no allocation per cell)", () => {
    const cast = createNumberCaster();
    expect(cast("x")).toBe(cast("y"));
    expect(Object.isFrozen(cast("x"))).toBe(true);
  });

  it("property: any decimal written with random group/decimal chars casts back to the same value", () => {
    const seps = fc.constantFrom<[string, string]>(
      [".", ","],
      [",", "."],
      [",", " "],
      [".", "'"],
      ["@", "#"],
    );
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 18n }),
        fc.nat({ max: 6 }),
        fc.boolean(),
        seps,
        (units, scale, neg, [dec, group]) => {
          const digits = units.toString().padStart(scale + 1, "0");
          const intPart = digits.slice(0, digits.length - scale);
          const frac = digits.slice(digits.length - scale);
          const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, group);
          const sign = neg ? "-" : "";
          const written = `${sign}${grouped}${scale ? dec + frac : ""}`;
          const plain = `${sign}${intPart}${scale ? `.${frac}` : ""}`;
          const v = createNumberCaster({ decimalChar: dec, groupChar: group })(written);
          expect(v instanceof Decimal && v.equals(plain)).toBe(true);
        },
      ),
    );
  });
});

describe("number caster: the one-scan path for usual cells", () => {
  const cast = createNumberCaster({ decimalChar: ",", groupChar: "." });
  // A cell as a city's spreadsheet writes it: sign, digits grouped by 3 with ".", decimal comma.
  const cell = fc
    .tuple(
      fc.constantFrom("", "-", "+"),
      fc.bigInt({ min: 0n, max: 10n ** 18n }),
      fc.option(fc.stringMatching(/^[0-9]{1,8}$/), { nil: undefined }),
      fc.boolean(),
    )
    .map(([sign, int, frac, grouped]) => {
      const digits = int.toString();
      const body = grouped ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".") : digits;
      return `${sign}${body}${frac === undefined ? "" : `,${frac}`}`;
    });

  it("gives the same exact decimal, and orders it the same, as reading the text", () => {
    fc.assert(
      fc.property(cell, fc.double({ noNaN: true, min: -1e19, max: 1e19 }), (text, other) => {
        const got = cast(text) as Decimal;
        const expected = Decimal.parse(text.replaceAll(".", "").replace(",", ".")) as Decimal;
        expect(got.toString()).toBe(expected.toString());
        expect(got.valueOf()).toBe(expected.valueOf());
        expect(got.compare(other)).toBe(expected.compare(other));
        expect(got.compare(expected)).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  it("finds the float exactly: no rounding at 15 significant digits", () => {
    expect((cast("999.999.999.999,999") as Decimal).compare("999999999999.999")).toBe(0);
    expect((cast("0,1") as Decimal).toString()).toBe("0.1");
    expect((cast("-1.234,50") as Decimal).toString()).toBe("-1234.5");
    expect((cast("250.000,01") as Decimal).compare(250000)).toBe(1);
  });
});
