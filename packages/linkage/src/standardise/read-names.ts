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
  // Names repeat (the same person twice, common names and pairs): one string per distinct value. Those
  // made record by record (split from a full name, or joined) are interned; given names and their keys
  // come from a memo of the raw cell, so they are shared already.
  const pools = names.map((name) => share.intern(name));
  const joined = new Set<string>(["surname1", "surname2", "surnames", "fullName"]);
  const write = (i: number, f: NameFields, split: boolean) => {
    for (let k = 0; k < names.length; k++) {
      const name = names[k] as keyof NameFields;
      const value = f[name];
      (fields[name] as Column)[i] =
        value === null || !(split || joined.has(name)) ? value : (pools[k] as (v: string) => string)(value);
    }
  };
  // Names repeat: their words and phonetic keys are worked out once per distinct value.
  const phonetic = share.once("names.phonetic", () => cached(spanishPhonetic));

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
    for (let i = 0; i < count; i++)
      write(i, nameFields(splitFullName(full[i] as string, order), phonetic), true);
  } else {
    const given = share.once("names.given", () =>
      cached((raw: string) =>
        nameFields({ given: givenWords(raw), surname1: null, surname2: null }, phonetic),
      ),
    );
    const groups = share.once("names.groups", () => cached(surnameGroups));
    const none = nameFields({ given: [], surname1: null, surname2: null });
    for (let i = 0; i < count; i++) {
      let s1: string | null = null;
      let s2: string | null = null;
      if (bothRaw) ({ surname1: s1, surname2: s2 } = surnamesOf(groups(bothRaw[i] as string)));
      else {
        const g1 = s1Raw ? groups(s1Raw[i] as string) : [];
        const g2 = s2Raw ? groups(s2Raw[i] as string) : [];
        // "PEREZ GARCIA" written in the first surname's column, the second one empty: two surnames.
        if (s2Raw && g2.length === 0 && g1.length === 2) [s1, s2] = [g1[0] ?? null, g1[1] ?? null];
        else [s1, s2] = [g1.length > 0 ? g1.join(" ") : null, g2.length > 0 ? g2.join(" ") : null];
      }
      const g = givenRaw ? given(givenRaw[i] as string) : none;
      // Joined, not concatenated: a template literal makes a rope that holds its parts (twice the memory).
      const surnames = s1 === null ? s2 : s2 === null ? s1 : [s1, s2].join(" ");
      write(
        i,
        {
          given: g.given,
          given1: g.given1,
          given1Phon: g.given1Phon,
          surname1: s1,
          surname2: s2,
          surnames,
          fullName: g.given === null ? surnames : surnames === null ? g.given : [g.given, surnames].join(" "),
          surname1Phon: s1 === null ? null : phonetic(s1),
          surname2Phon: s2 === null ? null : phonetic(s2),
        },
        false,
      );
    }
  }
  if (full) statOf("fullName", fields.fullName as Column);
  if (givenRaw) statOf("givenNames", fields.given as Column);
  if (s1Raw) statOf("surname1", fields.surname1 as Column);
  if (s2Raw) statOf("surname2", fields.surname2 as Column);
  if (bothRaw) statOf("surnames", fields.surnames as Column);
}
