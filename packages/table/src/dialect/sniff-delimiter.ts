import { DELIMITER_CANDIDATES } from "./sniff-format";
import { isBlankRecord, splitSample } from "./split";

/** How one candidate delimiter splits the sample. */
export interface DelimiterScore {
  delimiter: string;
  /** Most frequent field count (ties: the larger count). */
  width: number;
  /** Share of non-blank records with `width` fields. */
  consistency: number;
  records: string[][];
}

/** The winning delimiter (or the `,` fallback) and a confidence in [0, 1]. */
export interface DelimiterGuess {
  delimiter: string;
  confidence: number;
  /** Most frequent field count with that delimiter. */
  width: number;
  records: string[][];
  fallback: boolean;
}

const MAX_RECORDS = 500;
const TRUNCATION_SIZE = 64 * 1024;

/**
 * Scores one delimiter by the consistency of quote-aware field counts.
 *
 * @example
 * ```ts
 * scoreDelimiter("a;b\nc;1,5", ";", '"', null).consistency; // 1
 * ```
 */
export function scoreDelimiter(
  sample: string,
  delimiter: string,
  quoteChar: string,
  escapeChar: string | null,
): DelimiterScore {
  const split = splitSample(sample, { delimiter, quoteChar, escapeChar, maxRecords: MAX_RECORDS });
  const records = split.records;
  let counted = records;
  // A long sample that does not end with a line break was probably cut by the decoder.
  if (split.lastUnterminated && sample.length >= TRUNCATION_SIZE && records.length > 2)
    counted = records.slice(0, -1);
  const freq = new Map<number, number>();
  let total = 0;
  for (const record of counted) {
    if (isBlankRecord(record)) continue;
    total++;
    freq.set(record.length, (freq.get(record.length) ?? 0) + 1);
  }
  let width = 0;
  let best = 0;
  for (const [count, times] of freq) {
    if (times > best || (times === best && count > width)) {
      width = count;
      best = times;
    }
  }
  return { delimiter, width, consistency: total === 0 ? 0 : best / total, records };
}

/**
 * Picks the delimiter among `,` `;` tab `|` whose field counts are the most consistent (then the
 * widest); a sample where no candidate gives 2+ fields falls back to `,`.
 *
 * @example
 * ```ts
 * guessDelimiter("nombre;monto\nJuan;1,5", '"', null).delimiter; // ";"
 * ```
 */
export function guessDelimiter(sample: string, quoteChar: string, escapeChar: string | null): DelimiterGuess {
  const scores = DELIMITER_CANDIDATES.map((d) => scoreDelimiter(sample, d, quoteChar, escapeChar))
    .filter((s) => s.width >= 2)
    .sort((a, b) => b.consistency - a.consistency || b.width - a.width);
  const best = scores[0];
  if (best === undefined) {
    const records = splitSample(sample, {
      delimiter: ",",
      quoteChar,
      escapeChar,
      maxRecords: MAX_RECORDS,
    }).records;
    return { delimiter: ",", confidence: records.length > 1 ? 0.5 : 0.3, width: 1, records, fallback: true };
  }
  const second = scores[1]?.consistency ?? 0;
  const margin = Math.min(1, Math.max(0, best.consistency - second) * 2);
  const nonBlank = best.records.filter((r) => !isBlankRecord(r)).length;
  const support = nonBlank >= 3 ? 1 : 0.8;
  const confidence = best.consistency * (0.5 + 0.5 * margin) * support;
  return {
    delimiter: best.delimiter,
    confidence: Math.round(confidence * 100) / 100,
    width: best.width,
    records: best.records,
    fallback: false,
  };
}
