import { TERRITORY_FORMATS } from "../../codelists/territory";

/** What a column's values say: the territorial code format they all follow. */
export interface TerritoryColumn {
  /** 0-based position of the column. */
  index: number;
  /** The format's id, e.g. `indec-departamento`. */
  format: string;
}

const DIGITS = /^\d+$/;

/**
 * Watches code columns and tells whether one holds territorial codes: every non-empty value a string of
 * digits of the SAME length, that length one of the INDEC/INEGI formats (2 provincia/entidad, 3 CVE_MUN,
 * 4 CVE_LOC, 5 departamento, 6 municipio, 7 fracción, 8 localidad, 9 radio), and at least one leading zero
 * or a length of 5 or more (so a column of small counters `10`…`99` does not pass for province codes).
 * Leading zeros are required as written: `2001` is not read as `02001` here.
 * @internal
 *
 * @example
 * ```ts
 * const s = new TerritoryCodeSniffer([0]);
 * s.add(["02001", "98097"]);
 * s.add(["50007", "1200"]);
 * s.found(); //=> { index: 0, format: "indec-departamento" }
 * ```
 */
export class TerritoryCodeSniffer {
  private readonly state: Array<{
    index: number;
    length: number;
    values: number;
    zero: boolean;
    ok: boolean;
  }>;

  constructor(indexes: readonly number[]) {
    this.state = indexes.map((index) => ({ index, length: -1, values: 0, zero: false, ok: true }));
  }

  /** Reads one row's cells. */
  add(cells: readonly string[]): void {
    for (const s of this.state) {
      if (!s.ok) continue;
      const v = (cells[s.index] ?? "").trim();
      if (v === "") continue;
      if (!DIGITS.test(v) || (s.length !== -1 && v.length !== s.length)) {
        s.ok = false;
        continue;
      }
      s.length = v.length;
      s.values++;
      if (v.charCodeAt(0) === 48) s.zero = true;
    }
  }

  /** The first column whose values were all territorial codes of one format, or `null`. */
  found(): TerritoryColumn | null {
    for (const s of this.state) {
      if (!s.ok || s.values === 0 || !(s.zero || s.length >= 5)) continue;
      const format = TERRITORY_FORMATS.find(
        (f) => f.length === s.length && f.id !== "inegi-cvegeo" && f.level !== "aglomerado",
      );
      if (format) return { index: s.index, format: format.id };
    }
    return null;
  }
}
