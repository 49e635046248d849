// Subpath imports: the date-fns barrel loads ~250 modules (~100 ms at startup) for the two we use.
import { isValid } from "date-fns/isValid";
import { parse } from "date-fns/parse";
import { matchOffset } from "./iso";
import { type PartsMatcher, resetParts } from "./temporal-parts";

type Token =
  | { readonly kind: "literal"; readonly code: number }
  | { readonly kind: "space" }
  | { readonly kind: "directive"; readonly d: string };

/** Directives the hand-written matcher handles; any other goes through date-fns. */
const FAST = new Set(["d", "m", "Y", "y", "H", "M", "S", "f", "z", "%"]);

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

function fastMatcher(tokens: readonly Token[]): PartsMatcher {
  const box = { v: 0 };
  return (s, p) => {
    resetParts(p);
    let i = 0;
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
    return i === s.length;
  };
}

const DATE_FNS_TOKENS: Readonly<Record<string, string>> = {
  d: "d",
  m: "M",
  Y: "yyyy",
  y: "yy",
  H: "H",
  I: "h",
  M: "m",
  S: "s",
  f: "SSSSSS",
  p: "a",
  b: "MMM",
  B: "MMMM",
  h: "MMM",
  a: "EEE",
  A: "EEEE",
  j: "DDD",
  z: "XXX",
};

/**
 * `%d de %B` ⇒ date-fns `d' de 'MMMM`; `null` for directives date-fns cannot express.
 * @example
 * ```ts
 * strptimeToDateFns("%d de %B"); // "d' de 'MMMM"
 * ```
 */
export function strptimeToDateFns(pattern: string): string | null {
  const tokens = tokenize(pattern);
  if (tokens === null) return null;
  let out = "";
  let literal = "";
  const flush = () => {
    if (literal !== "") out += `'${literal.replaceAll("'", "''")}'`;
    literal = "";
  };
  for (const t of tokens) {
    if (t.kind === "directive") {
      const tok = DATE_FNS_TOKENS[t.d];
      if (tok === undefined) return null;
      flush();
      out += tok;
    } else literal += t.kind === "space" ? " " : String.fromCharCode(t.code);
  }
  flush();
  return out;
}

function dateFnsMatcher(pattern: string): PartsMatcher {
  const format = strptimeToDateFns(pattern);
  if (format === null) return () => false;
  const hasZone = pattern.includes("%z");
  const reference = new Date(1900, 0, 1);
  const options = { useAdditionalDayOfYearTokens: true } as const;
  return (s, p) => {
    resetParts(p);
    if (s.length === 0 || isSpaceCode(s.charCodeAt(s.length - 1))) return false;
    const date = parse(s, format, reference, options);
    if (!isValid(date)) return false;
    if (hasZone) {
      p.year = date.getUTCFullYear();
      p.month = date.getUTCMonth() + 1;
      p.day = date.getUTCDate();
      p.hour = date.getUTCHours();
      p.minute = date.getUTCMinutes();
      p.second = date.getUTCSeconds();
      p.offset = 0;
    } else {
      p.year = date.getFullYear();
      p.month = date.getMonth() + 1;
      p.day = date.getDate();
      p.hour = date.getHours();
      p.minute = date.getMinutes();
      p.second = date.getSeconds();
    }
    const ms = date.getMilliseconds();
    p.fraction = ms === 0 ? "" : String(ms).padStart(3, "0");
    return true;
  };
}

/**
 * Compiles a Python/C strptime pattern (`%d/%m/%Y`, `%Y-%m-%d %H:%M:%S`, `%H:%M`) once into a
 * whole-cell matcher. Numeric directives use a hand-written matcher (no regex, no allocation);
 * others (`%b`, `%p`, `%j`…) are translated to date-fns tokens and parsed strictly.
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
  const fast = tokens.every((t) => t.kind !== "directive" || FAST.has(t.d));
  return fast ? fastMatcher(tokens) : dateFnsMatcher(pattern);
}
