import type { FieldType } from "../schema/field";
import { guessBoolean } from "./boolean-profile";
import { guessNumberStyle } from "./number-style";
import { guessTemporal } from "./temporal";

/** What inference decided for one column (editable; `confidence` is the share of values read). */
export interface InferredField {
  name: string;
  type: FieldType;
  format?: string;
  decimalChar?: string;
  groupChar?: string;
  trueValues?: string[];
  falseValues?: string[];
  /** Share of non-missing sample values the type reads (lowered for ambiguous readings); 0 when empty. */
  confidence: number;
  /** A small set of repeated values: a likely code list (reported, never enforced). */
  enumCandidates?: string[];
}

const INTEGER = /^[+-]?\d+$/;
const AMBIGUITY_PENALTY = 0.8;
const MAX_ENUM = 15;

type Guess = Omit<InferredField, "name" | "confidence" | "enumCandidates"> & {
  count: number;
  ambiguous?: boolean;
};

function isJson(v: string, open: string): boolean {
  if (!v.startsWith(open)) return false;
  try {
    const parsed: unknown = JSON.parse(v);
    return open === "["
      ? Array.isArray(parsed)
      : typeof parsed === "object" && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
}

function candidates(values: readonly string[]): Guess[] {
  const out: Guess[] = [];
  const bool = guessBoolean(values);
  if (bool !== null) {
    const { trueValues, falseValues } = bool.profile;
    out.push({
      type: "boolean",
      count: bool.count,
      ...(trueValues ? { trueValues: [...trueValues] } : {}),
      ...(falseValues ? { falseValues: [...falseValues] } : {}),
    });
  }
  const number = guessNumberStyle(values);
  if (number !== null) {
    const ints = values.filter((v) => INTEGER.test(v)).length;
    if (ints > 0) out.push({ type: "integer", count: ints });
    out.push({ type: "number", count: number.count, ambiguous: number.ambiguous, ...number.style });
  }
  const temporal = guessTemporal(values);
  if (temporal !== null) out.push({ ...temporal });
  for (const [type, open] of [
    ["object", "{"],
    ["array", "["],
  ] as const) {
    const n = values.filter((v) => isJson(v, open)).length;
    if (n > 0) out.push({ type, count: n });
  }
  return out;
}

function enumCandidates(values: readonly string[]): string[] | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  if (counts.size < 2 || counts.size > MAX_ENUM || values.length < 2 * counts.size || values.length < 6)
    return undefined;
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "es")).map(([v]) => v);
}

/**
 * Infers one column from its non-missing sample values: the type reading the most values wins if it
 * reads at least `confidence` of them (ties by order boolean, integer, number, temporal, JSON), else
 * `string`. Codes with leading zeros stay strings; empty columns are `any`.
 *
 * @example
 * ```ts
 * inferField("monto", ["1.234,56", "-58,5"]); // { name: "monto", type: "number", decimalChar: ",", groupChar: ".", confidence: 1 }
 * ```
 */
export function inferField(name: string, values: readonly string[], confidence = 0.9): InferredField {
  const n = values.length;
  if (n === 0) return { name, type: "any", confidence: 0 };
  let best: Guess | null = null;
  for (const g of candidates(values)) {
    if (g.count / n >= confidence && (best === null || g.count > best.count)) best = g;
  }
  if (best === null) {
    const choices = enumCandidates(values);
    return { name, type: "string", confidence: 1, ...(choices ? { enumCandidates: choices } : {}) };
  }
  const { count, ambiguous, ...rest } = best;
  const score = Math.round((count / n) * (ambiguous ? AMBIGUITY_PENALTY : 1) * 1000) / 1000;
  const field: InferredField = { name, ...rest, confidence: score };
  if (field.type === "integer") {
    const choices = enumCandidates(values);
    if (choices) field.enumCandidates = choices;
  }
  return field;
}
