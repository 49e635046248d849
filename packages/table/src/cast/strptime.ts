import { matchOffset } from "./iso";
import { daysInMonth, type PartsMatcher, resetParts } from "./temporal-parts";

type Token =
  | { readonly kind: "literal"; readonly code: number }
  | { readonly kind: "space" }
  | { readonly kind: "directive"; readonly d: string };

/** Directives the matcher reads, as Python's `strptime` does in the C locale; any other never matches. */
const KNOWN = new Set(["d", "m", "Y", "y", "H", "I", "M", "S", "f", "z", "p", "b", "h", "B", "a", "A", "j"]);

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const MONTHS_SHORT = MONTHS.map((m) => m.slice(0, 3));
const DAYS_SHORT = DAYS.map((d) => d.slice(0, 3));

/** The index of the name in `names` that `s` has at `i` (case-insensitive), the longest first; -1. */
function readName(s: string, i: number, names: readonly string[], out: { v: number }): number {
  let best = -1;
  let length = 0;
  for (let k = 0; k < names.length; k++) {
    const name = names[k] as string;
    if (name.length <= length) continue;
    let j = 0;
    while (j < name.length && lower(s.charCodeAt(i + j)) === name.charCodeAt(j)) j++;
    if (j === name.length) {
      best = k;
      length = j;
    }
  }
  if (best < 0) return -1;
  out.v = best;
  return i + length;
}

/** Reads 1–3 digits of a day of the year (1–366), the longest that fits. */
function readDayOfYear(s: string, i: number, out: { v: number }): number {
  let v = 0;
  let k = 0;
  while (k < 3) {
    const c = s.charCodeAt(i + k) - 48;
    if (c < 0 || c > 9 || v * 10 + c > 366) break;
    v = v * 10 + c;
    k++;
  }
  if (k === 0 || v === 0) return -1;
  out.v = v;
  return i + k;
}

function tokenize(pattern: string): Token[] | null {
  const tokens: Token[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    if (c === 37) {
      const d = pattern[i + 1];
      if (d === undefined) return null;
      i++;
      tokens.push(d === "%" ? { kind: "literal", code: 37 } : { kind: "directive", d });
    } else if (c === 32 || c === 9 || c === 10 || c === 13) {
      if (tokens.at(-1)?.kind !== "space") tokens.push({ kind: "space" });
    } else tokens.push({ kind: "literal", code: c });
  }
  return tokens;
}

function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Reads 1–2 digits (2 when they form a value ≤ max), like Python's strptime alternations. */
function readUpTo2(s: string, i: number, min: number, max: number, out: { v: number }): number {
  const a = s.charCodeAt(i) - 48;
  if (a < 0 || a > 9) return -1;
  const b = s.charCodeAt(i + 1) - 48;
  if (b >= 0 && b <= 9) {
    const v = a * 10 + b;
    if (v >= min && v <= max) {
      out.v = v;
      return i + 2;
    }
  }
  if (a < min || a > max) return -1;
  out.v = a;
  return i + 1;
}

function readExactly(s: string, i: number, n: number, out: { v: number }): number {
  let v = 0;
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(i + k) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  out.v = v;
  return i + n;
}

function matcher(tokens: readonly Token[]): PartsMatcher {
  const box = { v: 0 };
  return (s, p) => {
    resetParts(p);
    let i = 0;
    // %I and %p are combined at the end, as Python does (12 AM is 0 h, a bare %I of 12 too).
    let twelve = -1;
    let pm = -1;
    let dayOfYear = -1;
    for (const t of tokens) {
      if (t.kind === "literal") {
        if (lower(s.charCodeAt(i)) !== lower(t.code)) return false;
        i++;
      } else if (t.kind === "space") {
        if (!isSpaceCode(s.charCodeAt(i))) return false;
        while (isSpaceCode(s.charCodeAt(i))) i++;
      } else {
        switch (t.d) {
          case "d":
            i = readUpTo2(s, i, 1, 31, box);
            p.day = box.v;
            break;
          case "m":
            i = readUpTo2(s, i, 1, 12, box);
            p.month = box.v;
            break;
          case "Y":
            i = readExactly(s, i, 4, box);
            p.year = box.v;
            break;
          case "y":
            i = readExactly(s, i, 2, box);
            p.year = box.v < 69 ? 2000 + box.v : 1900 + box.v;
            break;
          case "H":
            i = readUpTo2(s, i, 0, 23, box);
            p.hour = box.v;
            break;
          case "I":
            i = readUpTo2(s, i, 1, 12, box);
            twelve = box.v;
            break;
          case "p":
            i = readName(s, i, AM_PM, box);
            pm = box.v;
            break;
          case "b":
          case "h":
            i = readName(s, i, MONTHS_SHORT, box);
            p.month = box.v + 1;
            break;
          case "B":
            i = readName(s, i, MONTHS, box);
            p.month = box.v + 1;
            break;
          case "a":
            i = readName(s, i, DAYS_SHORT, box);
            break;
          case "A":
            i = readName(s, i, DAYS, box);
            break;
          case "j":
            i = readDayOfYear(s, i, box);
            dayOfYear = box.v;
            break;
          case "M":
            i = readUpTo2(s, i, 0, 59, box);
            p.minute = box.v;
            break;
          case "S":
            i = readUpTo2(s, i, 0, 61, box);
            p.second = box.v;
            break;
          case "f": {
            const start = i;
            while (i - start < 6 && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
            if (i === start) return false;
            p.fraction = s.slice(start, i);
            break;
          }
          default: {
            const c = s.charCodeAt(i);
            if (c !== 43 && c !== 45 && c !== 90) return false;
            i = matchOffset(s, i, p);
          }
        }
        if (i < 0) return false;
      }
    }
    if (i !== s.length) return false;
    if (twelve >= 0) p.hour = pm === 1 ? (twelve === 12 ? 12 : twelve + 12) : twelve === 12 ? 0 : twelve;
    if (dayOfYear >= 0) {
      // The day of the year sets month and day (366 only in a leap year).
      let day = dayOfYear;
      let month = 1;
      while (month <= 12 && day > daysInMonth(p.year, month)) day -= daysInMonth(p.year, month++);
      if (month > 12) return false;
      p.month = month;
      p.day = day;
    }
    return true;
  };
}

const AM_PM = ["am", "pm"];

/**
 * Compiles a Python/C strptime pattern (`%d/%m/%Y`, `%Y-%m-%d %H:%M:%S`, `%H:%M`) once into a
 * whole-cell matcher, without regex or allocation: numbers (`%d %m %Y %y %H %I %M %S %f %j`), the
 * offset `%z`, and English names as Python's C locale (`%b %h %B %a %A %p`, any case). A pattern
 * with another directive matches nothing.
 * Impossible dates are rejected by the caller (see `validParts`).
 *
 * @example
 * ```ts
 * const match = compileStrptime("%d/%m/%Y");
 * const parts = newParts();
 * match("12/03/2024", parts); // true, parts.day === 12, parts.month === 3
 * ```
 */
export function compileStrptime(pattern: string): PartsMatcher {
  const tokens = tokenize(pattern);
  if (tokens === null) return () => false;
  if (!tokens.every((t) => t.kind !== "directive" || KNOWN.has(t.d))) return () => false;
  return matcher(tokens);
}
