import { isCiudataError, renderIssue } from "@ciudata/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { registryPair } from "../../test-support/pprl-registries";
import { linkageIssues } from "../messages/issues";
import type { Records } from "../types";
import { encodedManifest, encodedToCsv } from "./codec";
import { dice } from "./dice";
import { encodeRecords } from "./encode";
import { generateSecret } from "./keys";
import { defaultEncodingSchema, parseEncodingSchema } from "./schema";

const SECRET = "correct horse battery staple 2026";
const one = (fields: Record<string, (string | null)[]>): Records => ({
  source: "padron.csv",
  ids: (Object.values(fields)[0] ?? []).map((_, i) => `r${i + 1}`),
  rows: (Object.values(fields)[0] ?? []).map((_, i) => i + 1),
  fields,
});
const surnameSchema = parseEncodingSchema({
  format: "ciudata-clk",
  version: 1,
  kdf: { salt: "programa-2026" },
  features: [{ field: "surname1", bitsPerFeature: 200 }],
});

describe("encodeRecords", () => {
  it("gives the same encoding for the same value and secret, in any file", () => {
    const a = encodeRecords(one({ surname1: ["GONZALEZ", "PEREZ"] }), surnameSchema, SECRET);
    const b = encodeRecords(one({ surname1: ["PEREZ", "GONZALEZ"] }), surnameSchema, SECRET);
    expect(dice(a.clks, 0, b.clks, 1, a.words)).toBe(1);
    expect(dice(a.clks, 1, b.clks, 0, a.words)).toBe(1);
    expect(a.keyCheck).toBe(b.keyCheck);
    expect(a.fingerprint).toBe(b.fingerprint);
  });

  it("keeps similar values similar and different values apart", () => {
    const e = encodeRecords(one({ surname1: ["GONZALEZ", "GONZALES", "QUISPE"] }), surnameSchema, SECRET);
    expect(dice(e.clks, 0, e.clks, 1, e.words)).toBeGreaterThan(0.75);
    expect(dice(e.clks, 0, e.clks, 2, e.words)).toBeLessThan(0.35);
  });

  it("sets about bitsPerFeature bits whatever the value's length (length is not shown by the bit count)", () => {
    const e = encodeRecords(
      one({ surname1: ["RUIZ", "VALENZUELA", "DE LA CRUZ ECHEVERRIA"] }),
      surnameSchema,
      SECRET,
    );
    for (const p of e.popcounts) {
      expect(p).toBeGreaterThan(170);
      expect(p).toBeLessThanOrEqual(200);
    }
  });

  it("sets no bit for a missing value", () => {
    const e = encodeRecords(one({ surname1: [null, ""] }), surnameSchema, SECRET);
    expect([...e.popcounts]).toEqual([0, 0]);
  });

  it("encoding the same value with two different keys gives unrelated encodings (Dice at the chance level)", () => {
    // Two independent sets of pa and pb bits among l share about pa·pb/l bits: chance Dice = 2·pa·pb/(l·(pa+pb)),
    // about 0.18 here; its standard deviation is about 0.03, so ±0.15 is five deviations and far from 1.
    const secret = fc.uint8Array({ minLength: 16, maxLength: 40 });
    fc.assert(
      fc.property(fc.stringMatching(/^[A-ZÑ ]{1,24}$/), secret, secret, (value, k1, k2) => {
        fc.pre(k1.join() !== k2.join());
        const e1 = encodeRecords(one({ surname1: [value] }), surnameSchema, k1);
        const e2 = encodeRecords(one({ surname1: [value] }), surnameSchema, k2);
        const pa = e1.popcounts[0] as number;
        const pb = e2.popcounts[0] as number;
        const chance = (2 * pa * pb) / (1024 * (pa + pb));
        const d = dice(e1.clks, 0, e2.clks, 0, e1.words);
        expect(Math.abs(d - chance)).toBeLessThan(0.15);
        expect(d).toBeLessThan(0.4);
        expect(e1.keyCheck).not.toBe(e2.keyCheck);
      }),
      { numRuns: 60, seed: 18 },
    );
  });

  it("refuses a short secret without showing it, in every language", () => {
    const short = "corto-123";
    let caught: unknown;
    try {
      encodeRecords(one({ surname1: ["PEREZ"] }), surnameSchema, short);
    } catch (e) {
      caught = e;
    }
    expect(isCiudataError(caught)).toBe(true);
    const issue = (caught as { errors: [{ type: string }] }).errors[0];
    expect(issue.type).toBe("linkage/pprl-weak-secret");
    for (const lang of ["es", "en", "pt"] as const) {
      const text = renderIssue(issue as never, lang, linkageIssues);
      expect(text).toContain("16");
      expect(text).not.toContain(short);
    }
    expect(String((caught as Error).message)).not.toContain(short);
  });

  it("refuses a schema field the records do not have, naming the ones they have", () => {
    expect(() => encodeRecords(one({ surname: ["PEREZ"] }), surnameSchema, SECRET)).toThrow(
      expect.objectContaining({
        errors: [
          expect.objectContaining({
            type: "linkage/pprl-missing-field",
            params: expect.objectContaining({ field: "surname1", fields: "surname" }),
          }),
        ],
      }),
    );
  });

  it("never puts the secret in anything it returns", () => {
    const secret = generateSecret();
    const { a } = registryPair(20, 10);
    const e = encodeRecords(
      a,
      defaultEncodingSchema(Object.keys(a.fields), { salt: "programa-2026" }),
      secret,
    );
    const text = [
      JSON.stringify({ ...e, clks: [...e.clks], popcounts: [...e.popcounts] }),
      encodedToCsv(e),
      JSON.stringify(encodedManifest(e)),
    ].join("\n");
    const bytes = new TextEncoder().encode(secret);
    const hex = Array.from(bytes, (x) => x.toString(16).padStart(2, "0")).join("");
    for (const form of [secret, secret.slice(0, 12), hex.slice(0, 16), btoa(secret).slice(0, 16)])
      expect(text).not.toContain(form);
  });
});

describe("parseEncodingSchema", () => {
  it("fills the defaults: 1,024 bits, HKDF-SHA256, keyed BLAKE2b, bigrams", () => {
    expect(surnameSchema).toMatchObject({ l: 1024, hash: "blake2b", kdf: { type: "HKDF", hash: "SHA256" } });
    expect(surnameSchema.features[0]).toMatchObject({ comparison: "ngram", n: 2, positional: false });
  });

  it("refuses a length that is not a power of two, locating it", () => {
    expect(() => parseEncodingSchema({ ...surnameSchema, l: 1000 })).toThrow(
      expect.objectContaining({
        errors: [
          expect.objectContaining({
            type: "linkage/pprl-schema",
            params: expect.objectContaining({ path: "l" }),
          }),
        ],
      }),
    );
  });

  it("picks the standard fields present for the default schema, about half the bits set", () => {
    const s = defaultEncodingSchema(["given", "surname1", "surname2", "birthDate", "sex", "phone"], {
      salt: "x-2026-programa",
    });
    expect(s.features.map((f) => f.field)).toEqual(["given", "surname1", "surname2", "birthDate"]);
    const bits = s.features.reduce((n, f) => n + f.bitsPerFeature, 0);
    expect(1 - Math.exp(-bits / s.l)).toBeGreaterThan(0.4);
    expect(1 - Math.exp(-bits / s.l)).toBeLessThan(0.6);
  });
});
