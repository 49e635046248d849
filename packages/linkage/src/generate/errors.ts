// What goes wrong when a person is written into a registry: each copy of a person draws its own errors,
// independently, at the rates below. The rates are per copy (per row), each on the rows where it can
// happen (an abbreviation needs a MARÍA/JOSÉ compound name, a day/month swap a day ≤ 12…).

import { foldAccents } from "@ciudata/core";
import { isoDate, type Person, personOf } from "./person";
import { chance, int, pick, type Rng } from "./random";

/**
 * The kinds of error injected into a copy of a person:
 * - `typo`: one edit (substitution, deletion, insertion, transposition) in a name part, per part present;
 * - `accentsDropped`: the whole row written without accents (MARÍA → MARIA, NÚÑEZ → NUNEZ);
 * - `abbreviation`: MARÍA → MA., JOSÉ → J. in a compound given name that starts with them;
 * - `givenDropped`: only one of the names of a compound given name (MARÍA GUADALUPE → GUADALUPE);
 * - `surname2Missing`: the second surname left blank; `surnamesSwapped`: the surnames in the other order;
 * - `dayMonthSwap`: day and month exchanged (only when both are ≤ 12 and differ, so the date stays valid);
 * - `dateTypo`: one part of the birth date off (a day ±1–2, a month ±1, or a year ±1 or ±10);
 * - `dateMissing`, `idMissing`, `sexMissing`, `phoneMissing`: the value left blank;
 * - `idTypo`: one character of the CURP mistyped (substituted, or two neighbours transposed);
 * - `sexWrong`: the other sex; `phoneChanged`: another number (the person changed numbers);
 * - `addressChanged`: another address (the person moved; half of the moves change alcaldía).
 */
export type ErrorKind =
  | "typo"
  | "accentsDropped"
  | "abbreviation"
  | "givenDropped"
  | "surname2Missing"
  | "surnamesSwapped"
  | "dayMonthSwap"
  | "dateTypo"
  | "dateMissing"
  | "idMissing"
  | "idTypo"
  | "sexMissing"
  | "sexWrong"
  | "phoneMissing"
  | "phoneChanged"
  | "addressChanged";

/** How often each kind of error ({@link ErrorKind}) is injected into a copy of a person (probabilities, 0–1). */
export type ErrorRates = Record<ErrorKind, number>;

/**
 * The error rates used unless told otherwise (per row, see {@link ErrorRates}): what a city's social
 * programmes typically show, on the heavy side.
 */
export const DEFAULT_ERROR_RATES: Readonly<ErrorRates> = {
  typo: 0.03,
  accentsDropped: 0.3,
  abbreviation: 0.15,
  givenDropped: 0.06,
  surname2Missing: 0.05,
  surnamesSwapped: 0.02,
  dayMonthSwap: 0.03,
  dateTypo: 0.02,
  dateMissing: 0.01,
  idMissing: 0.15,
  idTypo: 0.03,
  sexMissing: 0.01,
  sexWrong: 0.005,
  phoneMissing: 0.2,
  phoneChanged: 0.15,
  addressChanged: 0.1,
};

/** A copy of a person as one registry wrote it (before the registry's own layout and notation). */
export interface Written {
  given: string;
  surname1: string;
  surname2: string | null;
  birthDate: string | null;
  sex: "F" | "M" | null;
  curp: string | null;
  phone: string | null;
  street: Person["street"];
  alcaldia: string;
  /** Whether this copy keeps accents. */
  accents: boolean;
}

/** Counts of what was injected: per kind, rows it happened to and rows where it could happen. */
export type ErrorTally = Record<ErrorKind, { injected: number; eligible: number }>;

export const emptyTally = (): ErrorTally =>
  Object.fromEntries(
    Object.keys(DEFAULT_ERROR_RATES).map((k) => [k, { injected: 0, eligible: 0 }]),
  ) as ErrorTally;

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
/** Letters people confuse in Spanish (seseo, b/v, y/ll, silent h) and neighbours on a keyboard. */
const CONFUSED: Readonly<Record<string, string>> = {
  S: "ZC",
  Z: "SC",
  C: "SK",
  B: "V",
  V: "B",
  Y: "I",
  I: "YE",
  G: "J",
  J: "G",
  N: "M",
  M: "N",
  E: "I",
  O: "U",
  U: "O",
  R: "T",
  T: "R",
  L: "K",
  A: "S",
  D: "S",
};

/** One edit of a name, keeping it a plausible name (never empty, spaces kept). */
export function typo(rng: Rng, name: string): string {
  const positions = [...name].map((c, i) => (c === " " ? -1 : i)).filter((i) => i >= 0);
  if (positions.length < 2) return name;
  const i = pick(rng, positions.slice(1));
  const c = name[i] as string;
  const kind = int(rng, 4);
  if (kind === 0) {
    const plain = foldAccents(c);
    const options = CONFUSED[plain] ?? LETTERS;
    let r = pick(rng, [...options]);
    if (r === plain) r = LETTERS[(LETTERS.indexOf(r) + 1) % 26] as string;
    return name.slice(0, i) + r + name.slice(i + 1);
  }
  if (kind === 1 && name.length > 3) return name.slice(0, i) + name.slice(i + 1);
  if (kind === 2) return name.slice(0, i) + c + name.slice(i);
  const j = i + 1 < name.length && name[i + 1] !== " " ? i + 1 : i - 1;
  if (j < 1 || name[j] === " " || name[j] === c) return name.slice(0, i) + c + name.slice(i);
  const [a, b] = i < j ? [i, j] : [j, i];
  return name.slice(0, a) + name[b] + name[a] + name.slice(b + 1);
}

function mistypeId(rng: Rng, id: string): string {
  const i = int(rng, id.length);
  if (chance(rng, 0.3) && i + 1 < id.length && id[i] !== id[i + 1])
    return id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
  const pool = /[0-9]/.test(id[i] as string) ? "0123456789" : LETTERS;
  let r = pick(rng, [...pool]);
  if (r === id[i]) r = pool[(pool.indexOf(r) + 1) % pool.length] as string;
  return id.slice(0, i) + r + id.slice(i + 1);
}

function shiftDate(rng: Rng, iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const part = int(rng, 3);
  const sign = chance(rng, 0.5) ? 1 : -1;
  let [ny, nm, nd] = [y, m, d];
  if (part === 0) nd = d + sign * (1 + int(rng, 2));
  else if (part === 1) nm = m + sign;
  else ny = y + sign * (chance(rng, 0.7) ? 1 : 10);
  nm = Math.min(12, Math.max(1, nm === m && part === 1 ? m - sign : nm));
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  nd = Math.min(last, Math.max(1, nd));
  const out = isoDate(ny, nm, nd);
  return out === iso ? isoDate(ny, nm, nd === 1 ? 2 : nd - 1) : out;
}

/**
 * Writes person `p` as one registry copy with errors drawn from `rng` at `rates`; counts them in `tally`.
 * `seed` rebuilds another household's address when the person moved.
 */
export function writeCopy(p: Person, rates: ErrorRates, rng: Rng, tally: ErrorTally, seed: number): Written {
  const hit = (kind: ErrorKind, eligible = true): boolean => {
    if (!eligible) return false;
    tally[kind].eligible++;
    const yes = chance(rng, rates[kind]);
    if (yes) tally[kind].injected++;
    return yes;
  };
  let given = p.given;
  const words = given.split(" ");
  const compound = words.length > 1 && !/^(DE|DEL)$/.test(words[1] as string);
  if (hit("givenDropped", compound))
    given = chance(rng, 0.5) ? (words[0] as string) : words.slice(1).join(" ");
  else if (hit("abbreviation", compound && /^(MARÍA|JOSÉ)$/.test(words[0] as string)))
    given = `${words[0] === "MARÍA" ? "MA." : "J."} ${words.slice(1).join(" ")}`;
  let surname1 = p.surname1;
  let surname2 = p.surname2;
  if (hit("surname2Missing", surname2 !== null)) surname2 = null;
  if (hit("surnamesSwapped", surname2 !== null)) [surname1, surname2] = [surname2 as string, surname1];
  if (hit("typo")) given = typo(rng, given);
  if (hit("typo")) surname1 = typo(rng, surname1);
  if (hit("typo", surname2 !== null)) surname2 = typo(rng, surname2 as string);

  let birthDate: string | null = p.birthDate;
  const [, month, day] = p.birthDate.split("-").map(Number) as [number, number, number];
  if (hit("dateMissing")) birthDate = null;
  else if (hit("dayMonthSwap", day <= 12 && day !== month))
    birthDate = `${p.birthDate.slice(0, 4)}-${p.birthDate.slice(8, 10)}-${p.birthDate.slice(5, 7)}`;
  else if (hit("dateTypo")) birthDate = shiftDate(rng, p.birthDate);

  let curp: string | null = p.curp;
  if (hit("idMissing")) curp = null;
  else if (hit("idTypo")) curp = mistypeId(rng, p.curp);

  let sex: Written["sex"] = p.sex;
  if (hit("sexMissing")) sex = null;
  else if (hit("sexWrong")) sex = p.sex === "F" ? "M" : "F";

  let phone: string | null = p.phone;
  if (hit("phoneMissing")) phone = null;
  else if (hit("phoneChanged")) phone = `${p.phone.slice(0, 2)}${String(int(rng, 1e8)).padStart(8, "0")}`;

  let { street, alcaldia } = p;
  if (hit("addressChanged")) {
    // Moves are to somebody else's home: another household of the same population.
    const other = personOf(seed, int(rng, 1 << 30));
    street = other.street;
    if (chance(rng, 0.5)) alcaldia = other.alcaldia;
  }
  const accents = !hit("accentsDropped");
  return { given, surname1, surname2, birthDate, sex, curp, phone, street, alcaldia, accents };
}
