import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "./decimal";

describe("Decimal", () => {
  it("keeps money exact: 0.1 and 0.2 stay exact strings", () => {
    const a = Decimal.parse("0.1");
    const b = Decimal.parse("0.2");
    expect(a?.toString()).toBe("0.1");
    expect(b?.toString()).toBe("0.2");
    expect(Decimal.parse("0.30")?.equals("0.3")).toBe(true);
    expect(Decimal.parse("12345678901234567890.12")?.toString()).toBe("12345678901234567890.12");
  });

  it("normalises to canonical text", () => {
    expect(Decimal.parse("10.00")?.toString()).toBe("10");
    expect(Decimal.parse("000835")?.toString()).toBe("835");
    expect(Decimal.parse("-0.0")?.toString()).toBe("0");
    expect(Decimal.parse(".5")?.toString()).toBe("0.5");
    expect(Decimal.parse("+1.50")?.toString()).toBe("1.5");
    expect(Decimal.parse("1.5e3")?.toString()).toBe("1500");
    expect(Decimal.parse("1E-2")?.toString()).toBe("0.01");
    expect(Decimal.parse("1e400")?.toString()).toBe("1e+400");
    expect(Decimal.parse(" 7 ")?.toString()).toBe("7");
  });

  it("reads NaN and infinities, rejects junk", () => {
    expect(Decimal.parse("NaN")?.isNaN()).toBe(true);
    expect(Decimal.parse("-inf")?.toString()).toBe("-Infinity");
    expect(Decimal.parse("INF")?.toString()).toBe("Infinity");
    for (const bad of ["", "abc", "1.2.3", "1e", "--1", "1,5"]) expect(Decimal.parse(bad)).toBeNull();
  });

  it("compares exactly and works with < via valueOf", () => {
    const a = Decimal.from("0.1");
    const b = Decimal.from("0.10000000000000000001");
    expect(a.compare(b)).toBe(-1);
    expect(b.compare(a)).toBe(1);
    expect(Decimal.from("-2").compare("-10")).toBe(1);
    expect(Decimal.from("-Infinity").compare("-1e999")).toBe(-1);
    expect(Decimal.from(2) < Decimal.from(10)).toBe(true);
    expect(Decimal.from("NaN").equals("NaN")).toBe(false);
  });

  it("serialises to JSON without losing digits", () => {
    expect(JSON.stringify({ m: Decimal.from("12.5") })).toBe('{"m":12.5}');
    expect(JSON.stringify({ m: Decimal.from("0.10000000000000000001") })).toBe(
      '{"m":"0.10000000000000000001"}',
    );
  });

  it("property: canonical text round-trips and equals the number it came from", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.nat({ max: 30 }), (units, scale) => {
        const s = units.toString().replace("-", "");
        const padded = s.padStart(scale + 1, "0");
        const text = `${units < 0n ? "-" : ""}${padded.slice(0, padded.length - scale)}${scale ? `.${padded.slice(-scale)}` : ""}`;
        const d = Decimal.parse(text);
        expect(d).not.toBeNull();
        expect(Decimal.parse(String(d))?.toString()).toBe(d?.toString());
        expect(d?.equals(text)).toBe(true);
      }),
    );
  });
});

describe("Decimal.compare fast path", () => {
  it("orders exactly like the digit-by-digit comparison, for any decimals", async () => {
    const fc = (await import("fast-check")).default;
    const text = fc
      .tuple(fc.boolean(), fc.stringMatching(/^[0-9]{1,18}$/), fc.stringMatching(/^[0-9]{0,8}$/))
      .map(([neg, i, f]) => `${neg ? "-" : ""}${i}${f ? `.${f}` : ""}`);
    fc.assert(
      fc.property(text, text, (x, y) => {
        const a = Decimal.parse(x) as Decimal;
        const b = Decimal.parse(y) as Decimal;
        // Reference: compare as exact rationals with BigInt (scale both to 8 decimals).
        const scaled = (s: string) => {
          const neg = s.startsWith("-");
          const [i = "0", f = ""] = (neg ? s.slice(1) : s).split(".");
          const v = BigInt(i + f.padEnd(8, "0"));
          return neg ? -v : v;
        };
        const want = scaled(x) < scaled(y) ? -1 : scaled(x) > scaled(y) ? 1 : 0;
        expect(a.compare(b)).toBe(want);
      }),
    );
  });
});
