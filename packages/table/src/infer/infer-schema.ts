import type { Field } from "../schema/field";
import type { TableSchema } from "../schema/table-schema";
import { isIdentifierName } from "./identifier";
import { type InferredField, inferField } from "./infer-field";
import { detectMissingTokens } from "./missing";

/** A sample of a table: its labels and some rows of raw cells. */
export interface InferSample {
  readonly labels: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** Options of {@link inferSchema}. */
export interface InferOptions {
  /** Missing values known beforehand (default `[""]`); detected tokens are added. */
  readonly missingValues?: readonly string[];
  /** Share of values a type must read to be chosen (default 0.9). */
  readonly confidence?: number;
}

/**
 * Names for `width` columns: trimmed labels (blank ones become `fieldN`), a repeated name gets the
 * first free `_2`, `_3`… suffix. Linear: each base remembers the next suffix to try, and a suffix
 * found taken once stays taken, so a header of 500,000 `a` costs no more than 500,000 distinct names.
 */
function uniqueNames(labels: readonly string[], width: number): string[] {
  const used = new Set<string>();
  const nextSuffix = new Map<string, number>();
  const names: string[] = [];
  for (let i = 0; i < width; i++) {
    const base = labels[i]?.trim() || `field${i + 1}`;
    let name = base;
    if (used.has(base)) {
      let k = nextSuffix.get(base) ?? 2;
      while (used.has(`${base}_${k}`)) k++;
      name = `${base}_${k}`;
      nextSuffix.set(base, k + 1);
    }
    used.add(name);
    names.push(name);
  }
  return names;
}

function toField(f: InferredField): Field {
  const { name, type, format, decimalChar, groupChar, trueValues, falseValues } = f;
  return {
    name,
    type,
    ...(format === undefined ? {} : { format }),
    ...(decimalChar === undefined ? {} : { decimalChar }),
    ...(groupChar === undefined ? {} : { groupChar }),
    ...(trueValues === undefined ? {} : { trueValues }),
    ...(falseValues === undefined ? {} : { falseValues }),
  };
}

/**
 * Infers an editable, valid Table Schema from a sample, tuned for Latin American files: codes with
 * leading zeros stay strings, decimal comma and dot thousands are recognised, `dd/mm/yyyy` is
 * preferred over `mm/dd/yyyy`, `si/no` are booleans, and common "no data" tokens (`s/d`, `N/A`,
 * `-`, `sin dato`…) found in the sample join `missingValues`.
 *
 * @example
 * ```ts
 * const { schema, fields } = inferSchema({ labels: ["cod", "monto"], rows: [["02001", "1.234,56"], ["02002", "s/d"]] });
 * schema.missingValues; // ["", "s/d"]
 * fields[1]; // { name: "monto", type: "number", decimalChar: ",", groupChar: ".", confidence: 1 }
 * ```
 */
export function inferSchema(
  sample: InferSample,
  options: InferOptions = {},
): { schema: TableSchema; fields: InferredField[] } {
  const confidence = options.confidence ?? 0.9;
  const detected = detectMissingTokens(sample.rows);
  const missingValues = [...new Set([...(options.missingValues ?? [""]), ...detected])];
  const missing = new Set(missingValues);
  let width = sample.labels.length;
  for (const row of sample.rows) if (row.length > width) width = row.length;
  const names = uniqueNames(sample.labels, width);
  const fields = names.map((name, i) => {
    const values: string[] = [];
    for (const row of sample.rows) {
      const cell = row[i];
      if (cell !== undefined && !missing.has(cell)) values.push(cell);
    }
    const inferred = inferField(name, values, confidence);
    // Identifiers and codes stay text even when every value is digits (DNI, INDEC codes, phones).
    if ((inferred.type === "integer" || inferred.type === "number") && isIdentifierName(name)) {
      const { decimalChar: _d, groupChar: _g, ...rest } = inferred;
      return { ...rest, type: "string" as const };
    }
    return inferred;
  });
  return { schema: { fields: fields.map(toField), missingValues }, fields };
}
