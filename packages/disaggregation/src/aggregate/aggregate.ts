import { labelKey } from "@ciudata/core";
import {
  type Check,
  type Report,
  type TableError,
  tableError,
  type ValidateInput,
  type ValidateOptions,
  validateTable,
} from "@ciudata/table";
import { AGE_PRESETS, type AgePresetName } from "../codelists/age";
import type { AgeBand, CodeList, TerritoryLevel } from "../codelists/types";
import { detectLayout } from "../detect/detect";
import { disaggregationIssues } from "../messages/issues";
import { NormaliseAudit } from "../normalise/audit";
import type { Mapping } from "../normalise/mapping";
import { createNormaliser, type Normaliser } from "../normalise/normaliser";
import { detectTerritoryCodeList, territoryLevelsOf } from "../normalise/territory";
import type { Standard } from "../standard/schema";
import { mendozaStandard } from "../standard/standard";
import { suppressCells } from "../suppress/suppress";
import type { CellSuppressor, SuppressionCell } from "../suppress/types";
import { parseNumber } from "../text";

/** A territory column's extra lists and the levels its header names (none for other dimensions). */
const territoryExtras = (
  dimension: string,
  column: string,
  lists: readonly CodeList[] | undefined,
): { territoryLists?: readonly CodeList[]; levels?: TerritoryLevel[] } =>
  dimension === "territory"
    ? { ...(lists ? { territoryLists: lists } : {}), levels: territoryLevelsOf(column) }
    : {};

/** Options of the aggregation. */
export interface AggregateOptions {
  /** Columns to break down by: labels (`sexo`, `Rango de edad`) or dimension names (`sex`, `age`, `territory`). */
  by: readonly string[];
  /** Column whose values are summed; default: rows are counted. */
  measure?: string;
  /** The standard (default: the built-in Mendoza-style one). */
  standard?: Standard;
  /** The user's mapping of spellings to codes. */
  mapping?: Mapping;
  /** One-letter sex codes: `dni` (default) or `curp`. */
  sexLetters?: "dni" | "curp";
  /** Bands for single ages (default: the standard's `agePreset`). */
  ageBands?: AgePresetName | readonly AgeBand[];
  /** Smallest publishable count (default: the standard's `minCellSize`); 0 or 1 turns suppression off. */
  threshold?: number;
  /** The small-cell suppressor (default: the built-in primary + secondary {@link suppressCells}). */
  suppressor?: CellSuppressor;
  /** Publish the margins (`_T` rows) too (default true; suppression protects against them). */
  margins?: boolean;
  /**
   * The country whose territory code lists code territory names (`pe-ubigeo`…; default the standard's
   * `territoryCodeList`). Without one, it is detected from the column once read (nearly all values in one
   * country's list) and reported in `territory`; when none is detected, names are kept as written.
   */
  codelist?: string;
  /**
   * More territory lists (the second-level lists of `@ciudata/disaggregation/territories`): used to detect a
   * column's country and, for the chosen country only, to code its districts or municipalities by name and
   * code; each column looks names up first in the lists of the level its header names, and reads the territory
   * column before it in `by` as its parent (a province before its districts).
   */
  territoryLists?: readonly CodeList[];
}

/** Which territory code list coded a territory column, and how it was chosen. */
export interface TerritoryChoice {
  /** The column's label. */
  column: string;
  /** `pe-ubigeo`…, or `null` when none: the column's names were kept as written. */
  codelist: string | null;
  /** `option` given by the caller, `standard` the standard's setting, `detected` from the values, `none`. */
  how: "option" | "standard" | "detected" | "none";
  /** For a detection: the share of the values the list names (0–1). */
  share?: number;
}

/** One cell of the aggregated table. */
export interface AggregateCell {
  /** One code per `by` column, `_T` in margins. */
  key: string[];
  /** The count or sum; `null` when withheld. */
  value: number | null;
  /** Rows that contributed (kept for auditing; never published for withheld cells). */
  count: number;
  /** SDMX OBS_STATUS: `A` normal, `Q` missing value, suppressed. */
  obsStatus: "A" | "Q";
  /**
   * SDMX CONF_STATUS: `F` free, `C` confidential (every withheld cell: which ones are small and which
   * protect them is never published, since next to a total it can pin a small count).
   */
  confStatus: "F" | "C";
}

/** A disaggregated table built from microdata, ready to publish. */
export interface AggregateResult {
  /** SDMX-like names of the `by` columns (`SEX`, `AGE`, `REF_AREA`, or the label in upper case). */
  dimensions: string[];
  /** The dimension each `by` column carries (`sex`…), `null` for plain columns. */
  dimensionIds: Array<string | null>;
  /** `NUMBER` for counts, else the measure's name. */
  unit: string;
  cells: AggregateCell[];
  /** Data rows read (blank rows excluded). */
  inputRows: number;
  threshold: number;
  /** Withheld cells: small ones and those withheld to protect them, counted together (a split could pin a small one). */
  suppressed: number;
  /** How each value was normalised. */
  audit: NormaliseAudit;
  /** The territory code list of each territory column (chosen or detected), in `by` order. */
  territory: TerritoryChoice[];
  /** Problems (an unknown `by` column) as plain data. */
  errors: TableError[];
}

interface Column {
  index: number;
  label: string;
  dimension: string | null;
  normalise: Normaliser | null;
  /** A territory column with no list chosen: values are kept as written until the list is detected. */
  deferred?: Map<string, { count: number; firstRow: number }> | undefined;
  /** The cell index of the territory column before this one in `by` (a province before its districts). */
  parent?: number;
  /** How its territory list was chosen, once known. */
  choice?: TerritoryChoice;
}

const SEP = "\u0001";

/** A one-pass aggregator: feed it rows (`add`) and get the suppressed table (`result`). */
export interface Aggregator {
  add(cells: readonly string[], rowNumber: number): void;
  result(): AggregateResult;
}

/**
 * Builds the aggregator of a table whose header is `labels`: each row is normalised on the `by` columns
 * (single ages go into bands) and counted (or its measure summed) in its cell and in every margin.
 *
 * @example
 * ```ts
 * const agg = createAggregator(["sexo", "edad"], { by: ["sexo", "edad"], threshold: 1 });
 * agg.add(["Mujer", "34"], 2);
 * agg.add(["varón", "36"], 3);
 * agg.result().cells.find((c) => c.key.join() === "_T,Y35T39")?.value; //=> 2
 * ```
 */
export function createAggregator(labels: readonly string[], options: AggregateOptions): Aggregator {
  const standard = options.standard ?? mendozaStandard();
  const layout = detectLayout(labels, { standard });
  const errors: TableError[] = [];
  const audit = new NormaliseAudit();
  const keys = labels.map((l) => labelKey(l));
  const columns: Column[] = [];
  const preset = options.ageBands ?? (standard.agePreset as AgePresetName);
  const bands =
    typeof preset === "string"
      ? (AGE_PRESETS[preset as AgePresetName] ?? AGE_PRESETS["quinquenal-85"])
      : preset;
  for (const wanted of options.by) {
    let index = keys.indexOf(labelKey(wanted));
    let dimension = layout.long.find((c) => c.index === index)?.dimension ?? null;
    if (index === -1) {
      const byDimension = layout.long.find((c) => c.dimension === wanted);
      if (byDimension) {
        index = byDimension.index;
        dimension = byDimension.dimension;
      }
    }
    if (index === -1) {
      errors.push(
        tableError("disaggregation/unknown-column", {
          tags: ["#disaggregation", "#table", "#header"],
          note: `no column "${wanted}"`,
          params: { column: wanted, labels: labels.join(", ") },
        }),
      );
      continue;
    }
    const chosen = options.codelist ?? standard.territoryCodeList;
    if (dimension === "territory" && chosen === undefined) {
      columns.push({
        index,
        label: labels[index] ?? wanted,
        dimension,
        normalise: null,
        deferred: new Map(),
      });
      continue;
    }
    const normalise = dimension
      ? createNormaliser(dimension, {
          standard,
          ...(options.mapping ? { mapping: options.mapping } : {}),
          ...(options.sexLetters ? { sexLetters: options.sexLetters } : {}),
          ...(dimension === "age" ? { ageBands: bands } : {}),
          ...(options.codelist ? { codelist: options.codelist } : {}),
          ...territoryExtras(dimension, labels[index] ?? wanted, options.territoryLists),
        })
      : null;
    columns.push({ index, label: labels[index] ?? wanted, dimension, normalise });
  }
  const measureAt = options.measure === undefined ? -1 : keys.indexOf(labelKey(options.measure));
  if (options.measure !== undefined && measureAt === -1)
    errors.push(
      tableError("disaggregation/unknown-column", {
        tags: ["#disaggregation", "#table", "#header"],
        note: `no column "${options.measure}"`,
        params: { column: options.measure, labels: labels.join(", ") },
      }),
    );
  let previous: number | undefined;
  for (const col of columns)
    if (col.dimension === "territory") {
      if (previous !== undefined) col.parent = previous;
      previous = col.index;
    }
  const d = columns.length;
  const margins = options.margins ?? true;
  const masks = margins ? Array.from({ length: 2 ** d }, (_, m) => m) : [0];
  const table = new Map<string, { count: number; sum: number }>();
  let inputRows = 0;
  const codes: string[] = new Array<string>(d).fill("");

  return {
    add(cells, rowNumber) {
      inputRows++;
      for (let j = 0; j < d; j++) {
        const col = columns[j] as Column;
        const raw = cells[col.index] ?? "";
        if (col.deferred) {
          // Kept as written (no list chosen yet): coded once the column's list is detected, in result().
          const seen = col.deferred.get(raw);
          if (seen) seen.count++;
          else col.deferred.set(raw, { count: 1, firstRow: rowNumber });
          codes[j] = raw;
        } else if (col.normalise) {
          const r = col.normalise(raw, col.parent === undefined ? undefined : cells[col.parent]);
          audit.record(col.dimension as string, col.label, raw, r, rowNumber);
          // Unmapped spellings (a barrio with no list) are kept as written: the audit lists them.
          codes[j] = r.code ?? raw.trim();
        } else codes[j] = raw.trim() === "" ? "_U" : raw.trim();
      }
      const amount = measureAt === -1 ? 1 : (parseNumber(cells[measureAt] ?? "") ?? 0);
      for (const m of masks) {
        let key = "";
        for (let j = 0; j < d; j++) key += (j ? SEP : "") + (m & (1 << j) ? "_T" : codes[j]);
        const cell = table.get(key);
        if (cell) {
          cell.count++;
          cell.sum += amount;
        } else table.set(key, { count: 1, sum: amount });
      }
    },
    result() {
      const threshold = options.threshold ?? standard.thresholds.minCellSize;
      const territory = codeTerritories();
      const entries = [...table.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const forSuppression: SuppressionCell[] = entries.map(([k, v]) => ({
        key: k.split(SEP),
        value: v.count,
      }));
      const withheld =
        threshold > 1 ? (options.suppressor ?? suppressCells)(forSuppression, threshold) : new Set<number>();
      let suppressed = 0;
      const cellsOut: AggregateCell[] = entries.map(([k, v], i) => {
        const hidden = withheld.has(i);
        if (hidden) suppressed++;
        return {
          key: k.split(SEP),
          value: hidden ? null : measureAt === -1 ? v.count : v.sum,
          count: v.count,
          obsStatus: hidden ? "Q" : "A",
          confStatus: hidden ? "C" : "F",
        };
      });
      // A run with no `by` column still has its grand total.
      return {
        dimensions: columns.map((c) =>
          c.dimension
            ? (standard.dimensions[c.dimension]?.sdmx ?? c.dimension.toUpperCase())
            : labelKey(c.label).toUpperCase(),
        ),
        dimensionIds: columns.map((c) => c.dimension),
        unit: measureAt === -1 ? "NUMBER" : labelKey(labels[measureAt] ?? "").toUpperCase(),
        cells: cellsOut,
        inputRows,
        threshold,
        suppressed,
        audit,
        territory,
        errors,
      };
    },
  };

  /** Detects the list of each deferred territory column, codes its values and merges the cells (once). */
  function codeTerritories(): TerritoryChoice[] {
    const choices: TerritoryChoice[] = [];
    const recode: Array<Map<string, string> | null> = columns.map(() => null);
    columns.forEach((col, j) => {
      if (col.dimension !== "territory") return;
      if (col.choice) {
        choices.push(col.choice);
        return;
      }
      if (!col.deferred) {
        const how = options.codelist !== undefined ? "option" : "standard";
        const codelist = options.codelist ?? standard.territoryCodeList ?? null;
        col.choice = { column: col.label, codelist, how };
        choices.push(col.choice);
        return;
      }
      const detection = detectTerritoryCodeList(
        [...col.deferred].map(([raw, s]) => [raw, s.count] as const),
        options.territoryLists ? { lists: options.territoryLists } : {},
      );
      const normalise = createNormaliser("territory", {
        standard,
        ...(options.mapping ? { mapping: options.mapping } : {}),
        ...(detection.codelist ? { codelist: detection.codelist } : {}),
        ...territoryExtras("territory", col.label, options.territoryLists),
      });
      const map = new Map<string, string>();
      for (const [raw, s] of col.deferred) {
        const r = normalise(raw);
        audit.record("territory", col.label, raw, r, s.firstRow, s.count);
        map.set(raw, r.code ?? raw.trim());
      }
      recode[j] = map;
      col.normalise = normalise;
      col.deferred = undefined;
      const share = detection.shares.find((s) => s.codelist === detection.codelist)?.share;
      col.choice = {
        column: col.label,
        codelist: detection.codelist,
        how: detection.codelist ? "detected" : "none",
        ...(share !== undefined ? { share } : {}),
      };
      choices.push(col.choice);
    });
    if (recode.some((m) => m !== null)) {
      const merged = new Map<string, { count: number; sum: number }>();
      for (const [key, v] of table) {
        const parts = key.split(SEP);
        const k = parts.map((p, j) => (p === "_T" && margins ? p : (recode[j]?.get(p) ?? p))).join(SEP);
        const cell = merged.get(k);
        if (cell) {
          cell.count += v.count;
          cell.sum += v.sum;
        } else merged.set(k, { ...v });
      }
      table.clear();
      for (const [k, v] of merged) table.set(k, v);
    }
    return choices;
  }
}

/**
 * The aggregation as a check of the one-pass runner, so a table is validated and aggregated in one read;
 * `result()` gives the table after the run.
 *
 * @example
 * ```ts
 * const agg = aggregationCheck({ by: ["sexo", "edad", "barrio"] });
 * const report = await validateTable(file, { checks: [...disaggregationChecks(), agg] });
 * const table = agg.result();
 * ```
 */
export function aggregationCheck(options: AggregateOptions): Check & { result(): AggregateResult | null } {
  let aggregator: Aggregator | null = null;
  let out: AggregateResult | null = null;
  return {
    name: "disaggregation/aggregate",
    issues: disaggregationIssues,
    onStart(ctx) {
      aggregator = createAggregator(ctx.labels.length ? ctx.labels : ctx.fields.map((f) => f.name), options);
      out = null;
    },
    onRow(row) {
      if (!row.blank) aggregator?.add(row.cells, row.rowNumber);
    },
    onFinish(ctx) {
      out = aggregator?.result() ?? null;
      for (const e of out?.errors ?? []) ctx.report(e);
    },
    result: () => out,
  };
}

/**
 * Reads a microdata table once and builds the disaggregated table with small-cell suppression applied.
 *
 * @example
 * ```ts
 * const { result } = await aggregateTable("sexo,edad\nF,3\nM,40\nF,4\n", { by: ["sexo", "edad"], threshold: 1 });
 * result?.cells.find((c) => c.key.join() === "F,Y0T4")?.value; //=> 2
 * ```
 */
export async function aggregateTable(
  input: ValidateInput,
  options: AggregateOptions & { read?: Omit<ValidateOptions, "checks"> },
): Promise<{ result: AggregateResult | null; report: Report }> {
  const check = aggregationCheck(options);
  const report = await validateTable(input, { ...(options.read ?? {}), checks: [check] });
  return { result: check.result(), report };
}

/** The SDMX-like header of an aggregated table. */
const header = (r: AggregateResult) => [
  ...r.dimensions,
  "OBS_VALUE",
  "UNIT_MEASURE",
  "OBS_STATUS",
  "CONF_STATUS",
];

/**
 * The aggregated table as rows of text with SDMX-like columns (`SEX`, `AGE`, `REF_AREA`, `OBS_VALUE`,
 * `UNIT_MEASURE`, `OBS_STATUS`, `CONF_STATUS`); withheld cells have an empty `OBS_VALUE` and `Q`. Feed it
 * to `writeCsv`.
 *
 * @example
 * ```ts
 * writeCsv(aggregateRows(result)); // "SEX,AGE,OBS_VALUE,UNIT_MEASURE,OBS_STATUS,CONF_STATUS\r\nF,Y0T4,2,NUMBER,A,F…"
 * ```
 */
export function aggregateRows(result: AggregateResult): string[][] {
  return [
    header(result),
    ...result.cells.map((c) => [
      ...c.key,
      c.value === null ? "" : String(c.value),
      result.unit,
      c.obsStatus,
      c.confStatus,
    ]),
  ];
}

/**
 * The aggregated table as JSON records with the same SDMX-like names, plus what was withheld (no counts
 * of withheld cells).
 *
 * @example
 * ```ts
 * aggregateJson(result).data[0]; //=> { SEX: "F", AGE: "Y0T4", OBS_VALUE: 2, UNIT_MEASURE: "NUMBER", OBS_STATUS: "A", CONF_STATUS: "F" }
 * ```
 */
export function aggregateJson(result: AggregateResult): {
  structure: { dimensions: string[]; measure: "OBS_VALUE"; attributes: string[] };
  threshold: number;
  inputRows: number;
  suppressed: number;
  data: Array<Record<string, string | number | null>>;
} {
  return {
    structure: {
      dimensions: result.dimensions,
      measure: "OBS_VALUE",
      attributes: ["UNIT_MEASURE", "OBS_STATUS", "CONF_STATUS"],
    },
    threshold: result.threshold,
    inputRows: result.inputRows,
    suppressed: result.suppressed,
    data: result.cells.map((c) => {
      const rec: Record<string, string | number | null> = {};
      result.dimensions.forEach((d, i) => {
        rec[d] = c.key[i] ?? null;
      });
      rec.OBS_VALUE = c.value;
      rec.UNIT_MEASURE = result.unit;
      rec.OBS_STATUS = c.obsStatus;
      rec.CONF_STATUS = c.confStatus;
      return rec;
    }),
  };
}
