import { CiudataError } from "@ciudata/core";
import { RE2JS } from "re2js";
import { type TableError, tableError } from "../report/error";

/**
 * Regular expressions written by users (schemas, profiles, code lists) run here, never as a bare
 * `RegExp`: a pattern whose backtracking a static check proves bounded runs on the native engine
 * (as fast as before); any other runs on RE2 (`re2js`, linear time, browser-safe), translated
 * from JavaScript syntax. A pattern neither can run (a backreference or a lookaround that could
 * backtrack) is refused with a {@link PatternProblem}.
 */

/** How a pattern is matched. */
export interface PatternOptions {
  /** JavaScript flags: `i` (ignore case), `m` (multiline), `s` (dot matches newlines); `u` is implied. */
  readonly flags?: string;
  /** `true` (the default, as Table Schema and XML Schema): the pattern must match the whole value. */
  readonly anchored?: boolean;
}

/** A compiled user pattern: safe to run on any value. */
export interface SafePattern {
  /** Whether the value matches (the whole value when anchored). */
  test(value: string): boolean;
  /** `native` when a static check proved the native engine cannot backtrack catastrophically, else `re2`. */
  readonly engine: "native" | "re2";
}

/** Why a pattern cannot run. */
export type PatternProblemReason = "invalid" | "backreference" | "lookaround" | "unsupported" | "too-large";

/** A pattern refused: why, and the piece of it at fault. */
export interface PatternProblem {
  readonly reason: PatternProblemReason;
  /** The construct at fault (`\1`, `(?=`), a piece of the pattern; empty when only the engine could say. */
  readonly detail: string;
  /** The engine's own words (English), for logs and the error's `note` only, never for the message. */
  readonly engine?: string;
}

/** Over this product of choices (alternatives × repetition ranges) the native engine is not trusted. */
const NATIVE_WORK_LIMIT = 10_000;
/** With one unbounded repetition, or searching anywhere in the value, the work is multiplied by its length. */
const NATIVE_WORK_LIMIT_PER_CHAR = 100;
/** Past this many atoms with repetitions written out, RE2 takes too long to compile the pattern. */
const RE2_MAX_SIZE = 200_000;
const CAP = Number.MAX_SAFE_INTEGER;
const mul = (a: number, b: number) => Math.min(CAP, a * b);

/** JavaScript's `\s`, spelled for RE2 (whose `\s` is ASCII only). */
const JS_SPACE =
  "\\t\\n\\x{0B}\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}";
/** What JavaScript's `.` does not match without the `s` flag. */
const JS_LINE_END = "\\n\\r\\x{2028}\\x{2029}";
const ANY_CHAR = "\\x{0}-\\x{10FFFF}";

/** Long Unicode general category names (JavaScript) → the short ones RE2 knows. */
const CATEGORIES: Readonly<Record<string, string>> = {
  Letter: "L",
  Uppercase_Letter: "Lu",
  Lowercase_Letter: "Ll",
  Titlecase_Letter: "Lt",
  Modifier_Letter: "Lm",
  Other_Letter: "Lo",
  Mark: "M",
  Combining_Mark: "M",
  Nonspacing_Mark: "Mn",
  Spacing_Mark: "Mc",
  Enclosing_Mark: "Me",
  Number: "N",
  Decimal_Number: "Nd",
  digit: "Nd",
  Letter_Number: "Nl",
  Other_Number: "No",
  Punctuation: "P",
  punct: "P",
  Connector_Punctuation: "Pc",
  Dash_Punctuation: "Pd",
  Open_Punctuation: "Ps",
  Close_Punctuation: "Pe",
  Initial_Punctuation: "Pi",
  Final_Punctuation: "Pf",
  Other_Punctuation: "Po",
  Symbol: "S",
  Math_Symbol: "Sm",
  Currency_Symbol: "Sc",
  Modifier_Symbol: "Sk",
  Other_Symbol: "So",
  Separator: "Z",
  Space_Separator: "Zs",
  Line_Separator: "Zl",
  Paragraph_Separator: "Zp",
  Other: "C",
  Control: "Cc",
  cntrl: "Cc",
  Format: "Cf",
  Surrogate: "Cs",
  Private_Use: "Co",
};

/** What one alternative (or a closed group) can cost the native engine. */
interface Cost {
  /** Product of the choices inside (repetition ranges, alternatives of nested groups). */
  work: number;
  /** Unbounded repetitions inside. */
  unbounded: number;
  /** A repetition of something that is not one character or a fixed sequence (`(a+)+`, `(a|b)*`). */
  nested: boolean;
  /** Characters the longest path consumes (bounded repetitions expanded). */
  width: number;
  /** Atoms once RE2 has expanded the bounded repetitions (its program grows with it). */
  size: number;
}

/** An open group: the alternative being read and what the closed ones add up to. */
interface Frame {
  branch: Cost;
  closed: Cost | null;
}

interface Scan {
  /** The pattern in RE2 syntax (meaningless when `re2Problem` is set). */
  re2: string;
  re2Problem: PatternProblem | null;
  top: Cost;
  startAnchored: boolean;
  /** Backreferences: each can cost as much as the group it repeats. */
  backreferences: number;
}

type Quantifier = { min: number; max: number; length: number };

function readQuantifier(src: string, i: number): Quantifier | null {
  const ch = src[i];
  let q: Quantifier | null = null;
  if (ch === "*") q = { min: 0, max: Number.POSITIVE_INFINITY, length: 1 };
  else if (ch === "+") q = { min: 1, max: Number.POSITIVE_INFINITY, length: 1 };
  else if (ch === "?") q = { min: 0, max: 1, length: 1 };
  else if (ch === "{") {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i, i + 24));
    if (m === null) return null;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === "" ? Number.POSITIVE_INFINITY : Number(m[3]);
    q = { min, max, length: m[0].length };
  }
  if (q !== null && src[i + q.length] === "?") q.length++;
  return q;
}

const none = (): Cost => ({ work: 1, unbounded: 0, nested: false, width: 0, size: 0 });
const newFrame = (): Frame => ({ branch: none(), closed: null });

/** Alternatives are tried in turn: their work adds up. */
function either(a: Cost | null, b: Cost): Cost {
  if (a === null) return b;
  return {
    work: Math.min(CAP, a.work + b.work),
    unbounded: a.unbounded + b.unbounded,
    nested: a.nested || b.nested,
    width: Math.max(a.width, b.width),
    size: Math.min(CAP, a.size + b.size),
  };
}

const hex = (code: number) => `\\x{${code.toString(16).toUpperCase()}}`;

interface Escape {
  text: string;
  length: number;
  kind: "char" | "assertion";
  problem?: PatternProblem;
}

function unicodeProperty(src: string, i: number, inClass: boolean): Escape {
  const negated = src[i + 1] === "P";
  const close = src.indexOf("}", i);
  const body = src[i + 2] === "{" && close > 0 ? src.slice(i + 3, close) : "";
  const length = close > 0 ? close - i + 1 : 2;
  const [key, value] = body.includes("=") ? body.split("=", 2) : [undefined, body];
  const unsupported = (): Escape => ({
    text: "",
    length,
    kind: "char",
    problem: { reason: "unsupported", detail: src.slice(i, i + length) },
  });
  if (value === undefined || value === "" || key === "Script_Extensions" || key === "scx")
    return unsupported();
  if (key === undefined && value === "ASCII") {
    if (negated && inClass) return unsupported();
    const range = "\\x{0}-\\x{7F}";
    return { text: inClass ? range : `[${negated ? "^" : ""}${range}]`, length, kind: "char" };
  }
  const name = CATEGORIES[value] ?? value;
  if (key !== undefined && !["General_Category", "gc", "Script", "sc"].includes(key)) return unsupported();
  return { text: `\\${negated ? "P" : "p"}{${name}}`, length, kind: "char" };
}

/** One escape (`src[i]` is the backslash), translated to RE2. */
function readEscape(src: string, i: number, inClass: boolean, unicode: boolean): Escape {
  const next = src[i + 1] ?? "";
  const simple = (text: string, kind: Escape["kind"] = "char"): Escape => ({ text, length: 2, kind });
  switch (next) {
    case "d":
    case "D":
    case "w":
    case "W":
    case "n":
    case "r":
    case "t":
    case "f":
      return simple(`\\${next}`);
    case "v":
      return simple("\\x{0B}");
    case "s":
      return simple(inClass ? JS_SPACE : `[${JS_SPACE}]`);
    case "S":
      return inClass
        ? { ...simple(""), problem: { reason: "unsupported", detail: "\\S" } }
        : simple(`[^${JS_SPACE}]`);
    case "b":
      return inClass ? simple("\\x{8}") : simple("\\b", "assertion");
    case "B":
      return simple("\\B", "assertion");
    case "0":
      return /[0-9]/.test(src[i + 2] ?? "")
        ? { ...simple(""), problem: { reason: "unsupported", detail: src.slice(i, i + 3) } }
        : simple("\\x{0}");
    case "k":
      if (src[i + 2] === "<" || unicode) {
        const end = src.indexOf(">", i);
        const detail = end > 0 ? src.slice(i, end + 1) : "\\k";
        return {
          text: "",
          length: detail.length,
          kind: "char",
          problem: { reason: "backreference", detail },
        };
      }
      return simple("k");
    case "c": {
      const letter = src[i + 2] ?? "";
      if (/[A-Za-z]/.test(letter)) return { text: hex(letter.charCodeAt(0) % 32), length: 3, kind: "char" };
      return { ...simple(""), problem: { reason: "unsupported", detail: "\\c" } };
    }
    case "x":
      return { text: `\\x${src.slice(i + 2, i + 4)}`, length: 4, kind: "char" };
    case "u": {
      const braced = /^\{([0-9A-Fa-f]+)\}/.exec(src.slice(i + 2, i + 12));
      if (unicode && braced?.[1] !== undefined)
        return { text: hex(Number.parseInt(braced[1], 16)), length: braced[0].length + 2, kind: "char" };
      const four = /^[0-9A-Fa-f]{4}/.exec(src.slice(i + 2, i + 6));
      if (four === null) return simple("u");
      const code = Number.parseInt(four[0], 16);
      const low = /^\\u([Dd][C-Fc-f][0-9A-Fa-f]{2})/.exec(src.slice(i + 6, i + 12));
      if (code >= 0xd800 && code <= 0xdbff && low?.[1] !== undefined) {
        const pair = (code - 0xd800) * 0x400 + (Number.parseInt(low[1], 16) - 0xdc00) + 0x10000;
        return { text: hex(pair), length: 12, kind: "char" };
      }
      return { text: hex(code), length: 6, kind: "char" };
    }
    case "p":
    case "P":
      return unicode ? unicodeProperty(src, i, inClass) : simple(next);
    default:
      if (/[1-9]/.test(next)) {
        const digits = /^[0-9]+/.exec(src.slice(i + 1))?.[0] ?? next;
        return {
          text: "",
          length: digits.length + 1,
          kind: "char",
          problem: { reason: "backreference", detail: `\\${digits}` },
        };
      }
      // Escaped punctuation stays escaped; an escaped letter (only without `u`) is the letter.
      if (/[!-/:-@[-`{-~]/.test(next)) return simple(`\\${next}`);
      return { text: next, length: 1 + next.length, kind: "char" };
  }
}

/** A character class (`src[i]` is `[`), translated to RE2. */
function charClass(src: string, i: number, unicode: boolean): Escape {
  let j = i + 1;
  const negated = src[j] === "^";
  if (negated) j++;
  if (src[j] === "]")
    return { text: negated ? `[${ANY_CHAR}]` : `[^${ANY_CHAR}]`, length: j + 1 - i, kind: "char" };
  let body = "";
  let problem: PatternProblem | undefined;
  while (j < src.length && src[j] !== "]") {
    const ch = src[j] as string;
    if (ch === "\\") {
      const e = readEscape(src, j, true, unicode);
      problem ??= e.problem;
      body += e.text;
      j += e.length;
    } else {
      body += ch === "[" ? "\\[" : ch;
      j++;
    }
  }
  return {
    text: `[${negated ? "^" : ""}${body}]`,
    length: j + 1 - i,
    kind: "char",
    ...(problem ? { problem } : {}),
  };
}

/** Reads a pattern once: its RE2 spelling and how much backtracking it can cause natively. */
function scan(src: string, unicode: boolean, dotAll: boolean): Scan {
  let re2 = "";
  let re2Problem: PatternProblem | null = null;
  let backreferences = 0;
  const stack: Frame[] = [newFrame()];
  const frame = () => stack[stack.length - 1] as Frame;
  /** Adds an atom (a character, or a closed group) with its optional repetition to the open branch. */
  const add = (atom: Cost, q: Quantifier | null) => {
    const f = frame().branch;
    if (q === null) {
      f.work = mul(f.work, atom.work);
      f.unbounded += atom.unbounded;
      f.nested ||= atom.nested;
      f.width = Math.min(CAP, f.width + atom.width);
      f.size = Math.min(CAP, f.size + atom.size);
      return;
    }
    const fixed = atom.work === 1 && atom.unbounded === 0 && !atom.nested;
    if (q.max === Number.POSITIVE_INFINITY) {
      if (!fixed) f.nested = true;
      f.unbounded++;
      f.width = Math.min(CAP, f.width + mul(atom.width, Math.max(1, q.min)));
      f.size = Math.min(CAP, f.size + mul(atom.size, Math.max(1, q.min)));
    } else {
      if (atom.unbounded > 0 && q.max > 1) f.nested = true;
      f.unbounded += atom.unbounded;
      f.nested ||= atom.nested;
      let work = 1;
      for (let k = 0; k < q.max && work < CAP; k++) work = mul(work, atom.work);
      f.work = mul(f.work, mul(work, q.max - q.min + 1));
      f.width = Math.min(CAP, f.width + mul(atom.width, q.max));
      f.size = Math.min(CAP, f.size + mul(atom.size, Math.max(1, q.max)));
    }
    // RE2 repeats at most 1000 times.
    if (Math.max(q.min, q.max === Number.POSITIVE_INFINITY ? 0 : q.max) > 1000)
      re2Problem ??= { reason: "unsupported", detail: `{${q.min},${q.max}}` };
  };
  const single = (): Cost => ({ ...none(), width: 1, size: 1 });
  const quantifierAt = (at: number): Quantifier | null => readQuantifier(src, at);
  let i = 0;
  while (i < src.length) {
    const ch = src[i] as string;
    if (ch === "\\" || ch === "[") {
      const e = ch === "\\" ? readEscape(src, i, false, unicode) : charClass(src, i, unicode);
      re2Problem ??= e.problem ?? null;
      if (e.problem?.reason === "backreference") backreferences++;
      i += e.length;
      const q = e.kind === "char" ? quantifierAt(i) : null;
      re2 += e.text + (q ? src.slice(i, i + q.length) : "");
      if (q) i += q.length;
      add(e.kind === "char" ? single() : none(), q);
      continue;
    }
    if (ch === "(") {
      let open = "(?:";
      let length = 1;
      const look = /^\(\?<?[=!]/.exec(src.slice(i, i + 4));
      if (look !== null) {
        re2Problem ??= { reason: "lookaround", detail: look[0] };
        length = look[0].length;
      } else if (src.startsWith("(?<", i)) {
        const end = src.indexOf(">", i);
        length = end > 0 ? end - i + 1 : 3;
      } else if (src.startsWith("(?", i)) {
        const m = /^\(\?[a-zA-Z-]*:/.exec(src.slice(i, i + 12));
        open = m?.[0] ?? "(?:";
        length = m?.[0].length ?? 2;
      }
      re2 += open;
      i += length;
      stack.push(newFrame());
      continue;
    }
    if (ch === "|") {
      const f = frame();
      f.closed = either(f.closed, f.branch);
      f.branch = none();
      re2 += "|";
      i++;
      continue;
    }
    if (ch === ")" && stack.length > 1) {
      const f = stack.pop() as Frame;
      const group = either(f.closed, f.branch);
      i++;
      const q = quantifierAt(i);
      re2 += `)${q ? src.slice(i, i + q.length) : ""}`;
      if (q) i += q.length;
      add(group, q);
      continue;
    }
    if (ch === ".") {
      i++;
      const q = quantifierAt(i);
      re2 += (dotAll ? `[${ANY_CHAR}]` : `[^${JS_LINE_END}]`) + (q ? src.slice(i, i + q.length) : "");
      if (q) i += q.length;
      add(single(), q);
      continue;
    }
    if (ch === "^" || ch === "$") {
      re2 += ch;
      i++;
      continue;
    }
    // A literal character (a whole surrogate pair), or `{`, `}`, `]`, `)` standing for themselves.
    const text = String.fromCodePoint(src.codePointAt(i) ?? 0);
    i += text.length;
    const q = quantifierAt(i);
    re2 += ("{}])".includes(ch) ? `\\${ch}` : text) + (q ? src.slice(i, i + q.length) : "");
    if (q) i += q.length;
    add(single(), q);
  }
  // An unclosed group cannot happen: the native engine refused the pattern first.
  const top = stack[0] as Frame;
  return {
    re2,
    re2Problem,
    top: either(top.closed, top.branch),
    startAnchored: src.startsWith("^") && top.closed === null,
    backreferences,
  };
}

/** Whether the native engine provably does a bounded amount of work per character of the value. */
function nativeIsSafe(s: Scan, anchored: boolean): boolean {
  const { top } = s;
  if (top.nested) return false;
  // A backreference after an unbounded repetition can cost the value's length on every try.
  if (s.backreferences > 0 && top.unbounded > 0) return false;
  const atStart = anchored || s.startAnchored;
  const perChar = top.unbounded > 0 || !atStart;
  if (top.unbounded > (atStart ? 1 : 0)) return false;
  // Each path the engine can try costs at most `width` steps (plus the value's length once).
  const work = mul(top.work, mul(Math.max(1, top.width), s.backreferences + 1));
  return work <= (perChar ? NATIVE_WORK_LIMIT_PER_CHAR : NATIVE_WORK_LIMIT);
}

type Compiled = SafePattern | PatternProblem;
const cache = new Map<string, Compiled>();
const CACHE_LIMIT = 512;

function nativeRegExp(
  source: string,
  anchored: boolean,
  flags: string,
): { re: RegExp; unicode: boolean } | null {
  const body = anchored ? `^(?:${source})$` : source;
  for (const u of ["u", ""]) {
    try {
      return { re: new RegExp(body, flags + u), unicode: u === "u" };
    } catch {
      // try without the unicode flag, as a plain JavaScript pattern
    }
  }
  return null;
}

function build(source: string, anchored: boolean, flags: string): Compiled {
  const js = flags.replace(/[^ims]/g, "");
  const native = nativeRegExp(source, anchored, js);
  if (native === null) {
    let engine = "";
    try {
      new RegExp(source, `${js}u`);
    } catch (e) {
      engine = e instanceof Error ? e.message : String(e);
    }
    return { reason: "invalid", detail: "", engine };
  }
  const s = scan(source, native.unicode, js.includes("s"));
  if (nativeIsSafe(s, anchored)) {
    const re = native.re;
    return { engine: "native", test: (value) => re.test(value) };
  }
  if (s.re2Problem !== null) return s.re2Problem;
  // RE2 writes bounded repetitions out: `a{1000}` repeated a thousand times takes seconds to compile.
  if (s.top.size > RE2_MAX_SIZE) return { reason: "too-large", detail: `${s.top.size} > ${RE2_MAX_SIZE}` };
  let re2: RE2JS;
  try {
    re2 = RE2JS.compile(
      s.re2,
      (js.includes("i") ? RE2JS.CASE_INSENSITIVE : 0) | (js.includes("m") ? RE2JS.MULTILINE : 0),
    );
  } catch (e) {
    return { reason: "unsupported", detail: "", engine: e instanceof Error ? e.message : String(e) };
  }
  return anchored
    ? { engine: "re2", test: (value) => re2.testExact(value) }
    : { engine: "re2", test: (value) => re2.test(value) };
}

function lookup(source: string, options: PatternOptions): Compiled {
  const anchored = options.anchored ?? true;
  // Only i, m and s change a match (u is implied): one cache entry per pattern, whatever else is passed.
  const flags = (options.flags ?? "").replace(/[^ims]/g, "");
  const key = `${anchored ? "a" : "s"}${flags}\u0000${source}`;
  let hit = cache.get(key);
  if (hit === undefined) {
    hit = build(source, anchored, flags);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, hit);
  }
  return hit;
}

const isProblem = (c: Compiled): c is PatternProblem => "reason" in c;

/**
 * Why a user pattern cannot run, or `null` when it can ({@link compilePattern} will accept it).
 *
 * @example
 * ```ts
 * patternProblem("(a)\\1"); // { reason: "backreference", detail: "\\1" }
 * patternProblem("(a+)+$"); // null: runs on the linear-time engine
 * ```
 */
export function patternProblem(source: string, options: PatternOptions = {}): PatternProblem | null {
  const c = lookup(source, options);
  return isProblem(c) ? c : null;
}

/**
 * Compiles a user pattern (JavaScript syntax, XML-Schema whole-value matching by default) to a
 * matcher that runs in time linear in the value, whatever the pattern. Throws a
 * {@link CiudataError} with a `pattern-error` when the pattern cannot run (see {@link patternProblem}).
 *
 * @example
 * ```ts
 * compilePattern("[0-9]{2}-[0-9]{8}-[0-9]").test("20-12345678-9"); // true
 * compilePattern("(a+)+").test(`${"a".repeat(5000)}!`); // false, at once
 * compilePattern("\\d{4}", { anchored: false }).test("CP 1414"); // true
 * ```
 */
export function compilePattern(source: string, options: PatternOptions = {}): SafePattern {
  const c = lookup(source, options);
  if (isProblem(c)) throw new CiudataError([patternError(source, c)]);
  return c;
}

/**
 * The located error for a refused pattern: `params { pattern, reason, detail, path, field }`,
 * worded per language (why, and what to do) by the report.
 *
 * @example
 * ```ts
 * patternError("(a)\\1", { reason: "backreference", detail: "\\1" }, { path: "fields[0].constraints.pattern", field: "codigo" });
 * ```
 */
export function patternError(
  source: string,
  problem: PatternProblem,
  where: { path?: string; field?: string } = {},
): TableError {
  const shown = source.length > 80 ? `${source.slice(0, 77)}…` : source;
  return tableError("pattern-error", {
    ...(where.field === undefined ? {} : { fieldName: where.field }),
    params: {
      path: where.path ?? "",
      pattern: shown,
      reason: problem.reason,
      detail: problem.detail.length > 80 ? `${problem.detail.slice(0, 77)}…` : problem.detail,
    },
    note: `${where.path || "pattern"}: ${problem.reason} (${problem.engine ?? problem.detail}) in /${shown}/`,
  });
}
