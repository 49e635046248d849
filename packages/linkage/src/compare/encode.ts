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
    const dictionary = new Map<string, number>();
    const values: string[] = [];
    const encode = (column: readonly (string | null)[]) => dictionaryCodes(column, dictionary, values);
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
 * Dictionary codes of a column: each value's code in `dictionary` (a new value gets the next code, and
 * is appended to `values` when given), -1 for missing.
 */
export function dictionaryCodes(
  column: readonly (string | null | undefined)[],
  dictionary: Map<string, number>,
  values?: string[],
): Int32Array {
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
      values?.push(value);
    }
    codes[i] = code;
  }
  return codes;
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
