import { ownCopy } from "@ciudata/table";
import { AGE_PRESETS, type AgePresetName, bandOf, parseAgeCode } from "../codelists/age";
import { isInCodeList } from "../codelists/registry";
import { territoryScheme } from "../codelists/schemes";
import { normaliseTerritoryCode, TERRITORY_FORMATS } from "../codelists/territory";
import type { AgeBand, CodeList, TerritoryLevel } from "../codelists/types";
import type { Standard } from "../standard/schema";
import { resolveDimensions } from "../standard/standard";
import { parseAgeText } from "./age-text";
import { nameKey, spellingKey } from "./keys";
import type { Mapping } from "./mapping";
import {
  GENDER_IDENTITY_SPELLINGS,
  OTHER_SPELLINGS,
  SEX_LETTERS,
  SEX_SPELLINGS,
  TOTAL_SPELLINGS,
  UNKNOWN_SPELLINGS,
} from "./synonyms";
import { type TerritoryCandidate, territoryCandidates, territoryLists } from "./territory";

/**
 * How a value got its code: `code` already canonical, `mapping` from the user's mapping file, `synonym` a
 * known spelling, `letter` a one-letter sex code (DNI or CURP scheme), `crosswalk` a code of another list
 * (ISO 5218, DNI…), `pattern` an age text read, `band` a single age put in a band, `padded` a territorial
 * code whose leading zeros were restored, `name` a territory name of the chosen lists, `ambiguous` a name
 * that stands for several codes of them (not guessed: see `candidates`), `missing` a blank cell, `unmapped`
 * none (a territory name of a list not chosen is `unmapped` too, with its `candidates`: never rewritten).
 */
export type NormaliseRule =
  | "code"
  | "mapping"
  | "synonym"
  | "letter"
  | "crosswalk"
  | "pattern"
  | "band"
  | "padded"
  | "name"
  | "ambiguous"
  | "missing"
  | "unmapped";

/** A value's canonical code (or `null` when unmapped) and the rule that gave it. */
export interface Normalised {
  readonly code: string | null;
  readonly rule: NormaliseRule;
  /** For a territory name left uncoded: the codes it could stand for (in lists not chosen, or several). */
  readonly candidates?: readonly TerritoryCandidate[];
}

/** Options of {@link createNormaliser}. */
export interface NormaliserOptions {
  /** The standard whose code lists the dimension uses (default: the lists the dimension names in the Mendoza standard). */
  standard?: Standard;
  /** The user's mapping (from an edited suggested-mapping file); wins over every built-in rule. */
  mapping?: Mapping;
  /** One-letter sex codes: `dni` (Argentina: M = masculino, default) or `curp` (Mexico: H = hombre, M = mujer). */
  sexLetters?: "dni" | "curp";
  /** Put single ages (`34`) in bands (a preset name or bands); default keeps them as `Y34`. */
  ageBands?: AgePresetName | readonly AgeBand[];
  /** Code to give a blank cell (default `_U`, rule `missing`). */
  missingCode?: string;
  /**
   * The country whose territory code lists name territories (`ar-indec`, `pe-ubigeo`, `mx-inegi`, `cl-cut`,
   * `co-divipola`, `br-ibge`; default the standard's `territoryCodeList`). Without one, territory names are
   * coded only with the standard's lists of no country (a city's barrios): `Junín` is not taken for Mendoza's
   * department in a Peruvian file.
   */
  codelist?: string;
  /**
   * More territory lists: the second-level lists of `@ciudata/disaggregation/territories`
   * (`secondLevelLists("pe-ubigeo")`) or a city's own. Only those of the chosen country (or of no country)
   * code a value; a name of another country's list is never rewritten.
   */
  territoryLists?: readonly CodeList[];
  /**
   * The column's territorial levels (from its header: `territoryLevelsOf`). A name is looked up in the
   * lists of these levels first: `LIMA` in a district column is the district, not the department.
   */
  levels?: readonly TerritoryLevel[];
}

/**
 * A function from raw value to canonical code, for one dimension. For territory, `parent` is the value of
 * the row's enclosing territory (a province or state column, by name or code): a name repeated in the list
 * (`San Juan`, `Santa Rosa`) is coded when only one of its codes lies inside that parent.
 */
export type Normaliser = ((raw: string, parent?: string) => Normalised) & { readonly dimension: string };

/** Longer values are no spelling of any code: they are `unmapped` at once, without reading them. */
export const MAX_VALUE_LENGTH = 256;
/** Distinct values a normaliser remembers (raw value → result); the rest are worked out each time. */
const CACHE_SIZE = 10_000;

export { spellingKey };

function listIndex(lists: readonly CodeList[]) {
  const byId = new Map<string, string>();
  const byUpper = new Map<string, string>();
  /** Folded name → the codes it names (several: an ambiguous name), with their list. */
  const byName = new Map<string, Array<{ code: string; list: CodeList; name: string }>>();
  for (const list of lists)
    for (const c of list.codes) {
      byId.set(c.id, c.id);
      byUpper.set(c.id.toUpperCase(), c.id);
      for (const text of [c.label.es, c.label.en, c.label.pt, ...(c.synonyms ?? [])]) {
        const key = nameKey(text);
        if (!key) continue;
        const found = byName.get(key) ?? [];
        if (!found.some((f) => f.code === c.id)) found.push({ code: c.id, list, name: c.label.es });
        byName.set(key, found);
      }
    }
  return { byId, byUpper, byName };
}

const defaultLists = (dimension: string, standard?: Standard): CodeList[] => {
  if (!standard) return [];
  return [...(resolveDimensions(standard)[dimension]?.lists ?? [])];
};

/** The lists of a dimension, narrowed to the chosen country's for territory. */
function listsOf(dimension: string, options: NormaliserOptions): CodeList[] {
  const lists = defaultLists(dimension, options.standard);
  if (dimension !== "territory") return lists;
  const id = options.codelist ?? options.standard?.territoryCodeList;
  const scheme = id === undefined ? undefined : territoryScheme(id);
  if (id !== undefined && !scheme) throw new RangeError(`ciudata: unknown territory code list "${id}"`);
  return territoryLists(lists, scheme, options.territoryLists);
}

/**
 * Creates the normaliser of one dimension: messy values to canonical codes (SDMX for sex and age),
 * folding accents, case and spaces. Unknowns are kept apart: `_U` unknown, `_N` non response (`NS/NC`),
 * `_X` not available (`s/d`), `_O` other (X, no binario); blank cells are `_U` with rule `missing`.
 * Values longer than `MAX_VALUE_LENGTH` characters are `unmapped` without being read, and the
 * first 10,000 distinct values are remembered, so a column costs one look-up per cell. Territory codes are
 * matched exactly; a code that lost its leading zeros (`5001` for `05001`) is `padded`, a guess the audit
 * shows; a name of several codes is `ambiguous` (with its candidates) unless the `parent` narrows it to one.
 *
 * @example
 * ```ts
 * const sex = createNormaliser("sex", { standard: mendozaStandard() });
 * sex("Varón"); //=> { code: "M", rule: "synonym" }
 * sex("masc."); //=> { code: "M", rule: "synonym" }
 * sex("NS/NC"); //=> { code: "_N", rule: "synonym" }
 * createNormaliser("age")("65 y más"); //=> { code: "Y_GE65", rule: "pattern" }
 * ```
 */
export function createNormaliser(dimension: string, options: NormaliserOptions = {}): Normaliser {
  const lists = listsOf(dimension, options);
  const index = listIndex(lists);
  const levels = options.levels ?? [];
  const levelIndex =
    dimension === "territory" && levels.length
      ? listIndex(lists.filter((l) => l.level !== undefined && levels.includes(l.level)))
      : null;
  const userMap = options.mapping?.[dimension];
  const letters = SEX_LETTERS[options.sexLetters ?? "dni"];
  const missing = options.missingCode ?? "_U";
  const bands =
    options.ageBands === undefined
      ? null
      : typeof options.ageBands === "string"
        ? AGE_PRESETS[options.ageBands]
        : options.ageBands;
  const formats = lists.filter((l) => l.pattern !== undefined);
  const extra = OTHER_SPELLINGS[dimension] ?? {};

  /** The codes a parent value stands for in the lists (its code, or every code its name names). */
  const parentCodes = (parent: string | undefined): string[] => {
    const p = parent?.trim();
    if (!p) return [];
    const exact = index.byId.get(p);
    if (exact !== undefined) return [exact];
    return (index.byName.get(spellingKey(p)) ?? index.byName.get(nameKey(p)) ?? []).map((n) => n.code);
  };
  /** Code lengths of the closed territory lists, for restoring a code's leading zeros. */
  const lengths = [...new Set([...index.byId.keys()].filter((c) => /^\d+$/.test(c)).map((c) => c.length))];

  const fromLists = (trimmed: string, key: string, parent?: string): Normalised | null => {
    const exact = index.byId.get(trimmed) ?? index.byUpper.get(trimmed.toUpperCase());
    if (exact !== undefined) return { code: exact, rule: "code" };
    for (const list of formats) if (isInCodeList(list, trimmed)) return { code: trimmed, rule: "code" };
    const nameOf = (i: ReturnType<typeof listIndex>) => i.byName.get(key) ?? i.byName.get(nameKey(trimmed));
    let named = (levelIndex && nameOf(levelIndex)) || nameOf(index);
    if (named && named.length > 1 && dimension === "territory") {
      // A repeated name (`San Juan`) is coded when only one of its codes lies inside the row's parent.
      const inside = parentCodes(parent);
      const narrowed = named.filter((n) => inside.some((p) => n.code !== p && n.code.startsWith(p)));
      if (narrowed.length > 0) named = narrowed;
    }
    // Other dimensions keep the first list's code (their lists are alternatives, not places).
    if (named?.length === 1 || (named && dimension !== "territory"))
      return { code: named[0]?.code as string, rule: dimension === "territory" ? "name" : "synonym" };
    if (named && named.length > 1)
      return {
        code: null,
        rule: "ambiguous",
        candidates: named.map((n) => ({
          list: n.list.id,
          country: n.list.country ?? "",
          code: n.code,
          name: n.name,
        })),
      };
    return null;
  };

  const fn = (raw: string, parent?: string): Normalised => {
    const trimmed = raw.trim();
    if (trimmed === "") {
      const user = userMap?.get("");
      return user !== undefined && user !== null
        ? { code: user, rule: "mapping" }
        : { code: missing, rule: "missing" };
    }
    const key = spellingKey(trimmed);
    if (userMap) {
      const user = userMap.get(trimmed) ?? userMap.get(key);
      if (user !== undefined && user !== null) return { code: user, rule: "mapping" };
    }
    if (dimension === "sex") {
      const letter = key.length === 1 ? letters[key] : undefined;
      if (letter) return { code: letter, rule: letter === trimmed ? "code" : "letter" };
      if (/^(_T|_U|_N|_X|_O)$/.test(trimmed)) return { code: trimmed, rule: "code" };
      const sex = SEX_SPELLINGS[key];
      if (sex) return { code: sex, rule: "synonym" };
    } else if (dimension === "gender_identity") {
      const gi = GENDER_IDENTITY_SPELLINGS[key];
      if (gi) return { code: gi, rule: "synonym" };
    } else if (dimension === "age") {
      const code = parseAgeText(trimmed);
      if (code !== null) {
        if (code === trimmed) return { code, rule: "code" };
        const parsed = parseAgeCode(code);
        if (bands && parsed && parsed.min === parsed.max) {
          const b = bandOf(parsed.min, bands);
          if (b) return { code: b.code, rule: "band" };
        }
        return { code, rule: "pattern" };
      }
    } else if (dimension === "territory") {
      const listed = fromLists(trimmed, key, parent);
      if (listed) return listed;
      for (const f of formats) {
        const format = TERRITORY_FORMATS.find((t) => t.id === f.id);
        if (!format) continue;
        const padded = normaliseTerritoryCode(trimmed, format.id);
        if (padded !== null && padded !== trimmed) return { code: padded, rule: "padded" };
      }
      // A code of a closed list written as a number (`10101` for ubigeo 010101): its zeros restored when
      // exactly one length gives a code of the lists (a guess, shown as `padded`).
      const digits = /^\d+(\.0+)?$/.test(trimmed) ? trimmed.replace(/\.0+$/, "") : null;
      if (digits) {
        const found = lengths
          .filter((n) => n > digits.length)
          .map((n) => digits.padStart(n, "0"))
          .filter((c) => index.byId.has(c));
        if (found.length === 1) return { code: found[0] as string, rule: "padded" };
      }
    }
    if (TOTAL_SPELLINGS.has(key)) return { code: "_T", rule: "synonym" };
    const unknown = UNKNOWN_SPELLINGS[key];
    if (unknown) return { code: unknown, rule: "synonym" };
    const other = extra[key];
    if (other) return { code: other, rule: "synonym" };
    if (dimension !== "territory") {
      const listed = fromLists(trimmed, key);
      if (listed) return listed;
    } else {
      // A name of a list not chosen (another country's) is never rewritten: it is named as a candidate.
      const candidates = territoryCandidates(trimmed);
      if (candidates.length) return { code: null, rule: "unmapped", candidates };
    }
    return { code: null, rule: "unmapped" };
  };
  // A column has few distinct values: each is worked out once (up to CACHE_SIZE of them).
  const cache = new Map<string, Normalised>();
  const UNMAPPED: Normalised = { code: null, rule: "unmapped" };
  // The last cell read: the checks sharing this normaliser read the same cell of a row one after another.
  let lastRaw: string | null = null;
  let lastParent: string | undefined;
  let last: Normalised = UNMAPPED;
  const cached = (raw: string, parent?: string): Normalised => {
    if (raw === lastRaw && parent === lastParent) return last;
    last = remembered(raw, parent);
    lastRaw = raw;
    lastParent = parent;
    return last;
  };
  const remembered = (raw: string, parent?: string): Normalised => {
    if (raw.length > MAX_VALUE_LENGTH) return UNMAPPED;
    // Only territory reads the parent; a value and its parent are remembered together.
    const withParent = dimension === "territory" && parent !== undefined && parent.trim() !== "";
    const k = withParent ? `${raw}\u0000${parent}` : raw;
    const hit = cache.get(k);
    if (hit !== undefined) return hit;
    const result = fn(raw, withParent ? parent : undefined);
    if (cache.size < CACHE_SIZE && k.length <= 2 * MAX_VALUE_LENGTH) cache.set(ownCopy(k), result);
    return result;
  };
  return Object.assign(cached, { dimension });
}
