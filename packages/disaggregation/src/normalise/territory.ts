import { BUILTIN_CODE_LISTS } from "../codelists/registry";
import { TERRITORY_SCHEMES, type TerritoryScheme, type TerritorySchemeId } from "../codelists/schemes";
import type { CodeList, TerritoryLevel } from "../codelists/types";
import { nameKey, spellingKey } from "./keys";
import { TOTAL_SPELLINGS, UNKNOWN_SPELLINGS } from "./synonyms";

/** A code a territory name could stand for, in a list that was not applied (or among several). */
export interface TerritoryCandidate {
  /** The code list (`pe-departamentos`, `mendoza-departamentos`…). */
  readonly list: string;
  /** Its country (`PE`, `AR`…). */
  readonly country: string;
  readonly code: string;
  /** The official name (Spanish or Portuguese). */
  readonly name: string;
}

/** Names (and closed codes) of the built-in country lists, folded → the codes they may mean. */
let candidateIndex: Map<string, TerritoryCandidate[]> | null = null;
const countryLists = (): CodeList[] =>
  Object.values(BUILTIN_CODE_LISTS).filter(
    (l) => l.dimension === "territory" && l.country !== undefined && l.codes.length > 0,
  );

function candidates(): Map<string, TerritoryCandidate[]> {
  if (candidateIndex) return candidateIndex;
  const index = new Map<string, TerritoryCandidate[]>();
  for (const list of countryLists())
    for (const c of list.codes) {
      if (c.role && c.role !== "category") continue;
      const candidate: TerritoryCandidate = {
        list: list.id,
        country: list.country as string,
        code: c.id,
        name: c.label.es,
      };
      const keys = new Set([c.label.es, c.label.en, c.label.pt, ...(c.synonyms ?? [])].map(nameKey));
      for (const key of keys) {
        if (!key) continue;
        const found = index.get(key) ?? [];
        if (!found.some((f) => f.list === candidate.list && f.code === candidate.code)) found.push(candidate);
        index.set(key, found);
      }
    }
  candidateIndex = index;
  return index;
}

/**
 * The codes of the built-in country lists a territory name could stand for (none for a code or an unknown
 * name). A name of several countries (`Junín`: Mendoza, Argentina and Peru) gives several.
 *
 * @example
 * ```ts
 * territoryCandidates("JUNIN").map((c) => `${c.country} ${c.code}`); //=> ["AR 50035", "PE 12"]
 * territoryCandidates("Ucayali").map((c) => c.code); //=> ["25"]
 * ```
 */
export function territoryCandidates(value: string): TerritoryCandidate[] {
  return [...(candidates().get(nameKey(value)) ?? [])];
}

/**
 * The territory lists a normaliser uses: with a chosen country's lists, the standard's lists of that country or
 * of none (a city's own barrios) plus the country's built-in lists; without one, the standard's lists of no
 * country and the code formats (a code is kept as written or has its leading zeros restored, never renamed).
 * @internal
 */
export function territoryLists(
  standardLists: readonly CodeList[],
  scheme?: TerritoryScheme,
  extra: readonly CodeList[] = [],
): CodeList[] {
  if (!scheme)
    return [...standardLists, ...extra].filter((l) => l.country === undefined || l.codes.length === 0);
  const out = standardLists.filter((l) => l.country === undefined || l.country === scheme.country);
  for (const id of scheme.lists) {
    const list = BUILTIN_CODE_LISTS[id] ?? extra.find((l) => l.id === id);
    if (list && !out.some((l) => l.id === id)) out.push(list);
  }
  // A list the caller brings is used only for its own country (or for none: a city's own list).
  for (const list of extra)
    if ((list.country === undefined || list.country === scheme.country) && !out.some((l) => l.id === list.id))
      out.push(list);
  return out;
}

/** Words of a column header → the territorial levels it names (first match wins). */
const LEVEL_WORDS: ReadonlyArray<readonly [RegExp, readonly TerritoryLevel[]]> = [
  [/\b(distrito|distritos|district|dist)\b/, ["distrito"]],
  [/\b(comuna|comunas|commune)\b/, ["comuna"]],
  [
    /\b(municipio|municipios|municipalidad|municipality|mpio|mun|alcaldia|alcaldias|cidade|city)\b/,
    ["municipio"],
  ],
  [/\b(departamento|departamentos|depto|dpto|dep|partido|partidos|department)\b/, ["departamento"]],
  [/\b(provincia|provincias|prov|province)\b/, ["provincia"]],
  [/\b(region|regiones|regiao)\b/, ["region"]],
  [/\b(estado|estados|entidad|entidades|ent|uf|state)\b/, ["estado", "entidad"]],
];

/**
 * The territorial levels a column's header names (`DISTRITO` → `distrito`, `Municipio de residencia` →
 * `municipio`, `CVE_ENT`/`ESTADO` → `estado`, `entidad`), or none. A territory normaliser given them looks a
 * name up in the lists of those levels first, so `LIMA` in a district column is the district 150101, in a
 * department column the department 15.
 *
 * @example
 * ```ts
 * territoryLevelsOf("DISTRITO"); //=> ["distrito"]
 * territoryLevelsOf("nombre_municipio"); //=> ["municipio"]
 * territoryLevelsOf("zona"); //=> []
 * ```
 */
export function territoryLevelsOf(column: string): TerritoryLevel[] {
  const words = spellingKey(column).replace(/[_\-.]+/g, " ");
  for (const [re, levels] of LEVEL_WORDS) if (re.test(words)) return [...levels];
  return [];
}

/** Per country list: the folded names and the codes of its closed lists (built-in ones, then extra lists). */
let schemeKeys: Map<TerritorySchemeId, Set<string>> | null = null;
const extraKeys = new WeakMap<readonly CodeList[], Map<TerritorySchemeId, Set<string>>>();
function addKeys(keys: Set<string>, list: CodeList | undefined): void {
  for (const c of list?.codes ?? []) {
    if (c.role && c.role !== "category") continue;
    keys.add(c.id);
    for (const text of [c.label.es, c.label.en, c.label.pt, ...(c.synonyms ?? [])]) keys.add(nameKey(text));
  }
}
function keysOfSchemes(extra: readonly CodeList[] = []): Map<TerritorySchemeId, Set<string>> {
  if (extra.length === 0 && schemeKeys) return schemeKeys;
  const cached = extra.length ? extraKeys.get(extra) : undefined;
  if (cached) return cached;
  const out = new Map<TerritorySchemeId, Set<string>>();
  for (const scheme of TERRITORY_SCHEMES) {
    const keys = new Set<string>();
    for (const id of scheme.lists) addKeys(keys, BUILTIN_CODE_LISTS[id]);
    for (const list of extra) if (list.country === scheme.country) addKeys(keys, list);
    out.set(scheme.id, keys);
  }
  if (extra.length) extraKeys.set(extra, out);
  else schemeKeys = out;
  return out;
}

/** What {@link detectTerritoryCodeList} found. */
export interface TerritoryDetection {
  /** The country's code lists nearly all values belong to, or `null` when none (or several) do. */
  readonly codelist: TerritorySchemeId | null;
  /** Values looked at (blank cells and "unknown"/"total" spellings left out). */
  readonly values: number;
  /** Per country list with at least one match: the share of values it names, highest first. */
  readonly shares: ReadonlyArray<{ readonly codelist: TerritorySchemeId; readonly share: number }>;
}

/** Share of the values one list must name to be taken as the column's list. */
export const TERRITORY_DETECTION_SHARE = 0.95;

/**
 * Detects which country's territory code list a column uses: the one list that names (or codes) nearly all
 * of its values (95 % by default), counting each distinct value as often as it was seen. Two lists naming as
 * many (a column of only `JUNÍN` and `SAN MARTÍN`, names of Argentina and of Peru) detect none. Pass the
 * second-level lists (`secondLevelLists()` of `@ciudata/disaggregation/territories`) as `lists` to detect
 * district and municipality columns too.
 *
 * @example
 * ```ts
 * detectTerritoryCodeList([["LIMA", 30], ["JUNIN", 2], ["CALLAO", 5]]).codelist; //=> "pe-ubigeo"
 * detectTerritoryCodeList([["JUNIN", 2], ["SAN MARTIN", 5]]).codelist; //=> null
 * ```
 */
export function detectTerritoryCodeList(
  values: Iterable<readonly [string, number]>,
  options: { share?: number; lists?: readonly CodeList[] } = {},
): TerritoryDetection {
  const threshold = options.share ?? TERRITORY_DETECTION_SHARE;
  const keys = keysOfSchemes(options.lists);
  const hits = new Map<TerritorySchemeId, number>();
  let total = 0;
  for (const [raw, count] of values) {
    const trimmed = raw.trim();
    if (trimmed === "") continue;
    const folded = spellingKey(trimmed);
    if (TOTAL_SPELLINGS.has(folded) || UNKNOWN_SPELLINGS[folded] !== undefined) continue;
    total += count;
    const key = nameKey(trimmed);
    for (const [scheme, set] of keys)
      if (set.has(trimmed) || set.has(key)) hits.set(scheme, (hits.get(scheme) ?? 0) + count);
  }
  const shares = [...hits.entries()]
    .map(([codelist, n]) => ({ codelist, share: total === 0 ? 0 : n / total }))
    .sort((a, b) => b.share - a.share);
  const enough = shares.filter((s) => s.share >= threshold);
  return { codelist: enough.length === 1 ? (enough[0]?.codelist ?? null) : null, values: total, shares };
}
