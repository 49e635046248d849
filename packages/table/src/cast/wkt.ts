type Tok = { readonly t: "word" | "num" | "(" | ")" | ","; readonly v: string };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/;
const WORD = /^[A-Za-z]+/;

function tokenize(s: string): Tok[] | null {
  const out: Tok[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i] as string;
    if (c === " " || c === "\t" || c === "\n" || c === "\r") i++;
    else if (c === "(" || c === ")" || c === ",") {
      out.push({ t: c, v: c });
      i++;
    } else {
      const rest = s.slice(i);
      const word = WORD.exec(rest);
      const num = word === null ? NUMBER.exec(rest) : null;
      const m = word ?? num;
      if (m === null) return null;
      out.push({ t: word !== null ? "word" : "num", v: m[0] });
      i += m[0].length;
    }
  }
  return out;
}

const CURVES = ["CIRCULARSTRING", "COMPOUNDCURVE", "LINESTRING"];
const SURFACES = ["POLYGON", "CURVEPOLYGON"];

class Parser {
  i = 0;
  constructor(readonly toks: readonly Tok[]) {}

  peek(): Tok | undefined {
    return this.toks[this.i];
  }
  eat(t: Tok["t"]): boolean {
    if (this.toks[this.i]?.t !== t) return false;
    this.i++;
    return true;
  }
  /** `word` (case-insensitive) if next; consumes it. */
  word(): string | null {
    const tok = this.toks[this.i];
    if (tok?.t !== "word") return null;
    this.i++;
    return tok.v.toUpperCase();
  }
  coord(): boolean {
    let n = 0;
    while (this.peek()?.t === "num") {
      this.i++;
      n++;
    }
    return n >= 2 && n <= 4;
  }
  /** `( item , item … )` */
  list(item: () => boolean): boolean {
    if (!this.eat("(")) return false;
    do {
      if (!item()) return false;
    } while (this.eat(","));
    return this.eat(")");
  }
  emptyOr(item: () => boolean): boolean {
    const tok = this.peek();
    if (tok?.t === "word" && tok.v.toUpperCase() === "EMPTY") {
      this.i++;
      return true;
    }
    return item();
  }
  coords = (): boolean => this.list(() => this.coord());
  rings = (): boolean => this.list(this.coords);
  polygons = (): boolean => this.list(() => this.emptyOr(this.rings));
  tagged(allowed: readonly string[], untagged: () => boolean): boolean {
    const tok = this.peek();
    if (tok?.t === "word") {
      const save = this.i;
      const type = this.word() as string;
      if (!allowed.includes(type)) {
        this.i = save;
        return false;
      }
      return this.body(type);
    }
    return untagged();
  }

  geometry(): boolean {
    let type = this.word();
    if (type === null) return false;
    if (type === "SRID") return false;
    for (const suffix of ["ZM", "Z", "M"]) {
      if (type.endsWith(suffix) && KNOWN.has(type.slice(0, -suffix.length))) {
        type = type.slice(0, -suffix.length);
        break;
      }
    }
    if (!KNOWN.has(type)) return false;
    const dim = this.peek();
    if (dim?.t === "word" && ["Z", "M", "ZM"].includes(dim.v.toUpperCase())) this.i++;
    return this.body(type);
  }

  body(type: string): boolean {
    const tok = this.peek();
    if (tok?.t === "word" && tok.v.toUpperCase() === "EMPTY") {
      this.i++;
      return true;
    }
    switch (type) {
      case "POINT":
        return this.eat("(") && this.coord() && this.eat(")");
      case "LINESTRING":
      case "CIRCULARSTRING":
        return this.coords();
      case "POLYGON":
      case "TRIANGLE":
        return this.rings();
      case "MULTIPOINT":
        return this.list(() =>
          this.emptyOr(() => (this.peek()?.t === "(" ? this.list(() => this.coord()) : this.coord())),
        );
      case "MULTILINESTRING":
        return this.list(() => this.emptyOr(this.coords));
      case "MULTIPOLYGON":
      case "POLYHEDRALSURFACE":
      case "TIN":
        return this.polygons();
      case "GEOMETRYCOLLECTION":
        return this.list(() => this.geometry());
      case "COMPOUNDCURVE":
      case "MULTICURVE":
        return this.list(() => this.tagged(CURVES, this.coords));
      case "CURVEPOLYGON":
        return this.list(() => this.tagged(CURVES, this.coords));
      case "MULTISURFACE":
        return this.list(() => this.tagged(SURFACES, this.rings));
      default:
        return false;
    }
  }
}

const KNOWN = new Set([
  "POINT",
  "LINESTRING",
  "CIRCULARSTRING",
  "POLYGON",
  "TRIANGLE",
  "MULTIPOINT",
  "MULTILINESTRING",
  "MULTIPOLYGON",
  "POLYHEDRALSURFACE",
  "TIN",
  "GEOMETRYCOLLECTION",
  "COMPOUNDCURVE",
  "CURVEPOLYGON",
  "MULTICURVE",
  "MULTISURFACE",
]);

const SRID = /^\s*SRID=\d+;/i;

/**
 * Validates Well-Known Text: a known geometry keyword (optionally `Z`/`M`/`ZM`, `SRID=n;` prefix),
 * `EMPTY` or balanced, correctly nested coordinate lists of 2–4 numbers.
 *
 * @example
 * ```ts
 * isWkt("POINT (30 10)"); // true
 * isWkt("POLYGON ((30 10, 40 40, 20 40, 10 20, 30 10)"); // false: unbalanced
 * ```
 */
export function isWkt(text: string): boolean {
  const toks = tokenize(text.replace(SRID, ""));
  if (toks === null || toks.length === 0) return false;
  const p = new Parser(toks);
  return p.geometry() && p.i === toks.length;
}
