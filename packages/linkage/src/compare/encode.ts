import { CiudataError, createIssue } from "@ciudata/core";
import type { Records } from "../types";

/** One field dictionary-encoded on both sides: codes index `values`, -1 is missing. */
export interface EncodedField {
  left: Int32Array;
  /** The same array as `left` when comparing one side with itself. */
  right: Int32Array;
  /** Distinct values of the field's group, by code. */
  values: string[];
}

/**
 * Dictionary-encodes `fields` on both sides. Fields of one group share a dictionary, so a code means the
 * same value in any of them (crossed levels compare `surname1` with `surname2` as integers). Throws a
 * `linkage/unknown-field` issue naming `where` for a field neither side has.
 */
export function encodeFields(
  groups: readonly (readonly string[])[],
  left: Records,
  right: Records | null,
  where: (field: string) => string,
): Map<string, EncodedField> {
  const out = new Map<string, EncodedField>();
  for (const group of groups) {
    const dictionary = new StringDictionary();
    const values = dictionary.values;
    const encode = (column: readonly (string | null)[]) => dictionaryCodes(column, dictionary);
    for (const field of group) {
      const codes = encode(fieldValues(left, field, where(field)));
      out.set(field, {
        left: codes,
        right: right === null ? codes : encode(fieldValues(right, field, where(field))),
        values,
      });
    }
  }
  return out;
}

/**
 * Dictionary codes of a column: each value's code in `dictionary` (a new value gets the next code and
 * is appended to its `values`), -1 for missing.
 */
export function dictionaryCodes(
  column: readonly (string | null | undefined)[],
  dictionary: StringDictionary,
): Int32Array {
  const codes = new Int32Array(column.length);
  for (let i = 0; i < column.length; i++) {
    const value = column[i];
    codes[i] = value === null || value === undefined ? -1 : dictionary.code(value);
  }
  return codes;
}

/**
 * Distinct strings numbered in the order they are first seen, found through an open-addressing table of
 * codes: a field whose values hardly repeat (addresses, phones, IDs of two million-row sides) costs
 * 12 bytes a value here, where a `Map` of them took several times that, and more while it grew.
 *
 * @example
 * ```ts
 * const d = new StringDictionary();
 * [d.code("ANA"), d.code("LUIS"), d.code("ANA")]; //=> [0, 1, 0]
 * d.values; //=> ["ANA", "LUIS"]
 * ```
 */
export class StringDictionary {
  /** Distinct values by code. */
  readonly values: string[] = [];
  /** Code + 1 of the value in each slot, 0 for an empty slot. */
  private slots = new Int32Array(1024);
  /** Each value's hash, by code (to grow the table without hashing again). */
  private hashes = new Int32Array(512);

  get size(): number {
    return this.values.length;
  }

  /** The code of `value`, a new one if it was never seen. */
  code(value: string): number {
    const hash = textHash(value);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const at = this.slots[slot] as number;
      if (at === 0) break;
      if (this.hashes[at - 1] === hash && this.values[at - 1] === value) return at - 1;
      slot = (slot + 1) & mask;
    }
    const code = this.values.length;
    this.values.push(value);
    if (code >= this.hashes.length) {
      const hashes = new Int32Array(this.hashes.length * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.hashes[code] = hash;
    this.slots[slot] = code + 1;
    // At most half full: probes stay short.
    if ((code + 1) * 2 > this.slots.length) this.grow();
    return code;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let code = 0; code < this.values.length; code++) {
      let slot = (this.hashes[code] as number) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = code + 1;
    }
    this.slots = slots;
  }
}

/** FNV-1a over a text's char codes, mixed. */
export function textHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  return Math.imul(h, 0x85ebca6b) ^ (h >>> 13);
}

/** The values of `field`, or a `linkage/unknown-field` issue naming `where` (a rule, a comparison). */
export function fieldValues(records: Records, field: string, where: string): readonly (string | null)[] {
  const values = records.fields[field];
  if (values !== undefined) return values;
  throw new CiudataError([
    createIssue("linkage/unknown-field", {
      note: `no field ${field} in ${records.source}`,
      fieldName: field,
      params: {
        field,
        where,
        file: records.source,
        fields: Object.keys(records.fields).join(", "),
      },
    }),
  ]);
}

/** Groups of fields that must share a dictionary: `links` pairs fields compared with each other. */
export function fieldGroups(
  fields: Iterable<string>,
  links: Iterable<readonly [string, string]>,
): string[][] {
  const parent = new Map<string, string>();
  const find = (f: string): string => {
    let root = f;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(f, root);
    return root;
  };
  for (const f of fields) if (!parent.has(f)) parent.set(f, f);
  for (const [a, b] of links) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    parent.set(find(a), find(b));
  }
  const groups = new Map<string, string[]>();
  for (const f of parent.keys()) {
    const root = find(f);
    const group = groups.get(root);
    if (group) group.push(f);
    else groups.set(root, [f]);
  }
  return [...groups.values()];
}
