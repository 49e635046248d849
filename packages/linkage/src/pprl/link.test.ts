import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { registryPair, seeded, shuffle } from "../../test-support/pprl-registries";
import type { Records } from "../types";
import { encodeRecords } from "./encode";
import { evaluateEncodedLinks } from "./evaluate";
import { linkEncoded } from "./link";
import { defaultEncodingSchema } from "./schema";

const SECRET = "correct horse battery staple 2026";
const { a, b, truth } = registryPair(600, 400, 5);
const schema = defaultEncodingSchema(Object.keys(a.fields), { salt: "programa-2026" });
const ea = encodeRecords(a, schema, SECRET);
const eb = encodeRecords(b, schema, SECRET);

/** The records in another order (same ids, same values). */
function reordered(r: Records, order: readonly number[]): Records {
  const fields: Record<string, (string | null)[]> = {};
  for (const [name, values] of Object.entries(r.fields)) fields[name] = order.map((i) => values[i] ?? null);
  return {
    source: r.source,
    ids: order.map((i) => r.ids[i] as string),
    rows: order.map((i) => i + 1),
    fields,
  };
}

describe("linkEncoded", () => {
  it("recovers the true pairs of two registries with typos, swapped dates and lost surnames (F1 ≥ 0.97)", () => {
    const result = linkEncoded(ea, eb);
    const score = evaluateEncodedLinks(result.pairs, truth);
    expect(result.threshold).toBe(0.8);
    expect(result.compared).toBe(600 * 600);
    expect(score.f1).toBeGreaterThanOrEqual(0.97);
    expect(score.recall).toBeGreaterThanOrEqual(0.97);
  });

  it("keeps at most one link per record, best first, unless told otherwise", () => {
    const one = linkEncoded(ea, eb, { threshold: 0.6 });
    expect(new Set(one.pairs.map((p) => p.left)).size).toBe(one.pairs.length);
    expect(new Set(one.pairs.map((p) => p.right)).size).toBe(one.pairs.length);
    const all = linkEncoded(ea, eb, { threshold: 0.6, oneToOne: false });
    expect(all.pairs.length).toBe(all.candidates);
    expect(all.pairs.length).toBeGreaterThan(one.pairs.length);
    for (let k = 1; k < all.pairs.length; k++)
      expect((all.pairs[k - 1]?.similarity ?? 0) >= (all.pairs[k]?.similarity ?? 0)).toBe(true);
  });

  it("links every record to an identical copy of itself with similarity 1", () => {
    const copy = encodeRecords({ ...a, source: "copia" }, schema, SECRET);
    const { pairs } = linkEncoded(ea, copy, { threshold: 0.95 });
    expect(pairs).toHaveLength(600);
    for (const p of pairs) {
      expect(p.right).toBe(p.left);
      expect(p.similarity).toBe(1);
    }
  });

  it("finds the same links whatever the order of the rows", () => {
    const small = registryPair(40, 25, 11);
    const s = defaultEncodingSchema(Object.keys(small.a.fields), { salt: "programa-2026" });
    const base = linkEncoded(encodeRecords(small.a, s, SECRET), encodeRecords(small.b, s, SECRET), {
      threshold: 0.7,
    });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const next = seeded(seed);
        const ra = reordered(small.a, shuffle([...small.a.ids.keys()], next));
        const rb = reordered(small.b, shuffle([...small.b.ids.keys()], next));
        const again = linkEncoded(encodeRecords(ra, s, SECRET), encodeRecords(rb, s, SECRET), {
          threshold: 0.7,
        });
        expect(again.pairs).toEqual(base.pairs);
      }),
      { numRuns: 25, seed: 18 },
    );
  });

  it("with bit blocking compares a small share of the pairs and keeps the links", () => {
    const all = linkEncoded(ea, eb);
    const blocked = linkEncoded(ea, eb, { blocking: { bands: 40, bits: 12 } });
    expect(blocked.compared).toBeLessThan(all.compared / 5);
    expect(blocked.blocking).toEqual([
      { rule: "bits 40 × 12", marginal: expect.any(Number), cumulative: blocked.compared },
    ]);
    expect(evaluateEncodedLinks(blocked.pairs, truth).f1).toBeGreaterThanOrEqual(0.97);
  });

  it("refuses two files encoded with different schemas", () => {
    const other = defaultEncodingSchema(["given", "surname1"], { salt: "programa-2026" });
    const eo = encodeRecords(b, other, SECRET);
    expect(() => linkEncoded(ea, eo)).toThrow(
      expect.objectContaining({
        errors: [expect.objectContaining({ type: "linkage/pprl-schema-mismatch" })],
      }),
    );
  });

  it("refuses two files encoded with different secrets, without showing either", () => {
    const other = encodeRecords(b, schema, "another secret of the other party");
    let caught: unknown;
    try {
      linkEncoded(ea, other);
    } catch (e) {
      caught = e;
    }
    expect(caught).toMatchObject({ errors: [{ type: "linkage/pprl-key-mismatch" }] });
    expect(JSON.stringify(caught) + String(caught)).not.toMatch(/horse|another secret/);
  });

  it("stops before comparing when the pairs exceed the cap, and on an empty side", () => {
    expect(() => linkEncoded(ea, eb, { maxComparisons: 1000 })).toThrow(
      expect.objectContaining({
        errors: [
          expect.objectContaining({
            type: "linkage/too-many-comparisons",
            params: { rule: "all pairs", count: 360000, cap: 1000 },
          }),
        ],
      }),
    );
    const empty = encodeRecords({ source: "vacio.csv", ids: [], rows: [], fields: b.fields }, schema, SECRET);
    expect(() => linkEncoded(ea, empty)).toThrow(
      expect.objectContaining({ errors: [expect.objectContaining({ type: "linkage/empty-side" })] }),
    );
  });
});
