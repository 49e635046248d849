import { dictionaryCodes, fieldValues, StringDictionary } from "../compare/encode";
import type { BlockingRule, Records } from "../types";

/** Blocking keys of every record of both sides in one code space: -1 when a field is missing. */
export interface Keys {
  left: Int32Array;
  /** The same array as `left` when deduplicating one side. */
  right: Int32Array;
  /** Codes run from 0 to `size - 1`. */
  size: number;
  /** The value of each code, when the keys are one field's dictionary. */
  values?: readonly string[];
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
   * `known`: a field's codes when they are already made on both sides (the comparisons' codes, copied
   * out of the comparer's tables on each call), used instead of encoding the field again.
   */
  constructor(
    private readonly left: Records,
    private readonly right: Records | null,
    private readonly known?: (field: string) => Keys | undefined,
  ) {}

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
    const memo = this.memo.get(field);
    if (memo !== undefined) return memo;
    // Codes already made (the comparisons'): asked for each time, not kept a second time.
    const known = this.known?.(field);
    if (known !== undefined) return known;
    const dictionary = new StringDictionary();
    const values = dictionary.values;
    const encode = (records: Records) => dictionaryCodes(fieldValues(records, field, rule), dictionary);
    const left = encode(this.left);
    const right = this.right === null ? left : encode(this.right);
    const keys = { left, right, size: dictionary.size, values };
    this.memo.set(field, keys);
    return keys;
  }
}

/**
 * Keys of the pairs (a, b) of two keys, -1 when either is: the records (of both sides) are grouped by
 * `a` with a counting sort, then inside each group every new `b` gets the next code. Linear, and every
 * array it touches at random is as small as a key's distinct values.
 */
function combine(a: Keys, b: Keys): Keys {
  const dedupe = a.right === a.left && b.right === b.left;
  const nl = a.left.length;
  const n = nl + (dedupe ? 0 : a.right.length);
  const keyA = (i: number): number => (i < nl ? (a.left[i] as number) : (a.right[i - nl] as number));
  const keyB = (i: number): number => (i < nl ? (b.left[i] as number) : (b.right[i - nl] as number));
  const start = new Int32Array(a.size + 1);
  for (let i = 0; i < n; i++) {
    const x = keyA(i);
    if (x !== -1 && keyB(i) !== -1) start[x + 1] = (start[x + 1] as number) + 1;
  }
  for (let k = 0; k < a.size; k++) start[k + 1] = (start[k + 1] as number) + (start[k] as number);
  const next = start.slice(0, a.size);
  const members = new Int32Array(start[a.size] as number);
  for (let i = 0; i < n; i++) {
    const x = keyA(i);
    if (x === -1 || keyB(i) === -1) continue;
    members[next[x] as number] = i;
    next[x] = (next[x] as number) + 1;
  }
  const left = new Int32Array(nl).fill(-1);
  const right = dedupe ? left : new Int32Array(n - nl).fill(-1);
  const seenIn = new Int32Array(b.size).fill(-1);
  const codeOf = new Int32Array(b.size);
  let size = 0;
  for (let x = 0; x < a.size; x++) {
    const end = start[x + 1] as number;
    for (let m = start[x] as number; m < end; m++) {
      const i = members[m] as number;
      const y = keyB(i);
      if (seenIn[y] !== x) {
        seenIn[y] = x;
        codeOf[y] = size++;
      }
      if (i < nl) left[i] = codeOf[y] as number;
      else right[i - nl] = codeOf[y] as number;
    }
  }
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
