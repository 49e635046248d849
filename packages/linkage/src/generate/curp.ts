// CURPs built with RENAPO's structure from a generated person (names, birth date, sex, state), with
// the real check digit (`curpCheckDigit` of @ciudata/privacy/ids).

import { foldAccents } from "@ciudata/core";
import { curpCheckDigit, MX_CURP } from "@ciudata/privacy/ids";

const PARTICLES = new Set([
  "DA",
  "DAS",
  "DE",
  "DEL",
  "DER",
  "DI",
  "DIE",
  "DD",
  "EL",
  "LA",
  "LAS",
  "LE",
  "LES",
  "LOS",
  "MAC",
  "MC",
  "VAN",
  "VON",
  "Y",
]);
const VOWELS = "AEIOU";

const wordsCache = new Map<string, string[]>();

/** The words of a name in CURP letters: accents folded, Ñ as X, particles left out (memoised). */
function words(name: string): string[] {
  let ws = wordsCache.get(name);
  if (ws === undefined) {
    ws = curpWords(name);
    if (wordsCache.size < 10_000) wordsCache.set(name, ws);
  }
  return ws;
}

function curpWords(name: string): string[] {
  const all = foldAccents(name.replace(/Ñ/g, "X")).toUpperCase().split(/\s+/).filter(Boolean);
  const kept = all.filter((w) => !PARTICLES.has(w));
  return kept.length > 0 ? kept : all;
}

const firstInternal = (word: string, vowel: boolean): string => {
  for (let i = 1; i < word.length; i++) {
    const c = word[i] as string;
    if (/[A-Z]/.test(c) && VOWELS.includes(c) === vowel) return c;
  }
  return "X";
};

/** The given name the CURP uses: the second one when the first is MARÍA or JOSÉ (and there is one). */
function curpGiven(given: string): string {
  const ws = words(given);
  if (ws.length > 1 && /^(MARIA|MA|JOSE|J)$/.test(ws[0] as string)) return ws[1] as string;
  return ws[0] ?? "X";
}

const issuedCache = new Map<string, boolean>();

/** Whether RENAPO issues these first four letters (the rest of a generated CURP is always valid). */
function issued(head: string, tail: string): boolean {
  let ok = issuedCache.get(head);
  if (ok === undefined) {
    const body = head + tail;
    ok = MX_CURP.validate(body + curpCheckDigit(body)).valid;
    issuedCache.set(head, ok);
  }
  return ok;
}

/** What a CURP is made from. */
export interface CurpParts {
  given: string;
  surname1: string;
  surname2: string | null;
  /** `YYYY-MM-DD`. */
  birthDate: string;
  sex: "F" | "M";
  /** Two-letter birth state code (`DF`, `NE`…). */
  state: string;
  /** 0–9, the homonymy character's index (RENAPO gives 0 / A to most people). */
  homonym: number;
}

/**
 * The CURP of a person: 4 letters from the surnames and given name, YYMMDD, sex H/M, state, the first
 * internal consonants, the homonymy character (a digit for births up to 1999, a letter from 2000) and
 * the check digit. A first four letters RENAPO does not issue get an X as second letter, as RENAPO does.
 */
export function buildCurp(p: CurpParts): string {
  const s1 = words(p.surname1)[0] ?? "X";
  const s2 = p.surname2 === null ? null : (words(p.surname2)[0] ?? "X");
  const g = curpGiven(p.given);
  const [year, month, day] = p.birthDate.split("-") as [string, string, string];
  const homonym = Number(year) < 2000 ? String(p.homonym) : "ABCDEFGHIJ"[p.homonym];
  const tail = `${year.slice(2)}${month}${day}${p.sex === "F" ? "M" : "H"}${p.state}${firstInternal(s1, false)}${s2 === null ? "X" : firstInternal(s2, false)}${firstInternal(g, false)}${homonym}`;
  let head = `${s1[0]}${firstInternal(s1, true)}${s2 === null ? "X" : s2[0]}${g[0]}`;
  if (!issued(head, tail)) head = `${head[0]}X${head.slice(2)}`;
  const body = head + tail;
  return body + curpCheckDigit(body);
}
