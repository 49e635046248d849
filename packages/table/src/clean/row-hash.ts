import { Decimal } from "../cast/decimal";
import { PlainDate } from "../cast/plain-date";

/**
 * A fixed-size hash of a row's cast values, built without strings: two independent 32-bit hashes
 * (`h1`, `h2`) mixing each cell's type tag and its text or number. Values `valueKey` calls equal hash
 * equal: `1`, `1.0` and `Decimal("1.00")`; `null` and a missing cell. One hasher is reused row after row.
 * A worker of a parallel read hands its own to the checks it runs (`RangeCheckContext.rowHasher`), so
 * values are hashed by the classes that made them.
 *
 * @example
 * ```ts
 * const h = new RowHasher();
 * h.row([1, "Ana"]);
 * const [a, b] = [h.h1, h.h2];
 * h.row([Decimal.from("1.0"), "Ana"]);
 * h.h1 === a && h.h2 === b; //=> true
 * ```
 */
export class RowHasher {
  h1 = 0;
  h2 = 0;
  private readonly float = new Float64Array(1);
  private readonly words = new Uint32Array(this.float.buffer);

  /** Hashes the first `count` values of a row (default all) into `h1`/`h2`. */
  row(values: readonly unknown[], count = values.length): void {
    this.h1 = 0x811c9dc5;
    this.h2 = 0x27d4eb2f;
    for (let i = 0; i < count; i++) this.value(values[i]);
    // Final avalanche, so nearby rows spread over the table.
    let h1 = this.h1;
    let h2 = this.h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    this.h1 = h1 >>> 0;
    this.h2 = h2 >>> 0;
  }

  private mix(code: number): void {
    this.h1 = Math.imul(this.h1 ^ code, 2654435761);
    this.h2 = Math.imul(this.h2 ^ code, 1597334677);
  }

  private text(tag: number, s: string): void {
    let h1 = Math.imul(this.h1 ^ tag, 2654435761);
    let h2 = Math.imul(this.h2 ^ tag, 1597334677);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
    // The length closes the cell: "ab","c" and "a","bc" differ.
    this.mix(s.length | 0x10000000);
  }

  /** A number: integers by their bits (as the integers decimals hold), others by their key's text. */
  private number(x: number): void {
    if (Number.isInteger(x) && Math.abs(x) < 1e15) {
      this.integer(x);
      return;
    }
    this.text(0x6e, Number.isFinite(x) ? Decimal.from(x).toString() : String(x));
  }

  private integer(x: number): void {
    this.mix(0x69);
    // -0 is 0, as its key says.
    this.float[0] = x === 0 ? 0 : x;
    this.mix(this.words[0] as number);
    this.mix(this.words[1] as number);
  }

  private value(v: unknown): void {
    switch (typeof v) {
      case "string":
        this.text(0x73, v);
        return;
      case "number":
        this.number(v);
        return;
      case "boolean":
        this.mix(v ? 0x6231 : 0x6230);
        return;
      case "undefined":
        this.mix(0x7a);
        return;
      case "bigint": {
        const n = Number(v);
        if (Number.isSafeInteger(n)) this.number(n);
        else this.text(0x6e, v.toString());
        return;
      }
      case "object":
        if (v === null) {
          this.mix(0x7a);
          return;
        }
        if (v instanceof Decimal) {
          this.decimal(v);
          return;
        }
        if (v instanceof PlainDate) {
          this.mix(0x64);
          this.mix(v.year);
          this.mix(v.month);
          this.mix(v.day);
          return;
        }
        if (v instanceof Date) {
          this.mix(0x74);
          this.text(0x74, String(v.getTime()));
          return;
        }
        this.text(
          0x6a,
          JSON.stringify(v, (_k, x: unknown) => (typeof x === "bigint" ? x.toString() : x)),
        );
        return;
      default:
        this.text(0x3f, String(v));
        return;
    }
  }

  /**
   * A decimal by its canonical text (`1.50` → `1.5`), or as the integer it is: equal keys hash equal
   * (a hash match is then confirmed on the exact keys).
   */
  private decimal(d: Decimal): void {
    const s = d.toString();
    if (s.length <= 15) {
      let digits = true;
      for (let i = s.charCodeAt(0) === 45 ? 1 : 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 48 || c > 57) {
          digits = false;
          break;
        }
      }
      if (digits && s !== "-" && s.length > 0) {
        this.integer(Number(s));
        return;
      }
    }
    this.text(0x6e, s);
  }
}
