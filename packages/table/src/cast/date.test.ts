import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDateCaster } from "./date";
import { fixedDateIso } from "./date-fast";
import { isCastFailure } from "./failure";
import { PlainDate } from "./plain-date";
import { patternCaster } from "./temporal-caster";
import { toDate } from "./temporal-parts";

const iso = (v: unknown) => (v instanceof PlainDate ? `${v.toString()}T00:00:00.000Z` : v);

describe("createDateCaster", () => {
  it("reads ISO dates at UTC midnight by default", () => {
    expect(iso(createDateCaster()("2019-01-01"))).toBe("2019-01-01T00:00:00.000Z");
    expect(iso(createDateCaster()("0099-03-01"))).toBe("0099-03-01T00:00:00.000Z");
    for (const bad of ["2019-1-1", "01/01/2019", "invalid", "2019-01-01T00:00:00"]) {
      expect(isCastFailure(createDateCaster()(bad))).toBe(true);
    }
  });

  it("reads dd/mm/yyyy", () => {
    const cast = createDateCaster("%d/%m/%Y");
    expect(iso(cast("12/03/2024"))).toBe("2024-03-12T00:00:00.000Z");
    expect(iso(cast("1/3/2024"))).toBe("2024-03-01T00:00:00.000Z");
    expect(isCastFailure(cast("2024-03-12"))).toBe(true);
    expect(isCastFailure(cast("12/03/2024 10:00"))).toBe(true);
  });

  it("rejects impossible dates", () => {
    const v = createDateCaster("%d/%m/%Y")("31/02/2024");
    expect(isCastFailure(v) && v.reason).toBe("impossible-date");
    expect(isCastFailure(createDateCaster()("2023-02-29"))).toBe(true);
    expect(iso(createDateCaster()("2024-02-29"))).toBe("2024-02-29T00:00:00.000Z");
  });

  it("reads two-digit years like Python (69–99 → 19xx)", () => {
    expect(iso(createDateCaster("%d/%m/%y")("21/11/06"))).toBe("2006-11-21T00:00:00.000Z");
    expect(iso(createDateCaster("%d/%m/%y")("21/11/70"))).toBe("1970-11-21T00:00:00.000Z");
    expect(isCastFailure(createDateCaster("%y/%m/%d")("21/11/06 16:30"))).toBe(true);
  });

  it("reads named months strictly", () => {
    const cast = createDateCaster("%d %b %Y");
    expect(iso(cast("10 Jan 1969"))).toBe("1969-01-10T00:00:00.000Z");
    expect(isCastFailure(cast("31 Feb 1969"))).toBe(true);
    expect(isCastFailure(cast("10 Jan 1969 "))).toBe(true);
  });

  it("format any tries ISO then day-first patterns", () => {
    const cast = createDateCaster("any");
    expect(iso(cast("2019-01-01"))).toBe("2019-01-01T00:00:00.000Z");
    expect(iso(cast("05/04/2020"))).toBe("2020-04-05T00:00:00.000Z");
    expect(isCastFailure(cast("mañana"))).toBe(true);
  });

  it("a literal-only format matches only itself", () => {
    expect(isCastFailure(createDateCaster("invalid")("21/11/06 16:30"))).toBe(true);
  });
});

describe("fixed-shape fast path", () => {
  it("gives the same dates as the general strptime path", async () => {
    const fc = (await import("fast-check")).default;
    const { patternCaster } = await import("./temporal-caster");
    const { toDate } = await import("./temporal-parts");
    const { isCastFailure } = await import("./failure");
    for (const pattern of ["%d/%m/%Y", "%Y-%m-%d", "%m/%d/%Y", "%d-%m-%Y"]) {
      const fast = createDateCaster(pattern);
      const general = patternCaster(pattern, toDate);
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 9999 }),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 0, max: 32 }),
          (y, m, d) => {
            const pad = (n: number, w: number) => String(n).padStart(w, "0");
            const cell = pattern.replace("%Y", pad(y, 4)).replace("%m", pad(m, 2)).replace("%d", pad(d, 2));
            const a = fast(cell);
            const b = general(cell);
            if (isCastFailure(b)) expect(a).toBe(b);
            else expect((a as PlainDate).equals(b)).toBe(true);
          },
        ),
      );
    }
  });
});

describe("fixedDateIso", () => {
  it("writes the same ISO date as the general caster, and leaves it every cell it does not read", () => {
    const patterns = ["%Y-%m-%d", "%Y/%m/%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%m/%d/%Y"];
    const two = (n: number) => String(n).padStart(2, "0");
    // Real dates written in each shape (leap days included), and near misses: day 00–39, month 00–19, odd separators.
    const cell = fc.oneof(
      fc
        .tuple(
          fc.integer({ min: 0, max: 9999 }),
          fc.integer({ min: 0, max: 19 }),
          fc.integer({ min: 0, max: 39 }),
        )
        .chain(([y, m, d]) =>
          fc.constantFrom(
            `${String(y).padStart(4, "0")}-${two(m)}-${two(d)}`,
            `${String(y).padStart(4, "0")}/${two(m)}/${two(d)}`,
            `${two(d)}/${two(m)}/${String(y).padStart(4, "0")}`,
            `${two(d)}-${two(m)}-${String(y).padStart(4, "0")}`,
            `${two(d)}.${two(m)}.${String(y).padStart(4, "0")}`,
            `${two(m)}/${two(d)}/${String(y).padStart(4, "0")}`,
          ),
        ),
      fc.string({ unit: fc.constantFrom(..."0123456789/-. x"), minLength: 8, maxLength: 11 }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...patterns), cell, (pattern, value) => {
        const fast = fixedDateIso(pattern);
        const read = patternCaster(pattern, toDate)(value);
        const general = isCastFailure(read) ? undefined : String(read);
        const got = fast?.(value);
        // The fast path answers only what the general caster reads, and then the same text.
        if (got !== undefined) expect(got).toBe(general);
        if (value.length === 10 && general !== undefined && /^\d{4}-/.test(general))
          expect(got).toBe(general);
      }),
      { numRuns: 3000 },
    );
    expect(fixedDateIso("%d/%m/%Y")?.("29/02/2024")).toBe("2024-02-29");
    expect(fixedDateIso("%d/%m/%Y")?.("29/02/2023")).toBeUndefined();
    expect(fixedDateIso("%d %b %Y")).toBeNull();
  });
});
