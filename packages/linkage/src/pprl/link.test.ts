import { type Issue, renderIssue, seededRandom } from "@ciudata/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { registryPair, shuffle } from "../../test-support/pprl-registries";
import { linkageIssues } from "../messages/issues";
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

  it("links any record to an identical copy of itself (property)", () => {
    const name = fc.stringMatching(/^[A-Z]{1,10}$/);
    const person = fc.record({
      given: name,
      surname1: name,
      surname2: fc.option(name, { nil: null }),
      birthDate: fc.option(fc.constantFrom("1980-03-07", "1980-07-03", "2001-12-31"), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 12 }), (list) => {
        const ids = list.map((_, i) => `p${i}`);
        const fields = {
          given: list.map((p) => p.given),
          surname1: list.map((p) => p.surname1),
          surname2: list.map((p) => p.surname2),
          birthDate: list.map((p) => p.birthDate),
        };
        const records = { source: "a", ids, rows: ids.map((_, i) => i + 1), fields };
        const left = encodeRecords(records, schema, SECRET);
        const right = encodeRecords({ ...records, source: "copia" }, schema, SECRET);
        const { pairs } = linkEncoded(left, right, { threshold: 0.99 });
        const sorted = [...ids].sort();
        expect(pairs.map((p) => [p.left, p.right, p.similarity])).toEqual(sorted.map((id) => [id, id, 1]));
      }),
      { numRuns: 40, seed: 18 },
    );
  });

  it("finds the same links whatever the order of the rows", () => {
    const small = registryPair(40, 25, 11);
    const s = defaultEncodingSchema(Object.keys(small.a.fields), { salt: "programa-2026" });
    const base = linkEncoded(encodeRecords(small.a, s, SECRET), encodeRecords(small.b, s, SECRET), {
      threshold: 0.7,
    });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const next = seededRandom(seed);
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
            type: "linkage/pprl-too-many-comparisons",
            params: { count: 360000, cap: 1000 },
          }),
        ],
      }),
    );
    let caught: unknown;
    try {
      linkEncoded(ea, eb, { blocking: { bands: 40, bits: 2 }, maxComparisons: 1000 });
    } catch (e) {
      caught = e;
    }
    const issue = (caught as { errors: Issue[] }).errors[0] as Issue;
    expect(issue.params).toMatchObject({ bands: 40, bits: 2, cap: 1000 });
    expect(renderIssue(issue, "es", linkageIssues)).toContain("el bloqueo por bits (40 × 2) compararía");
    const empty = encodeRecords({ source: "vacio.csv", ids: [], rows: [], fields: b.fields }, schema, SECRET);
    expect(() => linkEncoded(ea, empty)).toThrow(
      expect.objectContaining({ errors: [expect.objectContaining({ type: "linkage/empty-side" })] }),
    );
  });
});

describe("linkEncoded options", () => {
  it("refuses a threshold outside 0…1 and impossible bit blocking, located", () => {
    expect(() => linkEncoded(ea, eb, { threshold: 80 })).toThrow(
      expect.objectContaining({
        errors: [
          expect.objectContaining({
            type: "linkage/config",
            params: expect.objectContaining({ path: "threshold" }),
          }),
        ],
      }),
    );
    expect(() => linkEncoded(ea, eb, { blocking: { bands: 10, bits: 64 } })).toThrow(
      expect.objectContaining({
        errors: [expect.objectContaining({ params: expect.objectContaining({ path: "blocking.bits" }) })],
      }),
    );
  });
});
