// The true people behind the registries. Person `i` is made from its own random stream, so any person
// can be rebuilt from (seed, i) alone: the writer never holds the population in memory, and the tests
// rebuild a row's person to measure the errors injected in it.

import { buildCurp } from "./curp";
import { ALCALDIAS, BIRTH_STATES, COLONIAS, GIVEN_MEN, GIVEN_WOMEN, STREETS, SURNAMES } from "./names";
import { chance, draw, int, pick, type Rng, rngOf, weighted } from "./random";

/** A person as the registries should have written them. */
export interface Person {
  index: number;
  /** Given names, upper case with accents (`MARÍA GUADALUPE`). */
  given: string;
  surname1: string;
  /** `null` for people with one surname (about 2%). */
  surname2: string | null;
  sex: "F" | "M";
  /** `YYYY-MM-DD`. */
  birthDate: string;
  curp: string;
  /** Ten digits, Mexico City numbers (55…, 56…). */
  phone: string;
  street: {
    type: "CALLE" | "AVENIDA" | "CALZADA" | "CERRADA" | "PRIVADA" | "ANDADOR";
    name: string;
    number: number;
    colonia: string;
  };
  alcaldia: string;
}

/** Share of people who are a sibling of the person before them (same surnames, home and phone). */
export const SIBLING_RATE = 0.12;
/** Share of siblings born the same day as their household's first person (twins). */
export const TWIN_RATE = 0.03;

const STREET_TYPES = weighted<Person["street"]["type"]>([
  ["CALLE", 70],
  ["AVENIDA", 12],
  ["CALZADA", 3],
  ["CERRADA", 6],
  ["PRIVADA", 5],
  ["ANDADOR", 4],
]);

const isSibling = (seed: number, i: number): boolean => i > 0 && rngOf(seed, 7, i)() < SIBLING_RATE;

/** A birth date between 1940 and 2012 (programme beneficiaries: adults and children). */
function birthDate(rng: Rng): string {
  const year = 1940 + int(rng, 73);
  const month = 1 + int(rng, 12);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = 1 + int(rng, days);
  return isoDate(year, month, day);
}

export const isoDate = (y: number, m: number, d: number): string =>
  `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** What a household shares: surnames, home, phone, alcaldía. */
interface Household {
  surname1: string;
  surname2: string | null;
  phone: string;
  street: Person["street"];
  alcaldia: string;
}

function household(seed: number, root: number): Household {
  const rng = rngOf(seed, 1, root);
  const surname1 = draw(rng, SURNAMES);
  const surname2 = chance(rng, 0.02) ? null : draw(rng, SURNAMES);
  const phone = `${pick(rng, ["55", "55", "55", "56"])}${String(int(rng, 1e8)).padStart(8, "0")}`;
  const street = {
    type: draw(rng, STREET_TYPES),
    name: pick(rng, STREETS),
    number: 1 + int(rng, 350),
    colonia: pick(rng, COLONIAS),
  };
  return { surname1, surname2, phone, street, alcaldia: draw(rng, ALCALDIAS) };
}

/** Person `index` of the population made with `seed`. */
export function personOf(seed: number, index: number): Person {
  let root = index;
  while (isSibling(seed, root)) root--;
  const home = household(seed, root);
  const rng = rngOf(seed, 2, index);
  const sex = chance(rng, 0.52) ? "F" : "M";
  const given = draw(rng, sex === "F" ? GIVEN_WOMEN : GIVEN_MEN);
  // A twin shares the birth date of the household's first person.
  const twin = root !== index && chance(rng, TWIN_RATE);
  const birth = birthDate(rngOf(seed, 3, twin ? root : index));
  const homonym = chance(rng, 0.9) ? 0 : 1 + int(rng, 3);
  const state = draw(rng, BIRTH_STATES);
  const curp = buildCurp({
    given,
    surname1: home.surname1,
    surname2: home.surname2,
    birthDate: birth,
    sex,
    state,
    homonym,
  });
  return { index, given, sex, birthDate: birth, curp, ...home };
}
