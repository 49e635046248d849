import { CiudataError, createIssue } from "@ciudata/core";
import type { BlockingRule, Records } from "../types";

/** Blocking keys of every record of both sides in one code space: -1 when a field is missing. */
export interface Keys {
  left: Int32Array;
  /** The same array as `left` when deduplicating one side. */
  right: Int32Array;
  /** Codes run from 0 to `size - 1`. */
  size: number;
}

/** The name people read for a rule: its own, or its fields joined with " + ". */
export function ruleName(rule: BlockingRule): string {
  return rule.name ?? rule.on.join(" + ");
}

/**
 * Keys for sets of fields, memoised: the key of {a, b, c} combines the key of {a, b} with that of c, so
 * the subsets inclusion–exclusion asks for share their work.
 */
export class KeyBuilder {
  private readonly memo = new Map<string, Keys>();

  constructor(
    private readonly left: Records,
    private readonly right: Records | null,
  ) {}

  /** Keys of records equal on every field of `fields` (sorted, distinct). */
  keys(fields: readonly string[], rule = fields.join(" + ")): Keys {
    const id = fields.join("\u0000");
    const known = this.memo.get(id);
    if (known !== undefined) return known;
    let keys: Keys;
    if (fields.length === 0) {
      const left = new Int32Array(this.left.ids.length);
      keys = { left, right: this.right === null ? left : new Int32Array(this.right.ids.length), size: 1 };
    } else if (fields.length === 1) {
      keys = this.field(fields[0] as string, rule);
    } else {
      keys = combine(this.keys(fields.slice(0, -1), rule), this.keys(fields.slice(-1), rule));
    }
    this.memo.set(id, keys);
    return keys;
  }

  private field(field: string, rule: string): Keys {
    const dictionary = new Map<string, number>();
    const encode = (records: Records): Int32Array => {
      const column = records.fields[field];
      if (column === undefined)
        throw new CiudataError([
          createIssue("linkage/unknown-field", {
            note: `no field ${field} in ${records.source}`,
            fieldName: field,
            params: {
              field,
              where: rule,
              file: records.source,
              fields: Object.keys(records.fields).join(", "),
            },
          }),
        ]);
      const codes = new Int32Array(column.length);
      for (let i = 0; i < column.length; i++) {
        const value = column[i];
        if (value === null || value === undefined) {
          codes[i] = -1;
          continue;
        }
        let code = dictionary.get(value);
        if (code === undefined) {
          code = dictionary.size;
          dictionary.set(value, code);
        }
        codes[i] = code;
      }
      return codes;
    };
    const left = encode(this.left);
    const right = this.right === null ? left : encode(this.right);
    return { left, right, size: dictionary.size };
  }
}

function combine(a: Keys, b: Keys): Keys {
  const codes = new Map<number, number>();
  const width = b.size;
  const pair = (x: Int32Array, y: Int32Array): Int32Array => {
    const out = new Int32Array(x.length);
    for (let i = 0; i < x.length; i++) {
      const p = x[i] as number;
      const q = y[i] as number;
      if (p === -1 || q === -1) {
        out[i] = -1;
        continue;
      }
      const key = p * width + q;
      let code = codes.get(key);
      if (code === undefined) {
        code = codes.size;
        codes.set(key, code);
      }
      out[i] = code;
    }
    return out;
  };
  const left = pair(a.left, b.left);
  const right = a.right === a.left && b.right === b.left ? left : pair(a.right, b.right);
  return { left, right, size: codes.size };
}

/** Pairs with equal keys: Σ count_l · count_r over keys, or unordered pairs i < j of one side. */
export function countPairs(keys: Keys): number {
  const left = new Float64Array(keys.size);
  for (const k of keys.left) if (k !== -1) left[k] = (left[k] as number) + 1;
  let total = 0;
  if (keys.right === keys.left) {
    for (const c of left) total += (c * (c - 1)) / 2;
    return total;
  }
  const right = new Float64Array(keys.size);
  for (const k of keys.right) if (k !== -1) right[k] = (right[k] as number) + 1;
  for (let k = 0; k < keys.size; k++) total += (left[k] as number) * (right[k] as number);
  return total;
}
