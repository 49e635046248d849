import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { damerau } from "./damerau";
import { jaroWinkler, jaroWinklerBytes } from "./jaro-winkler";
import { bytesReader, packUtf8, utf8 } from "./utf8";

/** The classic Jaro–Winkler scan, written plainly: the reference the bit-parallel one must equal. */
function referenceJaroWinkler(a: Uint8Array, b: Uint8Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, (Math.max(a.length, b.length) >> 1) - 1);
  const fa = a.map(() => 0);
  const fb = b.map(() => 0);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j <= Math.min(b.length - 1, i + window); j++) {
      if (fb[j] === 0 && b[j] === a[i]) {
        fa[i] = 1;
        fb[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  const ma = [...a].filter((_, i) => fa[i] === 1);
  const mb = [...b].filter((_, j) => fb[j] === 1);
  const half = ma.filter((c, k) => c !== mb[k]).length;
  const jaro = (matches / a.length + matches / b.length + (matches - (half >> 1)) / matches) / 3;
  if (jaro <= 0.7) return jaro;
  let prefix = 0;
  while (prefix < Math.min(4, a.length, b.length) && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

describe("jaroWinkler", () => {
  it("scores the Spanish name pairs of the research notes", () => {
    expect(jaroWinkler("GONZALEZ", "GONZALES")).toBeCloseTo(0.95, 10);
    expect(jaroWinkler("RODRIGUEZ", "RODRIGUES")).toBeCloseTo(0.956, 3);
    expect(jaroWinkler("PEREZ", "PERES")).toBeCloseTo(0.92, 10);
    expect(jaroWinkler("MARTINEZ", "MARTIN")).toBeCloseTo(0.95, 10);
    // Different surnames look alike: TF and the other fields must decide.
    expect(jaroWinkler("HERNANDEZ", "FERNANDEZ")).toBeCloseTo(0.926, 3);
    expect(jaroWinkler("GARCIA LOPEZ", "GARCIA PEREZ")).toBeCloseTo(0.933, 3);
    // Shared MARIA/JOSE prefixes, and a dropped first name (the notes said 0.774; it is 0.7926).
    expect(jaroWinkler("MARIA JOSE", "MARIA LUISA")).toBeCloseTo(0.867, 3);
    expect(jaroWinkler("JOSE LUIS", "JOSE MARIA")).toBeCloseTo(0.853, 3);
    expect(jaroWinkler("MARIA GUADALUPE", "GUADALUPE")).toBeCloseTo(0.7926, 4);
  });

  it("is 1 for identical text and 0 for empty text or nothing in common", () => {
    expect(jaroWinkler("PEREZ", "PEREZ")).toBe(1);
    expect(jaroWinkler("", "")).toBe(0);
    expect(jaroWinkler("A", "")).toBe(0);
    expect(jaroWinkler("AB", "BA")).toBe(0);
  });

  it("works on UTF-8 bytes like DuckDB: an Ñ is two units", () => {
    expect(jaroWinkler("NUÑEZ", "NUNEZ")).toBeCloseTo(0.8578, 4);
  });

  it("equals the classic scan on any text, short or longer than a machine word", () => {
    // Few letters make many repeats (the hard case for matching); lengths cross 32 and 64 bytes.
    const text = fc.stringMatching(/^[ABCÑ ]{0,90}$/);
    fc.assert(
      fc.property(text, text, (x, y) => {
        const a = utf8(x);
        const b = utf8(y);
        expect(jaroWinklerBytes(a, b)).toBe(referenceJaroWinkler(a, b));
        expect(jaroWinklerBytes(b, a)).toBe(referenceJaroWinkler(b, a));
      }),
      { numRuns: 300 },
    );
    // Long addresses, as registries write them.
    const a = utf8("CALZ. BENITO JUAREZ 276, COL. DEL VALLE, CIUDAD DE MEXICO, CP 03100, DEPTO 4B");
    const b = utf8("CALZADA BENITO JUÁREZ NUM 276 COLONIA DEL VALLE CDMX 03100 DEPARTAMENTO 4-B");
    expect(jaroWinklerBytes(a, b)).toBe(referenceJaroWinkler(a, b));
  });
});

describe("damerau", () => {
  it("counts one typo, one missing letter or one swap of neighbours as 1", () => {
    expect(damerau("GONZALEZ", "GONZALES")).toBe(1);
    expect(damerau("MARTHA", "MARHTA")).toBe(1);
    expect(damerau("1985-03-07", "1985-03-70")).toBe(1);
    expect(damerau("GOMA850307HDFRRN09", "GOMA850307HDFRRN06")).toBe(1);
    expect(damerau("PEREZ", "PERE")).toBe(1);
  });

  it("is the unrestricted distance (CA → ABC is 2), and 0 only for equal text", () => {
    expect(damerau("CA", "ABC")).toBe(2);
    expect(damerau("", "")).toBe(0);
    expect(damerau("", "ABC")).toBe(3);
    expect(damerau("MARTINEZ", "MARTIN")).toBe(2);
  });

  it("stops at max + 1", () => {
    expect(damerau("GARCIA", "LOPEZ", 1)).toBe(2);
    expect(damerau("A", "ABCDEF", 2)).toBe(3);
    expect(damerau("GARCIA", "GARCIA", 0)).toBe(0);
  });
});

describe("packed UTF-8 bytes", () => {
  it("hold each value's bytes as TextEncoder writes them, read back at their exact length", () => {
    const values = ["ANA", "", "JOSÉ", "NUÑEZ 😀", "lone \ud800 surrogate", "A".repeat(300)];
    const packed = packUtf8(values);
    const left = bytesReader(packed);
    const encoder = new TextEncoder();
    values.forEach((value, code) => {
      expect([...left(code)]).toEqual([...encoder.encode(value)]);
    });
  });
});
