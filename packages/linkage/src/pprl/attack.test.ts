import { describe, expect, it } from "vitest";
import { commonSurnames, people } from "../../test-support/pprl-registries";
import type { Records } from "../types";
import { commonBits } from "./dice";
import { type Encoded, encodeRecords } from "./encode";
import { defaultEncodingSchema } from "./schema";

// A dictionary attack on a shared file: the attacker knows the schema (it is shared with the file) and
// the 1,000 commonest surnames, encodes each of them into the surname feature with a key of their own,
// and gives every record the surname whose encoding is closest to it (most common bits relative to
// the dictionary encoding's size). Without the secret this must do no better than chance.

const OWNER_SECRET = "the programme's own secret, 2026-12";
const N = 3000;
const shared = people(N, 42);
const records: Records = {
  source: "compartido.csv",
  ids: shared.map((_, i) => `r${i + 1}`),
  rows: shared.map((_, i) => i + 1),
  fields: {
    given: shared.map((p) => p.given),
    surname1: shared.map((p) => p.surname1),
    surname2: shared.map((p) => p.surname2),
    birthDate: shared.map((p) => p.birthDate),
    sex: shared.map((p) => p.sex),
  },
};
const schema = defaultEncodingSchema(Object.keys(records.fields), { salt: "programa-2026" });
const file = encodeRecords(records, schema, OWNER_SECRET);
const dictionary = commonSurnames(1000).map((s) => s.surname);

/** Each dictionary surname encoded alone into the surname feature, with the attacker's key. */
function dictionaryEncodings(key: string): Encoded {
  const fields: Record<string, (string | null)[]> = {};
  for (const name of Object.keys(records.fields)) fields[name] = dictionary.map(() => null);
  fields.surname1 = dictionary;
  return encodeRecords(
    { source: "diccionario", ids: dictionary, rows: dictionary.map((_, i) => i + 1), fields },
    schema,
    key,
  );
}

/**
 * The attack's hits (records whose best dictionary match is their true surname) and the hits a random
 * assignment would make: if the attacker's guesses were unrelated to the truth, a record guessed `s`
 * would be right with the share of records whose surname is `s`, so chance = Σₛ guessed(s)·true(s) / N.
 */
function attack(key: string): { hits: number; chance: number } {
  const dict = dictionaryEncodings(key);
  const guessed = new Map<string, number>();
  const truth = new Map<string, number>();
  let hits = 0;
  for (let i = 0; i < N; i++) {
    let best = -1;
    let bestScore = -1;
    for (let d = 0; d < dictionary.length; d++) {
      const score = commonBits(file.clks, i, dict.clks, d, file.words) / (dict.popcounts[d] as number);
      if (score > bestScore) {
        bestScore = score;
        best = d;
      }
    }
    const guess = dictionary[best] as string;
    const real = shared[i]?.surname1 as string;
    guessed.set(guess, (guessed.get(guess) ?? 0) + 1);
    truth.set(real, (truth.get(real) ?? 0) + 1);
    if (guess === real) hits++;
  }
  let chance = 0;
  for (const [s, g] of guessed) chance += (g * (truth.get(s) ?? 0)) / N;
  return { hits, chance };
}

describe("a dictionary attack on the 1,000 commonest surnames", () => {
  it("finds the owners with the secret (the attack is real)", () => {
    const { hits } = attack(OWNER_SECRET);
    expect(hits / N).toBeGreaterThan(0.9);
  });

  it.each([
    ["a guessed key", "programa-2026 programa-2026"],
    ["a random key", "f3b1c9e07a2d4c58b6e1a9d03c7f2e41"],
  ])("finds them no better than chance with %s", (_label, key) => {
    // Statistic: hits among N = 3,000 records. Bound: the random-assignment level plus 4 standard
    // deviations of a binomial count (√chance), plus 5 records of slack for the clustering of records
    // that share a surname; with the key the same attack hits more than 2,700.
    const { hits, chance } = attack(key);
    expect(hits).toBeLessThanOrEqual(chance + 4 * Math.sqrt(chance) + 5);
    expect(hits / N).toBeLessThan(0.05);
  });
});
