import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  collapseSpaces,
  countAccents,
  DistinctCounter,
  fingerprint,
  foldText,
  looksPersonalField,
  looksPersonalValue,
  ngramFingerprint,
  ngrams,
  normaliseKey,
  normaliseLabel,
} from "./index";

const latin = fc.string({
  unit: fc.constantFrom(
    ..."abcdefghijklmnñopqrstuvwxyzáéíóúüçãõâêôàABCDEFGHIJKLMNÑOPQRSTUVWXYZÁÉÍÓÚÜÇ .,-'/()0123456789",
  ),
  maxLength: 40,
});

describe("fingerprint", () => {
  it("joins the spellings OpenRefine's key collision joins", () => {
    expect(fingerprint("Buenos Aires, Ciudad de")).toBe(fingerprint("Ciudad de Buenos Aires"));
    expect(fingerprint("C.A.B.A.")).toBe("caba");
    expect(fingerprint("  LUJÁN   de cuyo ")).toBe(fingerprint("Lujan de Cuyo"));
    expect(fingerprint("Córdoba Córdoba")).toBe("cordoba");
    expect(fingerprint("Capital Federal")).not.toBe(fingerprint("CABA"));
  });

  it("is idempotent on any text", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 30 }),
        (s) => fingerprint(fingerprint(s)) === fingerprint(s),
      ),
    );
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 30 }),
        (s) => fingerprint(fingerprint(s)) === fingerprint(s),
      ),
    );
  });

  it("ignores case and accents", () => {
    fc.assert(
      fc.property(latin, (s) => {
        const f = fingerprint(s);
        return (
          fingerprint(s.toUpperCase()) === fingerprint(s.toLowerCase()) &&
          fingerprint(s.normalize("NFD").replace(/\p{M}/gu, "")) === f
        );
      }),
    );
  });

  it("ignores token order and repeated tokens", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zñáé]{1,6}$/u), { maxLength: 6 }), (words) => {
        const reversed = [...words].reverse();
        return fingerprint(words.join(" ")) === fingerprint([...reversed, ...words].join("  "));
      }),
    );
  });
});

describe("n-grams", () => {
  it("cuts code points and builds OpenRefine's n-gram fingerprint", () => {
    expect(ngrams("maipu", 2)).toEqual(["ma", "ai", "ip", "pu"]);
    expect(ngrams("a", 2)).toEqual(["a"]);
    expect(ngrams("", 2)).toEqual([]);
    expect(ngramFingerprint("Villa Crespo")).toBe(ngramFingerprint("VillaCrespo"));
    expect(ngramFingerprint("abab", 2)).toBe("abba");
  });

  it("is case and accent insensitive", () => {
    fc.assert(
      fc.property(latin, (s) => ngramFingerprint(s.toUpperCase()) === ngramFingerprint(s.toLowerCase())),
    );
  });
});

describe("folding and keys", () => {
  it("folds case and accents stably", () => {
    expect(foldText("NUÑEZ")).toBe("nunez");
    expect(foldText("Straße")).toBe("strasse");
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 20 }), (s) => foldText(foldText(s)) === foldText(s)),
    );
  });

  it("normalises keys, labels and spaces", () => {
    expect(normaliseKey("  Luján de  Cuyo ")).toBe("lujan de cuyo");
    expect(normaliseKey("02001")).toBe("2001");
    expect(normaliseKey("0")).toBe("0");
    expect(normaliseLabel("Género (auto-percibido)")).toBe("genero_auto_percibido");
    expect(collapseSpaces("  Villa \t  Crespo\u00a0")).toBe("Villa Crespo");
    expect(countAccents("Núñez")).toBe(2);
  });
});

describe("personal data heuristics", () => {
  it("tells person columns from place columns", () => {
    expect(looksPersonalField("APELLIDO")).toBe(true);
    expect(looksPersonalField("fecha_nacimiento")).toBe(true);
    expect(looksPersonalField("FECHA_NACIOMIENTO")).toBe(true);
    expect(looksPersonalField("barrio_nombre")).toBe(false);
    expect(looksPersonalField("provincia")).toBe(false);
    expect(looksPersonalValue("ana@example.org")).toBe(true);
    expect(looksPersonalValue("20-12345678-9")).toBe(true);
    expect(looksPersonalValue("Comuna 15")).toBe(false);
  });
});

describe("DistinctCounter", () => {
  it("keeps counting known values past the cap and says it was capped", () => {
    const d = new DistinctCounter(2);
    d.add("a", 2);
    d.add("b", 3);
    d.add("c", 4);
    d.add("a", 5);
    expect(d.capped).toBe(true);
    expect(d.values.size).toBe(2);
    expect(d.get("a")).toEqual({ count: 2, firstRow: 2 });
  });

  it("counts cells as read the same as collapsing every cell in row order, cap and first rows included", () => {
    const cell = fc.constantFrom(
      "a",
      " a",
      "a ",
      "a  b",
      "a b",
      "A",
      "b",
      "",
      "  ",
      "c\u00a0d",
      "c d",
      "e",
      "f",
      "g",
    );
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 80 }), fc.integer({ min: 1, max: 6 }), (cells, limit) => {
        const keep = (v: string) => v !== "";
        const byCell = new DistinctCounter(limit);
        const oneByOne = new DistinctCounter(limit);
        cells.forEach((c, i) => {
          byCell.addCell(c, i + 2, keep);
          const v = collapseSpaces(c);
          if (keep(v)) oneByOne.add(v, i + 2);
        });
        expect([...byCell.values]).toEqual([...oneByOne.values]);
        expect(byCell.capped).toBe(oneByOne.capped);
      }),
      { numRuns: 2000 },
    );
  });
});
