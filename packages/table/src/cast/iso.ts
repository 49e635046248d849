import type { PartsMatcher, TemporalParts } from "./temporal-parts";

function d(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

function two(s: string, i: number): number {
  const a = d(s, i);
  const b = d(s, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
}

/**
 * `YYYY-MM-DD` at `i`; returns the index after it or -1. @internal
 * @example
 * ```ts
 * matchIsoDate("x2024-03-12", 1, newParts()); // 11
 * ```
 */
export function matchIsoDate(s: string, i: number, p: TemporalParts): number {
  if (s.length < i + 10 || s.charCodeAt(i + 4) !== 45 || s.charCodeAt(i + 7) !== 45) return -1;
  const y1 = two(s, i);
  const y2 = two(s, i + 2);
  const m = two(s, i + 5);
  const day = two(s, i + 8);
  if (y1 < 0 || y2 < 0 || m < 0 || day < 0) return -1;
  p.year = y1 * 100 + y2;
  p.month = m;
  p.day = day;
  return i + 10;
}

/**
 * `HH:MM[:SS[.f]]` at `i` (seconds required unless `optionalSeconds`); index after it or -1. @internal
 * @example
 * ```ts
 * matchIsoTime("10:30:00Z", 0, newParts()); // 8
 * ```
 */
export function matchIsoTime(s: string, i: number, p: TemporalParts, optionalSeconds = false): number {
  if (s.charCodeAt(i + 2) !== 58) return -1;
  const h = two(s, i);
  const m = two(s, i + 3);
  if (h < 0 || m < 0) return -1;
  p.hour = h;
  p.minute = m;
  let j = i + 5;
  if (s.charCodeAt(j) !== 58) return optionalSeconds ? j : -1;
  const sec = two(s, j + 1);
  if (sec < 0) return -1;
  p.second = sec;
  j += 3;
  const c = s.charCodeAt(j);
  if (c === 46 || c === 44) {
    const start = j + 1;
    j = start;
    while (d(s, j) >= 0) j++;
    if (j === start || j - start > 9) return -1;
    p.fraction = s.slice(start, j);
  }
  return j;
}

/**
 * An optional `Z`, `±HH:MM`, `±HHMM` or `±HH` at `i`; index after it, or -1 when malformed. @internal
 * @example
 * ```ts
 * matchOffset("+01:00", 0, newParts()); // 6 (offset 60)
 * ```
 */
export function matchOffset(s: string, i: number, p: TemporalParts): number {
  const c = s.charCodeAt(i);
  if (c === 90 || c === 122) {
    p.offset = 0;
    p.zulu = true;
    return i + 1;
  }
  if (c !== 43 && c !== 45) return i;
  const h = two(s, i + 1);
  if (h < 0 || h > 23) return -1;
  let j = i + 3;
  let m = 0;
  if (s.charCodeAt(j) === 58) j++;
  if (j < s.length) {
    m = two(s, j);
    if (m < 0 || m > 59) return -1;
    j += 2;
  } else if (s.charCodeAt(j - 1) === 58) return -1;
  const total = h * 60 + m;
  p.offset = c === 45 ? -total : total;
  return j;
}

/** ISO 8601 date `YYYY-MM-DD` (the `default` date format). @internal */
export const isoDate: PartsMatcher = (s, p) => s.length === 10 && matchIsoDate(s, 0, p) === 10;

/** ISO 8601 datetime `YYYY-MM-DDTHH:MM:SS[.f][Z|±HH:MM]` (space or `T`). @internal */
export const isoDateTime: PartsMatcher = (s, p) => {
  let i = matchIsoDate(s, 0, p);
  if (i < 0) return false;
  const sep = s.charCodeAt(i);
  if (sep !== 84 && sep !== 116 && sep !== 32) return false;
  i = matchIsoTime(s, i + 1, p);
  if (i < 0) return false;
  return matchOffset(s, i, p) === s.length;
};

/** ISO 8601 time `HH:MM:SS[.f][Z|±HH:MM]` (the `default` time format). @internal */
export const isoTime: PartsMatcher = (s, p) => {
  const i = matchIsoTime(s, 0, p);
  return i >= 0 && matchOffset(s, i, p) === s.length;
};
