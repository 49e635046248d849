import { findIdType, ID_DEFINITIONS } from "../ids/registry";
import type { IdType } from "../ids/types";
import type { ConformanceCase, ConformanceGroup } from "./types";

interface Invalid {
  value: string;
}
interface Edge {
  value: string;
  stdnum_1_18_is_valid?: boolean;
}
interface TypeVectors {
  valid?: string[];
  invalid?: Invalid[];
  valid_synthetic?: string[];
  invalid_synthetic?: Invalid[];
  valid_without_check_digit?: string[];
  edge_cases?: Edge[];
  extra_edge_cases?: Edge[];
}

/**
 * Where this library deliberately differs from python-stdnum 1.18 (documented in the vectors' PROVENANCE):
 * sex `X` CURPs and alphanumeric CNPJs are valid; repeated-digit CPFs are not.
 */
function edgeExpectation(type: IdType, edge: Edge): boolean | undefined {
  if (type === "mx.curp" && edge.value[10] === "X") return true;
  if (type === "br.cnpj" && /[A-Z]/i.test(edge.value)) return true;
  if (type === "br.cpf" && /^(\d)\1{10}$/.test(edge.value.replace(/\D/g, ""))) return false;
  return edge.stdnum_1_18_is_valid;
}

/**
 * Runs the ID vectors (`shared/conformance/ids/vectors.json` format, already parsed): every valid value must be
 * accepted, every invalid one rejected. Mexican RFC check-digit failures are rejected in strict mode and
 * warned about by default (`valid_without_check_digit` must be accepted).
 *
 * @example
 * ```ts
 * const groups = runIdVectors(JSON.parse(text));
 * countCases(groups); //=> { passed: 1900, failed: 0, skipped: 0 }
 * ```
 */
export function runIdVectors(vectors: unknown): ConformanceGroup[] {
  const types = (vectors as { types?: Record<string, TypeVectors> })?.types ?? {};
  const groups: ConformanceGroup[] = [];
  for (const [name, v] of Object.entries(types)) {
    const type = findIdType(name);
    const cases: ConformanceCase[] = [];
    if (type === undefined) {
      groups.push({ label: name, cases: [{ id: `${name}`, status: "skipped", reason: "unknown ID type" }] });
      continue;
    }
    const def = ID_DEFINITIONS[type];
    const strict = { strictCheckDigit: true };
    const check = (kind: string, value: string, expected: boolean, options = strict) => {
      const actual = def.validate(value, options).valid;
      cases.push({
        id: `${type}/${kind}/${value}`,
        status: actual === expected ? "passed" : "failed",
        expected,
        actual,
      });
    };
    for (const value of [...(v.valid ?? []), ...(v.valid_synthetic ?? [])]) check("valid", value, true);
    for (const inv of [...(v.invalid ?? []), ...(v.invalid_synthetic ?? [])])
      check("invalid", inv.value, false);
    for (const value of v.valid_without_check_digit ?? []) {
      const r = def.validate(value);
      cases.push({
        id: `${type}/valid_without_check_digit/${value}`,
        status: r.valid ? "passed" : "failed",
        expected: "valid (a wrong check digit is only a warning)",
        actual: r.valid ? (r.warning ?? "valid") : (r.problem ?? "invalid"),
      });
    }
    for (const edge of [...(v.edge_cases ?? []), ...(v.extra_edge_cases ?? [])]) {
      const expected = edgeExpectation(type, edge);
      if (expected === undefined)
        cases.push({ id: `${type}/edge/${edge.value}`, status: "skipped", reason: "no expectation" });
      else check("edge", edge.value, expected);
    }
    groups.push({ label: type, cases });
  }
  return groups;
}
