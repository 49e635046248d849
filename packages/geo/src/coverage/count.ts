import {
  type AgeBand,
  type AgePresetName,
  createNormaliser,
  detectDimensions,
  mendozaStandard,
  type Normaliser,
} from "@ciudata/disaggregation";
import type { AreaLayer } from "../areas/types";
import { normaliseTerritory } from "../check/scan";

/** One territory of a coverage table: the areas sharing one code (a comuna made of barrios is one). */
export interface Territory {
  /** The areas' code. */
  readonly code: string;
  /** The areas' name; the code when the areas sharing it have different names. */
  readonly name: string;
}

/** How a `by` column is read: sex and age through `@ciudata/disaggregation`'s normaliser, `other` as written. */
export type CoverageDimensionKind = "sex" | "age" | "other";

/** A column that splits the counts (territory × sex × age band). */
export interface CoverageDimension {
  /** The column's label. */
  readonly column: string;
  /** How its values are read; {@link dimensionOf} finds it from the label. */
  readonly kind: CoverageDimensionKind;
}

/** Options of {@link createCoverageCount}. */
export interface CoverageCountOptions {
  /** Columns that split the counts, in order. Defaults to none (one count per territory). */
  by?: readonly CoverageDimension[];
  /** Age bands for single ages (`34` → `Y25T44`): a preset of `@ciudata/disaggregation` or bands. Defaults to `"un-amplio"`. */
  ageBands?: AgePresetName | readonly AgeBand[];
}

/** What a coverage count found, from every row. */
export interface CoverageCounts {
  /** The territories, by code. */
  readonly territories: readonly Territory[];
  /** The `by` columns. */
  readonly by: readonly CoverageDimension[];
  /** One entry per column of `counts`: the code of each `by` dimension (`[]` without `by`), sorted. */
  readonly cells: readonly (readonly string[])[];
  /** Rows counted per territory (in `territories` order) and cell (in `cells` order). */
  readonly counts: readonly (readonly number[])[];
  /** Data rows read. */
  readonly rows: number;
  /** Rows in no territory (not assigned, or a recorded territory that is none of the areas). */
  readonly unassigned: number;
  /** Recorded territories that are none of the areas, with their rows (at most 20 spellings listed). */
  readonly unknownTerritories: readonly { readonly value: string; readonly rows: number }[];
  /** Per `by` column: values the normaliser could not code, counted as unknown (`_U`). */
  readonly uncoded: readonly number[];
}

/** Counts rows per territory (and `by` cell); see {@link createCoverageCount}. */
export interface CoverageCount {
  /** The territories, by code. */
  readonly territories: readonly Territory[];
  /** Counts one row in area `area` (an index in `layer.areas`; `-1` for none), with its `by` values in order. */
  add(area: number, values?: readonly string[]): void;
  /** Counts one row by its recorded territory (code or name, compared folded), with its `by` values. */
  addRecorded(territory: string, values?: readonly string[]): void;
  /** The counts so far. */
  result(): CoverageCounts;
}

/** Distinct unknown recorded territories listed. */
const LISTED_UNKNOWN = 20;

/**
 * How a column splits counts, from its label through `@ciudata/disaggregation`'s detection: `sex`
 * (`sexo`, `genero`…), `age` (`edad`, `rango_edad`…), else `other`.
 *
 * @example
 * ```ts
 * dimensionOf("Sexo"); //=> { column: "Sexo", kind: "sex" }
 * dimensionOf("programa"); //=> { column: "programa", kind: "other" }
 * ```
 */
export function dimensionOf(column: string): CoverageDimension {
  const found = detectDimensions([column])[0]?.dimension;
  return { column, kind: found === "sex" || found === "age" ? found : "other" };
}

/**
 * Starts counting rows per territory for a coverage table: the areas sharing a code are one territory,
 * and each `by` column splits the counts (sex and age read by `@ciudata/disaggregation`'s normaliser:
 * `Varón` and `M` are `M`, single ages go to bands; a value it cannot code is counted as unknown `_U`
 * and reported in `uncoded`). Rows come one by one (streaming) in any order: the counts never depend on it.
 *
 * @param layer The areas.
 * @param options The `by` columns and age bands.
 * @example
 * ```ts
 * const count = createCoverageCount(layer, { by: [dimensionOf("sexo")] });
 * count.add(index.locate(-58.437, -34.5525).area, ["Mujer"]);
 * count.result().cells; //=> [["F"]]
 * ```
 */
export function createCoverageCount(layer: AreaLayer, options: CoverageCountOptions = {}): CoverageCount {
  const by = options.by ?? [];
  const territories = territoriesOf(layer);
  const position = new Map(territories.map((t, i) => [t.code, i]));
  const territoryOfArea = layer.areas.map((a) => position.get(a.code) as number);
  // A recorded territory, folded, to its territory: codes first, then names (a name shared by areas
  // of different codes stays unknown: never guessed).
  const byRecorded = new Map<string, number>();
  territories.forEach((t, i) => byRecorded.set(normaliseTerritory(t.code), i));
  const byName = new Map<string, Set<number>>();
  layer.areas.forEach((area, a) => {
    const key = normaliseTerritory(area.name);
    const set = byName.get(key) ?? new Set<number>();
    set.add(territoryOfArea[a] as number);
    byName.set(key, set);
  });
  for (const [key, set] of byName)
    if (set.size === 1 && !byRecorded.has(key)) byRecorded.set(key, [...set][0] as number);
  const normalisers = by.map((d) => normaliserOf(d.kind, options.ageBands ?? "un-amplio"));
  const uncoded = by.map(() => 0);
  /** Cell key (codes joined by a tab) → per-territory counts. */
  const perCell = new Map<string, Float64Array>();
  const unknown = new Map<string, number>();
  let rows = 0;
  let unassigned = 0;

  const cellKey = (values: readonly string[]): string => {
    if (by.length === 0) return "";
    const codes: string[] = [];
    for (let i = 0; i < by.length; i++) {
      const raw = (values[i] ?? "").trim();
      const normalise = normalisers[i];
      let code: string;
      if (normalise === undefined) code = raw === "" ? "_U" : raw;
      else {
        const n = normalise(raw);
        if (n.code === null) {
          uncoded[i] = (uncoded[i] as number) + 1;
          code = "_U";
        } else code = n.code;
      }
      codes.push(code);
    }
    return codes.join("\t");
  };
  const count = (t: number, values: readonly string[]) => {
    const key = cellKey(values);
    let column = perCell.get(key);
    if (column === undefined) {
      column = new Float64Array(territories.length);
      perCell.set(key, column);
    }
    column[t] = (column[t] as number) + 1;
  };

  return {
    territories,
    add(area, values = []) {
      rows++;
      if (area < 0 || area >= territoryOfArea.length) {
        unassigned++;
        return;
      }
      count(territoryOfArea[area] as number, values);
    },
    addRecorded(territory, values = []) {
      rows++;
      const t = byRecorded.get(normaliseTerritory(territory));
      if (t === undefined) {
        unassigned++;
        const value = territory.trim();
        if (unknown.has(value) || unknown.size < LISTED_UNKNOWN) unknown.set(value, (unknown.get(value) ?? 0) + 1);
        return;
      }
      count(t, values);
    },
    result() {
      const keys = [...perCell.keys()].sort();
      if (by.length === 0 && keys.length === 0) keys.push("");
      return {
        territories,
        by,
        cells: keys.map((k) => (by.length === 0 ? [] : k.split("\t"))),
        counts: territories.map((_, t) => keys.map((k) => perCell.get(k)?.[t] ?? 0)),
        rows,
        unassigned,
        unknownTerritories: [...unknown]
          .map(([value, n]) => ({ value, rows: n }))
          .sort((a, b) => b.rows - a.rows || (a.value < b.value ? -1 : 1)),
        uncoded: [...uncoded],
      };
    },
  };
}

/**
 * Codes in reading order: numbers by value (`2` before `10`), else in code-point order; never by the
 * layer's order, so tables do not depend on it.
 *
 * @example
 * ```ts
 * ["10", "2", "B", "A"].sort(compareCodes); //=> ["2", "10", "A", "B"]
 * ```
 */
export function compareCodes(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    const x = a.replace(/^0+/, "");
    const y = b.replace(/^0+/, "");
    if (x.length !== y.length) return x.length - y.length;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The layer's territories: one per distinct code, sorted by {@link compareCodes}. */
function territoriesOf(layer: AreaLayer): Territory[] {
  const names = new Map<string, string>();
  for (const area of layer.areas) {
    const seen = names.get(area.code);
    if (seen === undefined) names.set(area.code, area.name);
    else if (seen !== area.name) names.set(area.code, area.code);
  }
  return [...names.keys()].sort(compareCodes).map((code) => ({ code, name: names.get(code) as string }));
}

function normaliserOf(
  kind: CoverageDimensionKind,
  ageBands: AgePresetName | readonly AgeBand[],
): Normaliser | undefined {
  if (kind === "other") return undefined;
  return createNormaliser(kind, { standard: mendozaStandard(), ...(kind === "age" ? { ageBands } : {}) });
}
