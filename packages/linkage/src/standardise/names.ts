import { COMMON_GIVEN, DEVOTIONAL_GIVEN, GIVEN_ABBREVIATIONS, JOINERS, PARTICLES } from "./particles";
import { spanishPhonetic } from "./phonetic";
import { foldValue, isSentinel } from "./text";

/** How a full name column is written: given names first, surnames first, or decided from the values. */
export type NameOrder = "given-first" | "surnames-first" | "auto";

/** A name taken apart: given names (particles dropped, abbreviations expanded) and two surnames. */
export interface NameParts {
  given: readonly string[];
  surname1: string | null;
  surname2: string | null;
}

/** The standard name fields of one record (see `StandardField`). */
export interface NameFields {
  given: string | null;
  given1: string | null;
  surname1: string | null;
  surname2: string | null;
  surnames: string | null;
  fullName: string | null;
  given1Phon: string | null;
  surname1Phon: string | null;
  surname2Phon: string | null;
}

const words = (raw: string): string[] => {
  const folded = foldValue(raw);
  return isSentinel(folded) ? [] : folded.split(" ");
};

/**
 * Given names of a cell as words: folded, particles dropped (MARIA DE LOS ANGELES → MARIA ANGELES),
 * abbreviations expanded (MA. → MARIA, GPE → GUADALUPE); an initial (J.) stays a one-letter word.
 *
 * @example
 * ```ts
 * givenWords("Ma. de los Ángeles"); //=> ["MARIA", "ANGELES"]
 * givenWords("J. Guadalupe"); //=> ["J", "GUADALUPE"]
 * ```
 */
export function givenWords(raw: string): string[] {
  // "E" joins Portuguese surnames but is an initial among given names (JUAN E. PEREZ).
  return words(raw)
    .filter((w) => w === "E" || !PARTICLES.has(w))
    .map((w) => GIVEN_ABBREVIATIONS[w] ?? w);
}

/**
 * The surnames of a cell as groups: each particle joins the word after it and is then dropped (DE LA
 * CRUZ → CRUZ), SAN/SANTA make one surname with the next word (SAN MARTIN).
 *
 * @example
 * ```ts
 * surnameGroups("Pérez de la Cruz"); //=> ["PEREZ", "CRUZ"]
 * surnameGroups("San Martín y López"); //=> ["SAN MARTIN", "LOPEZ"]
 * ```
 */
export function surnameGroups(raw: string): string[] {
  return groupsOf(words(raw));
}

function groupsOf(tokens: readonly string[]): string[] {
  const groups: string[] = [];
  let open: string[] = [];
  for (const t of tokens) {
    if (PARTICLES.has(t)) continue;
    open.push(t);
    if (!JOINERS.has(t)) {
      groups.push(open.join(" "));
      open = [];
    }
  }
  if (open.length > 0) groups.push(open.join(" "));
  return groups;
}

/** Word groups of a full name: particles join the next word, like surnames. */
function nameGroups(tokens: readonly string[]): string[][] {
  const groups: string[][] = [];
  let open: string[] = [];
  for (const t of tokens) {
    open.push(t);
    if (!PARTICLES.has(t) && !JOINERS.has(t)) {
      groups.push(open);
      open = [];
    }
  }
  if (open.length > 0) groups.push(open);
  return groups;
}

/**
 * Whether a word group is a given name: a common one, or one led by a particle that ends in a devotional
 * name (DE JESUS, DE LOS ANGELES); any other particle-led group (DE LA ROSA) is a surname.
 */
const isGiven = (group: readonly string[] | undefined): boolean => {
  if (group === undefined) return false;
  const last = group[group.length - 1];
  if (PARTICLES.has(group[0] as string)) return last !== undefined && DEVOTIONAL_GIVEN.has(last);
  return last !== undefined && (COMMON_GIVEN.has(last) || GIVEN_ABBREVIATIONS[last] !== undefined);
};

/**
 * Which end of a full name written without a comma holds the given names, from common given names:
 * `1` given first, `-1` surnames first, `0` cannot tell.
 *
 * @example
 * ```ts
 * orderVote("María José Pérez García"); //=> 1
 * orderVote("PEREZ GARCIA MARIA JOSE"); //=> -1
 * ```
 */
export function orderVote(raw: string): number {
  if (raw.includes(",")) return 0;
  const groups = nameGroups(words(raw));
  if (groups.length < 2) return 0;
  return (isGiven(groups[0]) ? 1 : 0) - (isGiven(groups[groups.length - 1]) ? 1 : 0);
}

/**
 * Takes a full name apart. A comma always means surnames first ("Pérez García, María José"); without
 * one, `order` says which end holds the given names. Of three or more words, the two at the surnames'
 * end are the surnames unless the inner one is a common given name ("María José Pérez" has one surname).
 *
 * @example
 * ```ts
 * splitFullName("Pérez García, María José", "given-first");
 * //=> { given: ["MARIA", "JOSE"], surname1: "PEREZ", surname2: "GARCIA" }
 * splitFullName("María José de la Cruz", "given-first");
 * //=> { given: ["MARIA", "JOSE"], surname1: "CRUZ", surname2: null }
 * ```
 */
export function splitFullName(raw: string, order: "given-first" | "surnames-first"): NameParts {
  const comma = raw.indexOf(",");
  if (comma >= 0) {
    const parts = surnamesOf(surnameGroups(raw.slice(0, comma)));
    return { given: givenWords(raw.slice(comma + 1)), ...parts };
  }
  const groups = nameGroups(words(raw));
  if (groups.length === 0) return { given: [], surname1: null, surname2: null };
  if (groups.length === 1)
    return { given: givenWords((groups[0] as string[]).join(" ")), surname1: null, surname2: null };
  const n = groups.length;
  let given: string[][];
  let surnames: string[][];
  if (order === "given-first") {
    const k = n >= 3 && !isGiven(groups[n - 2]) ? 2 : 1;
    given = groups.slice(0, n - k);
    surnames = groups.slice(n - k);
  } else {
    const k = n >= 3 && !isGiven(groups[1]) ? 2 : 1;
    surnames = groups.slice(0, k);
    given = groups.slice(k);
  }
  return {
    given: givenWords(given.flat().join(" ")),
    ...surnamesOf(surnames.map((g) => groupsOf(g).join(" ")).filter((s) => s !== "")),
  };
}

/** First and second surname of groups: the first group, then the rest. */
export function surnamesOf(groups: readonly string[]): { surname1: string | null; surname2: string | null } {
  return {
    surname1: groups[0] ?? null,
    surname2: groups.length > 1 ? groups.slice(1).join(" ") : null,
  };
}

/**
 * The standard name fields of one record's name parts: `given` all given names, `given1` the first
 * that is not an initial, both surnames, the surnames together, the full name, and the Spanish phonetic
 * keys of the first given name and of each surname.
 *
 * @example
 * ```ts
 * nameFields({ given: ["J", "GUADALUPE"], surname1: "PEREZ", surname2: null }).given1; //=> "GUADALUPE"
 * ```
 */
export function nameFields(
  parts: NameParts,
  phonetic: (name: string) => string = spanishPhonetic,
): NameFields {
  const given = parts.given.length > 0 ? parts.given.join(" ") : null;
  const given1 = parts.given.find((w) => w.length > 1) ?? parts.given[0] ?? null;
  const surnames = [parts.surname1, parts.surname2].filter((s) => s !== null).join(" ") || null;
  const fullName = [given, surnames].filter((s) => s !== null).join(" ") || null;
  return {
    given,
    given1,
    surname1: parts.surname1,
    surname2: parts.surname2,
    surnames,
    fullName,
    given1Phon: given1 === null ? null : phonetic(given1),
    surname1Phon: parts.surname1 === null ? null : phonetic(parts.surname1),
    surname2Phon: parts.surname2 === null ? null : phonetic(parts.surname2),
  };
}
