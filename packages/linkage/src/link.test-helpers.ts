import { seededRandom } from "@ciudata/core";
import type { Records } from "./types";

const GIVEN = [
  "MARIA",
  "JOSE",
  "JUAN",
  "ANA",
  "LUIS",
  "CARMEN",
  "PEDRO",
  "ROSA",
  "JORGE",
  "LUCIA",
  "DIEGO",
  "SOFIA",
];
const SURNAMES = [
  "GARCIA",
  "LOPEZ",
  "PEREZ",
  "GONZALEZ",
  "RODRIGUEZ",
  "FERNANDEZ",
  "MARTINEZ",
  "SANCHEZ",
  "RAMIREZ",
  "TORRES",
  "FLORES",
  "RIVERA",
  "GOMEZ",
  "DIAZ",
  "CRUZ",
  "MORALES",
  "ORTIZ",
  "GUTIERREZ",
  "CHAVEZ",
  "RAMOS",
];

export interface Person {
  given: string;
  surname1: string;
  surname2: string;
  birthDate: string;
  nationalId: string;
}

/** `n` made-up people from a seed. */
export function people(n: number, seed: number): Person[] {
  const next = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  return Array.from({ length: n }, (_, i) => {
    const y = 1940 + Math.floor(next() * 60);
    const m = 1 + Math.floor(next() * 12);
    const d = 1 + Math.floor(next() * 28);
    return {
      given: pick(GIVEN),
      surname1: pick(SURNAMES),
      surname2: pick(SURNAMES),
      birthDate: `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
      nationalId: String(10_000_000 + i * 7919),
    };
  });
}

/** One typo: a letter of the string replaced. */
export function typo(value: string, at: number): string {
  const i = at % value.length;
  return `${value.slice(0, i)}${value[i] === "X" ? "Y" : "X"}${value.slice(i + 1)}`;
}

/** People as standardised records (ids `source-<n>` unless given). */
export function records(source: string, list: readonly (Person | null)[], ids?: readonly string[]): Records {
  const rows = list.filter((p): p is Person => p !== null);
  const col = (f: (p: Person) => string | null) => rows.map(f);
  return {
    source,
    ids: ids ? [...ids] : rows.map((_, i) => `${source}-${i}`),
    rows: rows.map((_, i) => i + 1),
    fields: {
      given: col((p) => p.given),
      given1: col((p) => p.given),
      surname1: col((p) => p.surname1),
      surname2: col((p) => p.surname2),
      surnames: col((p) => `${p.surname1} ${p.surname2}`),
      birthDate: col((p) => p.birthDate),
      birthYear: col((p) => p.birthDate.slice(0, 4)),
      nationalId: col((p) => p.nationalId),
    },
  };
}

/** The same records in another row order. */
export function permute(r: Records, order: readonly number[]): Records {
  const fields: Record<string, (string | null)[]> = {};
  for (const [name, values] of Object.entries(r.fields)) fields[name] = order.map((i) => values[i] ?? null);
  return {
    source: r.source,
    ids: order.map((i) => r.ids[i] as string),
    rows: order.map((i) => r.rows[i] as number),
    fields,
  };
}
