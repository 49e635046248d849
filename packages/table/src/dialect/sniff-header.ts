import { isBlankRecord, nonEmptyCount } from "./split";

type Kind = "number" | "date" | "text";

const DATE = /^\d{1,4}[-/]\d{1,2}[-/]\d{1,4}(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;
const NUMBER = /^[-+]?[$]?\s?\d[\d.,]*(?:[eE][-+]?\d+)?%?$/;
const YEAR = /^(?:1[89]|20)\d{2}$/;
const MAX_DATA_ROWS = 100;
const MAX_TITLE_ROWS = 10;

function kindOf(value: string): Kind {
  if (DATE.test(value)) return "date";
  if (NUMBER.test(value)) return "number";
  return "text";
}

/**
 * Python-`csv.Sniffer`-like vote: does `records[at]` look like a header over the rows below it?
 * Columns whose values are typed (number/date) vote for a text label and against a typed one;
 * text columns vote for a label whose length differs from constant-length values. Unsure → true.
 *
 * @example
 * ```ts
 * detectHeader([["nombre", "edad"], ["Ana", "30"]], 0); // { header: true, sure: true }
 * detectHeader([["1", "2"], ["3", "4"]], 0); // { header: false, sure: true }
 * ```
 */
export function detectHeader(records: readonly string[][], at: number): { header: boolean; sure: boolean } {
  const first = records[at];
  if (first === undefined) return { header: true, sure: false };
  const data: string[][] = [];
  for (let i = at + 1; i < records.length && data.length < MAX_DATA_ROWS; i++) {
    const r = records[i] as string[];
    if (!isBlankRecord(r)) data.push(r);
  }
  if (data.length === 0) return { header: true, sure: false };
  let votes = 0;
  for (let j = 0; j < first.length; j++) {
    const label = (first[j] as string).trim();
    if (label === "") continue;
    const values: string[] = [];
    for (const r of data) {
      const v = r[j]?.trim();
      if (v !== undefined && v !== "") values.push(v);
    }
    if (values.length === 0) continue;
    const labelKind = kindOf(label);
    const counts = { number: 0, date: 0, text: 0 };
    for (const v of values) counts[kindOf(v)]++;
    const typed: Kind | null =
      counts.number >= values.length * 0.9 ? "number" : counts.date >= values.length * 0.9 ? "date" : null;
    if (typed !== null) {
      if (labelKind === "text") votes++;
      else if (YEAR.test(label) && !values.every((v) => YEAR.test(v))) votes++;
      else votes--;
    } else if (labelKind !== "text") {
      votes--;
    } else {
      const len = values[0]?.length ?? 0;
      if (values.every((v) => v.length === len) && label.length !== len) votes++;
    }
  }
  return { header: votes >= 0, sure: votes !== 0 };
}

/**
 * Finds the real header under leading title rows: the first record (within the first 10) with at
 * least `max(2, ⌈width/2⌉)` non-empty cells, mostly text, when every record before it is blank or
 * has at most `max(1, ⌊width/4⌋)` non-empty cells. Returns its 0-based index (0 when no titles).
 *
 * @example
 * ```ts
 * findHeaderIndex([["Ministerio de Salud - Reporte 2024"], [""], ["a", "b"], ["1", "2"]], 2); // 2
 * ```
 */
export function findHeaderIndex(records: readonly string[][], width: number): number {
  if (width < 2) return 0;
  const headerMin = Math.max(2, Math.ceil(width / 2));
  const titleMax = Math.max(1, Math.floor(width / 4));
  const limit = Math.min(records.length, MAX_TITLE_ROWS + 1);
  for (let i = 0; i < limit; i++) {
    const record = records[i] as string[];
    const count = nonEmptyCount(record);
    if (count >= headerMin) return i > 0 && !looksLikeLabels(record) ? 0 : i;
    if (count > titleMax) return 0;
  }
  return 0;
}

/** At least half of the non-empty cells are text (not numbers or dates). */
function looksLikeLabels(record: readonly string[]): boolean {
  let text = 0;
  let filled = 0;
  for (const cell of record) {
    const v = cell.trim();
    if (v === "") continue;
    filled++;
    if (kindOf(v) === "text") text++;
  }
  return text * 2 >= filled;
}
