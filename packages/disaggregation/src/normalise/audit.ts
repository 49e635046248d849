import { MAPPING_FORMAT, type MappingFile, type UnmappedNote } from "./mapping";
import { MAX_VALUE_LENGTH, type Normalised, type NormaliseRule, spellingKey } from "./normaliser";
import { SEX_SPELLINGS } from "./synonyms";
import type { TerritoryCandidate } from "./territory";

/** One distinct value of one column, as normalised, with how often it was seen. */
export interface AuditEntry {
  dimension: string;
  column: string;
  raw: string;
  code: string | null;
  rule: NormaliseRule;
  count: number;
  /** First row it was seen in (header = 1; 1 for a wide column label). */
  firstRow: number;
  /** A territory name left uncoded: the codes it could stand for (never applied). */
  candidates?: readonly TerritoryCandidate[];
}

/** Counts per dimension: values read, mapped, unmapped and missing (blank). */
export interface AuditSummary {
  values: number;
  mapped: number;
  unmapped: number;
  missing: number;
  /** Distinct spellings seen. */
  distinct: number;
}

/**
 * The audit trail of a normalisation: every distinct value per column with its code, rule and count;
 * the unmapped values with counts; and a suggested mapping file a person can edit and pass back.
 *
 * @example
 * ```ts
 * const audit = new NormaliseAudit();
 * const sex = createNormaliser("sex");
 * for (const [row, v] of ["Varón", "mujer", "??"].entries()) audit.record("sex", "sexo", v, sex(v), row + 2);
 * audit.unmapped().map((e) => e.raw); //=> ["??"]
 * ```
 */
export class NormaliseAudit {
  private readonly entries = new Map<string, AuditEntry>();
  /** Distinct values kept per column before the rest are only counted (protects memory on free text). */
  readonly maxDistinct: number;
  private readonly overflow = new Map<string, number>();

  constructor(options: { maxDistinct?: number } = {}) {
    this.maxDistinct = options.maxDistinct ?? 10_000;
  }

  /** Records one value and its result. */
  record(
    dimension: string,
    column: string,
    raw: string,
    result: Normalised,
    rowNumber: number,
    count = 1,
  ): void {
    // A value too long to be any spelling is kept by its start (it is unmapped whatever follows).
    if (raw.length > MAX_VALUE_LENGTH) raw = `${raw.slice(0, MAX_VALUE_LENGTH)}…`;
    // A value coded differently in different rows (a district name narrowed by its row's province) is one
    // entry per code, so an uncoded occurrence is never hidden behind a coded one.
    const k = `${dimension}\u0000${column}\u0000${raw}\u0000${result.code ?? "\u0001"}`;
    const entry = this.entries.get(k);
    if (entry) {
      entry.count += count;
      return;
    }
    const col = `${dimension}\u0000${column}`;
    const seen = this.overflow.get(col) ?? 0;
    this.overflow.set(col, seen + 1);
    if (seen >= this.maxDistinct) return;
    this.entries.set(k, {
      dimension,
      column,
      raw,
      code: result.code,
      rule: result.rule,
      count,
      firstRow: rowNumber,
      ...(result.candidates ? { candidates: result.candidates } : {}),
    });
  }

  /** Every entry, in the order first seen. */
  all(): AuditEntry[] {
    return [...this.entries.values()];
  }

  /** The unmapped values, most frequent first. */
  unmapped(dimension?: string): AuditEntry[] {
    return this.all()
      .filter((e) => e.code === null && (dimension === undefined || e.dimension === dimension))
      .sort((a, b) => b.count - a.count);
  }

  /** Counts per dimension. */
  summary(): Record<string, AuditSummary> {
    const out: Record<string, AuditSummary> = {};
    for (const e of this.entries.values()) {
      const s = out[e.dimension] ?? { values: 0, mapped: 0, unmapped: 0, missing: 0, distinct: 0 };
      out[e.dimension] = s;
      s.values += e.count;
      s.distinct++;
      if (e.code === null) s.unmapped += e.count;
      else s.mapped += e.count;
      if (e.rule === "missing") s.missing += e.count;
    }
    return out;
  }

  /**
   * The suggested mapping: every spelling seen with its code (so a person can correct any), unmapped ones
   * as `null` with a close code as a hint. Blank cells are left out (they are `missing`, not a spelling).
   */
  suggestMapping(): MappingFile {
    const mappings: MappingFile["mappings"] = {};
    const notes = new Map<string, Map<string, UnmappedNote>>();
    for (const e of this.entries.values()) {
      if (e.rule === "missing") continue;
      const dim = mappings[e.dimension] ?? {};
      mappings[e.dimension] = dim;
      if (!(e.raw in dim) || dim[e.raw] === null) dim[e.raw] = e.code;
      if (e.code !== null) continue;
      const byValue = notes.get(e.dimension) ?? new Map<string, UnmappedNote>();
      notes.set(e.dimension, byValue);
      const note = byValue.get(e.raw);
      if (note) {
        note.count += e.count;
        if (!note.columns.includes(e.column)) note.columns.push(e.column);
      } else
        byValue.set(e.raw, {
          value: e.raw,
          count: e.count,
          columns: [e.column],
          suggestion: suggest(e.dimension, e.raw),
        });
    }
    const unmapped: MappingFile["unmapped"] = {};
    for (const [dim, byValue] of notes)
      unmapped[dim] = [...byValue.values()].sort((a, b) => b.count - a.count);
    return { format: MAPPING_FORMAT, version: 1, mappings, unmapped };
  }
}

/** A close code for an unmapped spelling: a known sex word inside it (`mujeres jefas` → F). */
function suggest(dimension: string, raw: string): string | null {
  if (dimension !== "sex" && dimension !== "gender_identity") return null;
  const words = spellingKey(raw).split(/[\s/,;-]+/);
  if (dimension === "gender_identity" && words.includes("trans")) return null;
  for (const w of words) {
    const code = w.length > 1 ? SEX_SPELLINGS[w] : undefined;
    if (code) return dimension === "sex" ? code : null;
  }
  return null;
}
