import type { StandardiseStats } from "../types";
import { type Column, cached, type Shared, type StatOf } from "./column";
import type { LinkMapping } from "./mapping";
import {
  givenWords,
  type NameFields,
  nameFields,
  orderVote,
  splitFullName,
  surnameGroups,
  surnamesOf,
} from "./names";
import { spanishPhonetic } from "./phonetic";

/** Fills the name fields of a side from the mapped name columns (full name, or given names and surnames). */
export function readNames(
  map: LinkMapping,
  rawOf: (role: string) => string[] | undefined,
  count: number,
  fields: Record<string, Column>,
  result: StandardiseStats,
  statOf: StatOf,
  share: Shared,
): void {
  const full = rawOf("fullName");
  const givenRaw = rawOf("givenNames");
  const s1Raw = rawOf("surname1");
  const s2Raw = rawOf("surname2");
  const bothRaw = rawOf("surnames");
  if (!full && !givenRaw && !s1Raw && !s2Raw && !bothRaw) return;

  const hasGiven = full !== undefined || givenRaw !== undefined;
  const hasSurname =
    full !== undefined || s1Raw !== undefined || s2Raw !== undefined || bothRaw !== undefined;
  const hasSurname2 = full !== undefined || s2Raw !== undefined || bothRaw !== undefined;
  const names = [
    ...(hasGiven ? (["given", "given1", "given1Phon"] as const) : []),
    ...(hasSurname ? (["surname1", "surname1Phon", "surnames"] as const) : []),
    ...(hasSurname2 ? (["surname2", "surname2Phon"] as const) : []),
    "fullName" as const,
  ];
  for (const name of names) fields[name] = new Array(count);
  const column = (name: string): Column => fields[name] as Column;
  // Names repeat (the same person twice, common names and pairs): one string per distinct value, made
  // once per distinct cell (or half of a full name) by the memos below and kept in each field's pool.
  const pool = (name: string) => share.intern(name);
  // Names repeat: their words and phonetic keys are worked out once per distinct value.
  const phonetic = share.once("names.phonetic", () => cached(spanishPhonetic));
  const givenOf = share.once("names.given", () => givenMemo(phonetic, pool));
  const given = column("given");
  const given1 = column("given1");
  const given1Phon = column("given1Phon");
  const writeGiven = (i: number, g: GivenFields) => {
    if (!hasGiven) return;
    given[i] = g.given;
    given1[i] = g.given1;
    given1Phon[i] = g.given1Phon;
  };
  const surname1 = column("surname1");
  const surname1Phon = column("surname1Phon");
  const surnames = column("surnames");
  const surname2 = column("surname2");
  const surname2Phon = column("surname2Phon");
  const fullName = column("fullName");
  const writeSurnames = (i: number, s: SurnameFields) => {
    if (hasSurname) {
      surname1[i] = s.surname1;
      surname1Phon[i] = s.surname1Phon;
      surnames[i] = s.surnames;
    }
    if (hasSurname2) {
      surname2[i] = s.surname2;
      surname2Phon[i] = s.surname2Phon;
    }
  };

  if (full) {
    let order: "given-first" | "surnames-first" =
      map.nameOrder === "surnames-first" ? "surnames-first" : "given-first";
    let commas = 0;
    let votes = 0;
    const detected = map.nameOrder === undefined || map.nameOrder === "auto";
    for (const v of full) {
      if (v.includes(",")) commas++;
      else if (detected) votes += orderVote(v);
    }
    if (detected) order = votes < 0 ? "surnames-first" : "given-first";
    result.nameOrder = { order, detected, commas };
    // "Pérez García, María José": each half repeats (surname pairs, given names), so each is read once.
    // Pairs of surnames repeat only over many rows (tens of thousands in a million): memo kept.
    const surnamesOfHalf = share.once("names.surnameHalf", () => {
      const pools = SURNAME_FIELDS.map(pool);
      return cached((half: string) => surnameFields(surnamesOf(surnameGroups(half)), phonetic, pools), false);
    });
    const pools = names.map((name) => pool(name));
    for (let i = 0; i < count; i++) {
      const raw = full[i] as string;
      const comma = raw.indexOf(",");
      if (comma >= 0) {
        const g = givenOf(raw.slice(comma + 1));
        const s = surnamesOfHalf(raw.slice(0, comma));
        writeGiven(i, g);
        writeSurnames(i, s);
        fullName[i] = joinNames(g.given, s.surnames);
        continue;
      }
      const f = nameFields(splitFullName(raw, order), phonetic);
      for (let k = 0; k < names.length; k++) {
        const name = names[k] as keyof NameFields;
        const value = f[name];
        column(name)[i] = value === null ? null : (pools[k] as (v: string) => string)(value);
      }
    }
  } else {
    const groups = share.once("names.groups", () => cached(surnameCell));
    const pairs = share.once("names.pairs", () => pairPool(pool("surnames")));
    const none: GivenFields = { given: null, given1: null, given1Phon: null };
    const s1Pool = pool("surname1");
    const s2Pool = pool("surname2");
    for (let i = 0; i < count; i++) {
      let s1: string | null = null;
      let s2: string | null = null;
      if (bothRaw) ({ surname1: s1, surname2: s2 } = surnamesOf(groups(bothRaw[i] as string).groups));
      else {
        const g1 = s1Raw ? groups(s1Raw[i] as string) : NO_GROUPS;
        const g2 = s2Raw ? groups(s2Raw[i] as string) : NO_GROUPS;
        // "PEREZ GARCIA" written in the first surname's column, the second one empty: two surnames.
        if (s2Raw && g2.joined === null && g1.groups.length === 2)
          [s1, s2] = [g1.groups[0] ?? null, g1.groups[1] ?? null];
        else [s1, s2] = [g1.joined, g2.joined];
      }
      if (s1 !== null) s1 = s1Pool(s1);
      if (s2 !== null) s2 = s2Pool(s2);
      const g = givenRaw ? givenOf(givenRaw[i] as string) : none;
      writeGiven(i, g);
      const both = s1 === null ? s2 : s2 === null ? s1 : pairs(s1, s2);
      writeSurnames(i, {
        surname1: s1,
        surname2: s2,
        surnames: both,
        surname1Phon: s1 === null ? null : phonetic(s1),
        surname2Phon: s2 === null ? null : phonetic(s2),
      });
      fullName[i] = joinNames(g.given, both);
    }
  }
  if (full) statOf("fullName", fields.fullName as Column);
  if (givenRaw) statOf("givenNames", fields.given as Column);
  if (s1Raw) statOf("surname1", fields.surname1 as Column);
  if (s2Raw) statOf("surname2", fields.surname2 as Column);
  if (bothRaw) statOf("surnames", fields.surnames as Column);
}

/** The given-name fields of a record (see `NameFields`). */
type GivenFields = Pick<NameFields, "given" | "given1" | "given1Phon">;
/** The surname fields of a record (see `NameFields`). */
type SurnameFields = Pick<NameFields, "surname1" | "surname2" | "surnames" | "surname1Phon" | "surname2Phon">;
/** The pool of a field's strings (see `Shared.intern`). */
type PoolOf = (field: string) => (value: string) => string;

/** Given-name fields of a cell (or a full name's given half), worked out once per distinct value. */
function givenMemo(phonetic: (name: string) => string, pool: PoolOf): (raw: string) => GivenFields {
  const [given, given1, given1Phon] = [pool("given"), pool("given1"), pool("given1Phon")];
  return cached((raw: string) => {
    const f = nameFields({ given: givenWords(raw), surname1: null, surname2: null }, phonetic);
    return {
      given: f.given === null ? null : given(f.given),
      given1: f.given1 === null ? null : given1(f.given1),
      given1Phon: f.given1Phon === null ? null : given1Phon(f.given1Phon),
    };
  });
}

const SURNAME_FIELDS = ["surname1", "surname2", "surnames", "surname1Phon", "surname2Phon"] as const;

/** Surname fields of two surnames, their strings from the fields' pools (in `SURNAME_FIELDS` order). */
function surnameFields(
  parts: { surname1: string | null; surname2: string | null },
  phonetic: (name: string) => string,
  pools: readonly ((value: string) => string)[],
): SurnameFields {
  const f = nameFields({ given: [], ...parts }, phonetic);
  const keep = (k: number) => {
    const value = f[SURNAME_FIELDS[k] as keyof SurnameFields];
    return value === null ? null : (pools[k] as (value: string) => string)(value);
  };
  return {
    surname1: keep(0),
    surname2: keep(1),
    surnames: keep(2),
    surname1Phon: keep(3),
    surname2Phon: keep(4),
  };
}

/** A surname cell's groups and the groups joined (`null` for none). */
interface SurnameCell {
  groups: readonly string[];
  joined: string | null;
}
const NO_GROUPS: SurnameCell = { groups: [], joined: null };

function surnameCell(raw: string): SurnameCell {
  const groups = surnameGroups(raw);
  return { groups, joined: groups.length > 0 ? groups.join(" ") : null };
}

/** Two surnames joined, one string per distinct pair (found by the two strings, without joining them). */
function pairPool(intern: (value: string) => string): (s1: string, s2: string) => string {
  const bySurname1 = new Map<string, Map<string, string>>();
  return (s1, s2) => {
    let second = bySurname1.get(s1);
    if (second === undefined) {
      second = new Map();
      bySurname1.set(s1, second);
    }
    let both = second.get(s2);
    if (both === undefined) {
      // Joined, not concatenated: a template literal makes a rope that holds its parts (twice the memory).
      both = intern([s1, s2].join(" "));
      second.set(s2, both);
    }
    return both;
  };
}

/** A record's full name from its given names and surnames (not pooled: full names hardly repeat). */
function joinNames(given: string | null, surnames: string | null): string | null {
  return given === null ? surnames : surnames === null ? given : [given, surnames].join(" ");
}
