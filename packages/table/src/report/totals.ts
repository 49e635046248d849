import type { TableError } from "./error";

/** Every finding of one error type in a table, listed or not. */
export interface TypeTotals {
  /** Findings of the type (errors + warnings). */
  findings: number;
  errors: number;
  warnings: number;
  /** Findings kept in the task's `errors` list (the rest were left out by the list cap). */
  listed: number;
  /** Distinct rows with a finding of the type. */
  rows: number;
  /** Distinct cells (row and column) with a finding of the type. */
  cells: number;
  /** Distinct rows with a finding on the whole row (no column). */
  wholeRows: number;
  /** Findings without a row (header, file or table), by severity. */
  withoutRowErrors: number;
  withoutRowWarnings: number;
  /**
   * Runs of consecutive rows with this finding in one column (`fieldNumber`, `null` for whole rows)
   * whose first findings are listed and whose rest the list cap left out: from the run's first row to
   * its last, so a report can say the whole run. Absent when the cap cut no run.
   */
  runsPastCap?: { fieldNumber: number | null; from: number; to: number }[];
}

/**
 * The findings of one type that share what decides their quality dimension: the constraint broken
 * (`params.constraint`) and the dimension a check names itself (`params.dimension`).
 */
export interface FindingGroup extends TypeTotals {
  type: string;
  constraint: string | null;
  dimension: string | null;
  /** The tags of the group's first finding (`#row`, `#cell`…), so a view can pick or skip the group by tag. */
  tags: readonly string[];
}

/**
 * The true counts of a table's findings, whatever the cap on the list of errors: scores and
 * statistics come from here, the list is only what is shown.
 */
export interface FindingTotals {
  /** Findings in all (errors + warnings), listed or not. */
  findings: number;
  /** Findings kept in the task's `errors` list. */
  listed: number;
  /** The cap on listed errors (`null`: no cap). Warnings are always listed. */
  limit: number | null;
  /** Per error type. */
  byType: Record<string, TypeTotals>;
  /** Per column name (findings located in a column): findings per error type. */
  byField: Record<string, Record<string, number>>;
  /** Per type, constraint and self-named dimension: what scores read. */
  groups: FindingGroup[];
  /**
   * Per key of the run's `countBy` (e.g. each finding's quality dimension), the distinct places its
   * findings hit across types: what a score by those keys reads. Absent without `countBy`.
   */
  byKey?: Record<string, Footprint>;
  /**
   * Findings per type counted in the table but left out of this view of the report by a pick/skip
   * selection (see `selectFindings`); scores read the whole table, so they still count them.
   */
  hidden?: Record<string, number>;
}

/** Where the findings of one key are: distinct rows, whole rows, and cells outside those whole rows. */
export interface Footprint {
  findings: number;
  /** Distinct rows with a finding. */
  rows: number;
  /** Distinct rows with a finding on the whole row (no column). */
  wholeRows: number;
  /** Distinct cells with a finding, in rows without a whole-row finding (at most `fields` per row). */
  cells: number;
}

/** A growable bit set of row numbers. */
class RowSet {
  private bits = new Uint32Array(64);
  size = 0;
  has(row: number): boolean {
    const word = row >>> 5;
    return word < this.bits.length && ((this.bits[word] as number) & (1 << (row & 31))) !== 0;
  }
  add(row: number): void {
    const word = row >>> 5;
    if (word >= this.bits.length) {
      const grown = new Uint32Array(Math.max(word + 1, this.bits.length * 2));
      grown.set(this.bits);
      this.bits = grown;
    }
    const mask = 1 << (row & 31);
    const before = this.bits[word] as number;
    if ((before & mask) === 0) {
      this.bits[word] = before | mask;
      this.size++;
    }
  }
}

interface TypeTally {
  totals: TypeTotals;
  rows: RowSet;
  wholeRows: RowSet;
  /** The last cell counted: findings of one cell come together, so a repeat is not counted twice. */
  lastCell: string;
}

/** The run of consecutive rows holding a column's last listed finding of a type. */
interface OpenRun {
  from: number;
  to: number;
  listedTo: number;
  severity: string;
  open: boolean;
}

/**
 * Follows, per column, the run of consecutive rows that holds the last listed finding, and extends it
 * with the findings the list cap leaves out (a few numbers per column and type).
 */
function trackRun(runs: Map<number, OpenRun>, e: TableError, listed: boolean): void {
  if (e.rowNumber === null || e.rowNumber <= 0) return;
  const key = e.fieldNumber ?? -1;
  const run = runs.get(key);
  const next = run?.open === true && e.rowNumber === run.to + 1 && run.severity === e.severity;
  if (listed) {
    if (run && next) run.to = run.listedTo = e.rowNumber;
    else
      runs.set(key, {
        from: e.rowNumber,
        to: e.rowNumber,
        listedTo: e.rowNumber,
        severity: e.severity,
        open: true,
      });
  } else if (run?.open) {
    if (next) run.to = e.rowNumber;
    else run.open = false;
  }
}

function newTally(): TypeTally {
  return {
    totals: {
      findings: 0,
      errors: 0,
      warnings: 0,
      listed: 0,
      rows: 0,
      cells: 0,
      wholeRows: 0,
      withoutRowErrors: 0,
      withoutRowWarnings: 0,
    },
    rows: new RowSet(),
    wholeRows: new RowSet(),
    lastCell: "",
  };
}

function count(tally: TypeTally, e: TableError, listed: boolean): void {
  const t = tally.totals;
  const isError = e.severity === "error";
  t.findings++;
  if (isError) t.errors++;
  else t.warnings++;
  if (listed) t.listed++;
  if (e.rowNumber === null || e.rowNumber < 0) {
    if (isError) t.withoutRowErrors++;
    else t.withoutRowWarnings++;
    return;
  }
  tally.rows.add(e.rowNumber);
  if (e.fieldNumber === null) tally.wholeRows.add(e.rowNumber);
  else {
    const cell = `${e.rowNumber}:${e.fieldNumber}`;
    if (cell !== tally.lastCell) t.cells++;
    tally.lastCell = cell;
  }
}

/** The places one key's findings hit (cells per row counted up to 65,535). */
class KeyPlaces {
  findings = 0;
  readonly rows = new RowSet();
  readonly wholeRows = new RowSet();
  private cellsPerRow = new Uint16Array(64);
  private maxRow = -1;
  /** The row being read and its columns hit so far: a row's findings come together. */
  private row = -1;
  private fields = new Set<number>();
  add(e: TableError): void {
    this.findings++;
    const row = e.rowNumber;
    // A finding that stands for many cells (`params.standsForCells`, e.g. a column's count of cells
    // without a value) is placed by whoever reads that count, not as the one cell it is located at.
    if (row === null || row < 0 || typeof e.params.standsForCells === "number") return;
    this.rows.add(row);
    if (e.fieldNumber === null) {
      this.wholeRows.add(row);
      return;
    }
    if (row !== this.row) {
      this.row = row;
      this.fields.clear();
    }
    if (this.fields.has(e.fieldNumber)) return;
    this.fields.add(e.fieldNumber);
    if (row >= this.cellsPerRow.length) {
      const grown = new Uint16Array(Math.max(row + 1, this.cellsPerRow.length * 2));
      grown.set(this.cellsPerRow);
      this.cellsPerRow = grown;
    }
    const n = this.cellsPerRow[row] as number;
    if (n < 65535) this.cellsPerRow[row] = n + 1;
    if (row > this.maxRow) this.maxRow = row;
  }
  footprint(fields: number): Footprint {
    let cells = 0;
    const cap = fields > 0 ? fields : Number.POSITIVE_INFINITY;
    for (let r = 0; r <= this.maxRow; r++) {
      const n = this.cellsPerRow[r] as number;
      if (n > 0 && !this.wholeRows.has(r)) cells += Math.min(cap, n);
    }
    return { findings: this.findings, rows: this.rows.size, wholeRows: this.wholeRows.size, cells };
  }
}

/**
 * Counts findings one by one without keeping them (a few bits per row and type).
 * @internal
 *
 * @example
 * ```ts
 * const tally = createFindingTally();
 * tally.add(tableError("blank-row", { rowNumber: 4 }), true);
 * tally.add(tableError("blank-row", { rowNumber: 5 }), false);
 * tally.totals(1).byType["blank-row"]; //=> { findings: 2, listed: 1, rows: 2, wholeRows: 2, … }
 * ```
 */
export function createFindingTally(countBy?: (error: TableError) => string): {
  add(error: TableError, listed: boolean): void;
  totals(limit: number | null, fields?: number): FindingTotals;
} {
  const byKey = new Map<string, KeyPlaces>();
  const byType = new Map<string, TypeTally>();
  const runsByType = new Map<string, Map<number, OpenRun>>();
  const byGroup = new Map<
    string,
    TypeTally & {
      type: string;
      constraint: string | null;
      dimension: string | null;
      tags: readonly string[];
    }
  >();
  const byField: Record<string, Record<string, number>> = {};
  let findings = 0;
  let listedCount = 0;
  return {
    add(e, listed) {
      findings++;
      if (listed) listedCount++;
      let tally = byType.get(e.type);
      if (!tally) {
        tally = newTally();
        byType.set(e.type, tally);
      }
      count(tally, e, listed);
      let runs = runsByType.get(e.type);
      if (!runs) {
        runs = new Map();
        runsByType.set(e.type, runs);
      }
      trackRun(runs, e, listed);
      const constraint = typeof e.params.constraint === "string" ? e.params.constraint : null;
      const dimension = typeof e.params.dimension === "string" ? e.params.dimension : null;
      const key = `${e.type}\u0000${constraint ?? ""}\u0000${dimension ?? ""}`;
      let group = byGroup.get(key);
      if (!group) {
        group = { ...newTally(), type: e.type, constraint, dimension, tags: e.tags };
        byGroup.set(key, group);
      }
      count(group, e, listed);
      if (countBy) {
        const key = countBy(e);
        let places = byKey.get(key);
        if (!places) {
          places = new KeyPlaces();
          byKey.set(key, places);
        }
        places.add(e);
      }
      if (e.fieldName !== null && e.fieldName !== undefined && e.fieldName !== "") {
        const field = byField[e.fieldName] ?? {};
        byField[e.fieldName] = field;
        field[e.type] = (field[e.type] ?? 0) + 1;
      }
    },
    totals(limit, fields = 0) {
      const types: Record<string, TypeTotals> = {};
      for (const [type, tally] of [...byType].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const totals: TypeTotals = {
          ...tally.totals,
          rows: tally.rows.size,
          wholeRows: tally.wholeRows.size,
        };
        const cut = [...(runsByType.get(type) ?? [])]
          .filter(([, r]) => r.to > r.listedTo)
          .map(([key, r]) => ({ fieldNumber: key === -1 ? null : key, from: r.from, to: r.to }));
        if (cut.length) totals.runsPastCap = cut;
        types[type] = totals;
      }
      const groups: FindingGroup[] = [...byGroup.values()].map((g) => ({
        type: g.type,
        constraint: g.constraint,
        dimension: g.dimension,
        tags: g.tags,
        ...g.totals,
        rows: g.rows.size,
        wholeRows: g.wholeRows.size,
      }));
      const out: FindingTotals = { findings, listed: listedCount, limit, byType: types, byField, groups };
      if (countBy) {
        const keys: Record<string, Footprint> = {};
        for (const [key, places] of byKey) keys[key] = places.footprint(fields);
        out.byKey = keys;
      }
      return out;
    },
  };
}

/**
 * The totals of a list of findings (all listed): what a task without `totals` (built by hand, or read
 * from an older report) counts.
 *
 * @example
 * ```ts
 * tallyFindings([tableError("blank-row", { rowNumber: 4 })]).byType["blank-row"]?.wholeRows; //=> 1
 * ```
 */
export function tallyFindings(
  errors: Iterable<TableError>,
  options: { limit?: number | null; fields?: number; countBy?: (error: TableError) => string } = {},
): FindingTotals {
  const tally = createFindingTally(options.countBy);
  for (const e of errors) tally.add(e, true);
  return tally.totals(options.limit ?? null, options.fields ?? 0);
}
