import { labelKey } from "@ciudata/core";
import { normaliseTerritory } from "../check/scan";
import { geoError as fail } from "../errors";
import type { Territory } from "./count";

/** One row of a population table: its physical row number (header = 1), its territory code and count. */
export interface PopulationRow {
  /** Physical row number (header = 1). */
  readonly row: number;
  /** The territory's code (or name) as written. */
  readonly code: string;
  /** Residents. */
  readonly count: number;
}

/**
 * How the population table's codes met the territories: `code` equal, `normalised` equal once folded
 * (case, accents, leading zeros: `Comuna 04` = `COMUNA 4`) or by name, `prefix` equal once a common prefix
 * is put before the territory's code padded to the population's code length (`15` → `02015`, the
 * province of INDEC department codes): a guess, reported as one.
 */
export type PopulationRule = "code" | "normalised" | "prefix";

/** Residents per territory, matched from a population table; see {@link matchPopulation}. */
export interface PopulationMatch {
  /** Residents per territory, in the territories' order; `null` for a territory the table does not have. */
  readonly residents: readonly (number | null)[];
  /** How each territory was matched (`null` when it was not). */
  readonly rules: readonly (PopulationRule | null)[];
  /** The prefix put before the territories' codes (`"02"`), when codes were matched that way: a guess. */
  readonly prefix: string | null;
  /** Population rows that match no territory (a national table has many). */
  readonly unmatchedRows: number;
  /** Territories without population (codes). */
  readonly missing: readonly string[];
}

/** A population table read: its rows, and the columns the codes and residents came from. */
export interface PopulationTable {
  /** One row per territory code. */
  readonly rows: readonly PopulationRow[];
  /** The columns' labels. */
  readonly columns: { readonly code: string; readonly count: string };
}

/** Options of {@link populationFromRows}. */
export interface PopulationColumnsOptions {
  /** The column of territory codes. Defaults to one named like a code (`codigo`, `code`, `id`…), else the first. */
  code?: string;
  /** The column of residents. Defaults to one named `total`, `poblacion`, `population`, `populacao`. */
  count?: string;
  /** The file's name in messages. Defaults to `"population"`. */
  file?: string;
}

const CODE_COLUMNS = ["codigo", "code", "cod", "id", "codigo_territorio", "territorio", "cvegeo", "ubigeo"];
const COUNT_COLUMNS = ["total", "poblacion", "population", "populacao", "habitantes", "residentes"];

/**
 * Reads a population table's rows (codes and residents per territory): the columns are the ones named,
 * else recognised by their header. Counts may be written as `98097.0` (as INDEC's REDATAM exports do).
 * Throws a located `CiudataError`: `geo/population-column` for a column the table does not have (with
 * the ones it has), `geo/population-count` for a count that is not a whole number ≥ 0 (file, row, column,
 * what was found), `geo/population-duplicate` for a code written twice.
 *
 * @param labels The table's header.
 * @param rows Its rows: cells and physical row numbers.
 * @param options The columns; the file's name for messages.
 * @example
 * ```ts
 * populationFromRows(["Código", "Total"], [{ cells: ["02001", "205886.0"], rowNumber: 2 }]);
 * //=> { rows: [{ row: 2, code: "02001", count: 205886 }], columns: { code: "Código", count: "Total" } }
 * ```
 */
export function populationFromRows(
  labels: readonly string[],
  rows: Iterable<{ readonly cells: readonly string[]; readonly rowNumber: number }>,
  options: PopulationColumnsOptions = {},
): PopulationTable {
  const file = options.file ?? "population";
  const keys = labels.map(labelKey);
  const columns = labels.join(", ") || "—";
  const find = (given: string | undefined, known: readonly string[], flag: string, fallback: number) => {
    if (given !== undefined) {
      const i = labels.indexOf(given) !== -1 ? labels.indexOf(given) : keys.indexOf(labelKey(given));
      if (i === -1) throw fail("geo/population-column", { file, field: given, columns, flag });
      return i;
    }
    for (const k of known) {
      const i = keys.indexOf(k);
      if (i !== -1) return i;
    }
    if (fallback !== -1) return fallback;
    throw fail("geo/population-column", { file, field: "", columns, flag });
  };
  const code = find(options.code, CODE_COLUMNS, "--population-code", 0);
  const count = find(options.count, COUNT_COLUMNS, "--population-count", -1);
  const out: PopulationRow[] = [];
  const seen = new Map<string, number>();
  for (const { cells, rowNumber } of rows) {
    const c = (cells[code] ?? "").trim();
    if (c === "") continue;
    const raw = (cells[count] ?? "").trim();
    const n = Number(raw.replace(/\.0+$/, ""));
    if (raw === "" || !Number.isInteger(n) || n < 0)
      throw fail("geo/population-count", { file, row: rowNumber, column: labels[count] as string, found: raw });
    const first = seen.get(c);
    if (first !== undefined) throw fail("geo/population-duplicate", { file, row: rowNumber, code: c, first });
    seen.set(c, rowNumber);
    out.push({ row: rowNumber, code: c, count: n });
  }
  return { rows: out, columns: { code: labels[code] as string, count: labels[count] as string } };
}

/**
 * Matches a population table to the territories: codes equal, then equal once folded (or a name), then
 * — for the territories still unmatched, when one prefix makes most of them match — the prefix before the
 * territory's code padded with zeros (`15` → `02015`; a guess, reported in `prefix`). Throws
 * `geo/population-no-match` (with examples of both sides) when no territory matches.
 *
 * @param territories The coverage's territories.
 * @param rows The population table's rows ({@link populationFromRows}).
 * @param file The population file's name for messages.
 * @example
 * ```ts
 * const m = matchPopulation([{ code: "15", name: "15" }], [{ row: 2, code: "02015", count: 182574 }]);
 * m.residents; //=> [182574]
 * m.prefix; //=> "02"
 * ```
 */
export function matchPopulation(
  territories: readonly Territory[],
  rows: readonly PopulationRow[],
  file = "population",
): PopulationMatch {
  const residents: (number | null)[] = territories.map(() => null);
  const rules: (PopulationRule | null)[] = territories.map(() => null);
  const used = new Set<number>();
  const exact = new Map(rows.map((r, i) => [r.code, i]));
  const folded = new Map<string, number>();
  rows.forEach((r, i) => {
    const key = normaliseTerritory(r.code);
    folded.set(key, folded.has(key) ? -1 : i);
  });
  const take = (t: number, i: number, rule: PopulationRule) => {
    residents[t] = (rows[i] as PopulationRow).count;
    rules[t] = rule;
    used.add(i);
  };
  territories.forEach((t, ti) => {
    const e = exact.get(t.code);
    if (e !== undefined) return take(ti, e, "code");
    for (const key of [normaliseTerritory(t.code), normaliseTerritory(t.name)]) {
      const f = folded.get(key);
      if (f !== undefined && f !== -1 && !used.has(f)) return take(ti, f, "normalised");
    }
  });
  const prefix = bestPrefix(territories, rules, rows, used);
  if (prefix !== null)
    territories.forEach((t, ti) => {
      if (rules[ti] !== null) return;
      const i = exact.get(prefix.prefix + t.code.padStart(prefix.width, "0"));
      if (i !== undefined && !used.has(i)) take(ti, i, "prefix");
    });
  if (used.size === 0)
    throw fail("geo/population-no-match", {
      file,
      found: rows
        .slice(0, 5)
        .map((r) => r.code)
        .join(", "),
      expected: territories
        .slice(0, 5)
        .map((t) => (t.name === t.code ? t.code : `${t.code} (${t.name})`))
        .join(", "),
    });
  return {
    residents,
    rules,
    prefix: prefix !== null && rules.includes("prefix") ? prefix.prefix : null,
    unmatchedRows: rows.length - used.size,
    missing: territories.filter((_, i) => rules[i] === null).map((t) => t.code),
  };
}

/**
 * The prefix that, put before the unmatched territories' numeric codes padded to the remaining width,
 * matches the most of them, when it matches more than half and no other does as many.
 */
function bestPrefix(
  territories: readonly Territory[],
  rules: readonly (PopulationRule | null)[],
  rows: readonly PopulationRow[],
  used: ReadonlySet<number>,
): { prefix: string; width: number } | null {
  const open = territories.filter((t, i) => rules[i] === null && /^\d+$/.test(t.code));
  if (open.length === 0) return null;
  // Candidates in one form (zeros at the end of a prefix moved into the padding: `020` + `15` padded to 2
  // is `02` + `15` padded to 3), each with the territories it matches.
  const tally = new Map<string, Set<string>>();
  rows.forEach((r, i) => {
    if (used.has(i) || !/^\d+$/.test(r.code)) return;
    for (const t of open)
      for (let width = t.code.length; width < r.code.length; width++) {
        if (r.code.slice(r.code.length - width) !== t.code.padStart(width, "0")) continue;
        const head = r.code.slice(0, r.code.length - width);
        const prefix = head.replace(/0+$/, "");
        const key = `${prefix}\t${width + head.length - prefix.length}`;
        const set = tally.get(key) ?? new Set<string>();
        set.add(t.code);
        tally.set(key, set);
      }
  });
  const ranked = [...tally].map(([k, set]) => [k, set.size] as const).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const [best, second] = ranked;
  if (best === undefined || best[1] * 2 <= open.length || (second !== undefined && second[1] === best[1]))
    return null;
  const [prefix, width] = best[0].split("\t") as [string, string];
  return { prefix, width: Number(width) };
}
