const LITERAL_ESCAPES = new Set([
  ".",
  "-",
  "/",
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  "*",
  "+",
  "?",
  "|",
  "\\",
  "^",
  "$",
]);
const CLASS_ESCAPES = new Set(["-", "]", "[", "\\", "^", "/", "."]);
const SHORTHAND: Readonly<Record<string, string>> = { d: "0-9", w: "A-Za-z0-9_" };

/**
 * A Table Schema `pattern` rewritten in the subset of regular expressions that DuckDB (RE2),
 * PostgreSQL (ARE) and Java read the same way as the in-process runner, or `null` when it uses more
 * (`.`, `\s`, `\b`, Unicode classes, anchors, lazy quantifiers, look-arounds, back-references): such a
 * pattern is then checked in process, never approximated. `\d` and `\w` become explicit ASCII classes.
 *
 * @example
 * ```ts
 * sqlPattern("[A-Z]{4}\\d{6}"); //=> "[A-Z]{4}[0-9]{6}"
 * sqlPattern("a.b"); //=> null
 * ```
 */
export function sqlPattern(pattern: string): string | null {
  let out = "";
  let depth = 0;
  let quantifiable = false;
  // Nothing yet in the current group or alternative (an empty one is refused).
  let empty = true;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === "\\") {
      const piece = escaped(pattern[++i], LITERAL_ESCAPES, false);
      if (piece === null) return null;
      out += piece;
      quantifiable = true;
    } else if (c === "[") {
      const end = classEnd(pattern, i);
      if (end === null) return null;
      const body = classBody(pattern.slice(i + 1, end));
      if (body === null) return null;
      out += `[${body}]`;
      i = end;
      quantifiable = true;
    } else if (c === "(") {
      if (pattern[i + 1] === "?") {
        if (pattern[i + 2] !== ":") return null;
        i += 2;
      }
      out += "(?:";
      depth++;
      quantifiable = false;
      empty = true;
      continue;
    } else if (c === ")") {
      if (depth === 0 || empty) return null;
      depth--;
      out += ")";
      quantifiable = true;
    } else if (c === "|") {
      if (empty) return null;
      out += "|";
      quantifiable = false;
      empty = true;
      continue;
    } else if (c === "*" || c === "+" || c === "?") {
      if (!quantifiable || pattern[i + 1] === "?") return null;
      out += c;
      quantifiable = false;
    } else if (c === "{") {
      const m = /^\{(\d{1,4})(,(\d{0,4}))?\}/.exec(pattern.slice(i));
      if (m === null || !quantifiable || pattern[i + m[0].length] === "?") return null;
      if (m[3] !== undefined && m[3] !== "" && Number(m[3]) < Number(m[1])) return null;
      out += m[0];
      i += m[0].length - 1;
      quantifiable = false;
    } else if (c === "." || c === "^" || c === "$" || c === "]" || c === "}") {
      return null;
    } else {
      if (c.charCodeAt(0) < 32) return null;
      out += c;
      quantifiable = true;
    }
    empty = false;
  }
  return depth === 0 && !empty ? out : null;
}

/** An escape's letter rewritten: `\\d`/`\\w` spelled out (in brackets outside a class), a literal kept escaped, else null. */
function escaped(next: string | undefined, literals: ReadonlySet<string>, inClass: boolean): string | null {
  if (next === undefined) return null;
  const shorthand = Object.hasOwn(SHORTHAND, next) ? SHORTHAND[next] : undefined;
  if (shorthand !== undefined) return inClass ? shorthand : `[${shorthand}]`;
  return literals.has(next) ? `\\${next}` : null;
}

/** Where the class opened at `start` closes (its `]`), or null. */
function classEnd(pattern: string, start: number): number | null {
  for (let i = start + 1; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") i++;
    else if (c === "[") return null;
    else if (c === "]" && i > start + 1) return i;
    else if (c === "]") return null;
  }
  return null;
}

/** A class's body with `\d`/`\w` spelled out, or null for anything the engines read differently. */
function classBody(body: string): string | null {
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c === "\\") {
      const piece = escaped(body[++i], CLASS_ESCAPES, true);
      if (piece === null) return null;
      out += piece;
    } else if (c === "^" && i !== 0) {
      out += "\\^";
    } else if (c.charCodeAt(0) < 32) {
      return null;
    } else out += c;
  }
  if (out === "^" || out === "") return null;
  return out;
}
