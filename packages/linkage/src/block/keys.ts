import { dictionaryCodes, fieldValues } from "../compare/encode";
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
 * Keys for sets of fields: each field is dictionary-encoded once (and remembered), a set of fields
 * combines them pair by pair through an integer hash table (remembered too: keys are 4 bytes a record).
 */
export class KeyBuilder {
  private readonly memo = new Map<string, Keys>();
  /** Keys of sets of fields already combined (a run counts a rule several times: alone, in the union, to build). */
  private readonly combined = new Map<string, Keys>();

  /** Records on the left (and on the right; the same when deduplicating). */
  get sizes(): [number, number] {
    return [this.left.ids.length, (this.right ?? this.left).ids.length];
  }

  /**
   * `known`: fields already dictionary-encoded on both sides (the comparisons' codes), used as they are
   * instead of being encoded again.
   */
  constructor(
    private readonly left: Records,
    private readonly right: Records | null,
    known?: ReadonlyMap<string, Keys>,
  ) {
    if (known !== undefined) for (const [field, keys] of known) this.memo.set(field, keys);
  }

  /** Keys of records equal on every field of `fields` (sorted, distinct); `remember` false for one-off sets. */
  keys(fields: readonly string[], rule = fields.join(" + "), remember = true): Keys {
    if (fields.length === 0) {
      const left = new Int32Array(this.left.ids.length);
      return { left, right: this.right === null ? left : new Int32Array(this.right.ids.length), size: 1 };
    }
    const id = fields.join("\u0000");
    const known = this.combined.get(id);
    if (known !== undefined) return known;
    let keys = this.field(fields[0] as string, rule);
    for (let f = 1; f < fields.length; f++) keys = combine(keys, this.field(fields[f] as string, rule));
    if (remember && fields.length > 1) this.combined.set(id, keys);
    return keys;
  }

  private field(field: string, rule: string): Keys {
    const known = this.memo.get(field);
    if (known !== undefined) return known;
    const dictionary = new Map<string, number>();
    const encode = (records: Records) => dictionaryCodes(fieldValues(records, field, rule), dictionary);
    const left = encode(this.left);
    const right = this.right === null ? left : encode(this.right);
    const keys = { left, right, size: dictionary.size };
    this.memo.set(field, keys);
    return keys;
  }
}

/** Keys of the pairs (a, b) of two keys, -1 when either is; an open-addressing table gives the codes. */
function combine(a: Keys, b: Keys): Keys {
  const dedupe = a.right === a.left && b.right === b.left;
  const records = a.left.length + (dedupe ? 0 : a.right.length);
  let bits = 4;
  while (1 << bits < records * 2) bits++;
  const capacity = 1 << bits;
  const mask = capacity - 1;
  const shift = 32 - bits;
  const firsts = new Int32Array(capacity).fill(-1);
  const seconds = new Int32Array(capacity);
  const codes = new Int32Array(capacity);
  let size = 0;
  const pair = (x: Int32Array, y: Int32Array): Int32Array => {
    const out = new Int32Array(x.length);
    for (let i = 0; i < x.length; i++) {
      const p = x[i] as number;
      const q = y[i] as number;
      if (p === -1 || q === -1) {
        out[i] = -1;
        continue;
      }
      let slot = Math.imul(p ^ Math.imul(q, 0x85ebca6b), 0x9e3779b1) >>> shift;
      for (;;) {
        const first = firsts[slot] as number;
        if (first === -1) {
          firsts[slot] = p;
          seconds[slot] = q;
          codes[slot] = size;
          out[i] = size++;
          break;
        }
        if (first === p && seconds[slot] === q) {
          out[i] = codes[slot] as number;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    return out;
  };
  const left = pair(a.left, b.left);
  const right = dedupe ? left : pair(a.right, b.right);
  return { left, right, size };
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
