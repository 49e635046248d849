import { ID_DEFINITIONS } from "./registry";
import type { IdKind, IdType } from "./types";

/** How a value matches an identifier type. */
export type IdMatchStatus = "valid" | "format-only" | "invalid-check";

/** One identifier type a value may be. */
export interface IdMatch {
  type: IdType;
  /** `valid`: check digit right; `format-only`: the type has no check digit, the shape fits; `invalid-check`: looks like one, check digit wrong. */
  status: IdMatchStatus;
  /** 0..1: how likely the value is this identifier. */
  score: number;
  /** Person or company when valid. */
  kind: IdKind | null;
}

const SCORES: Record<IdMatchStatus, number> = { valid: 0.9, "format-only": 0.3, "invalid-check": 0.4 };
const STRONG: ReadonlySet<IdType> = new Set(["mx.curp", "mx.rfc", "ar.cbu", "br.cnpj"]);
const PLAUSIBLE = /^[0-9A-Za-zÑñ&.\-\s/–]{7,32}$/;

/**
 * Which identifier types a single value may be, best first. Values that cannot be an ID (too short,
 * letters where none fit) give `[]` quickly.
 *
 * @example
 * ```ts
 * matchIds("20-10123456-9")[0]; //=> { type: "ar.cuit", status: "valid", score: 0.9, kind: "person" }
 * ```
 */
export function matchIds(
  value: string,
  types: readonly IdType[] = Object.keys(ID_DEFINITIONS) as IdType[],
): IdMatch[] {
  const trimmed = value.trim();
  if (!PLAUSIBLE.test(trimmed) || !/[0-9]/.test(trimmed)) return [];
  const out: IdMatch[] = [];
  for (const type of types) {
    const def = ID_DEFINITIONS[type];
    const v = def.validate(trimmed, { strictCheckDigit: true });
    let status: IdMatchStatus | null = null;
    // A Peruvian DNI may be written without its check character: then only the shape is known.
    const checked = def.checkDigit && !(type === "pe.cui" && v.compact.length === 8);
    if (v.valid) status = checked ? "valid" : "format-only";
    else if (v.problem === "checksum") status = "invalid-check";
    if (status === null) continue;
    const score = Math.min(1, SCORES[status] + (STRONG.has(type) && status === "valid" ? 0.08 : 0));
    out.push({ type, status, score, kind: v.valid ? def.kind(trimmed) : null });
  }
  return out.sort((a, b) => b.score - a.score);
}
