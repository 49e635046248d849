import { describeValue } from "@ciudata/core";
import { createConstraintsChecker } from "../cast/constraints";
import { createCaster } from "../cast/create-caster";
import { createDatetimeCaster } from "../cast/datetime";
import { Decimal } from "../cast/decimal";
import { isCastFailure } from "../cast/failure";
import { PlainDate } from "../cast/plain-date";
import { createTimeCaster } from "../cast/time";
import { parseField } from "../schema/parse";

/** The outcome of one frictionless `Field.read_cell` case. */
export interface CellCaseResult {
  id: string;
  status: "passed" | "failed" | "skipped";
  reason?: string;
  expected?: unknown;
  actual?: unknown;
}

interface CellCase {
  id: string;
  field: unknown;
  cell: string;
  expected: {
    value?: unknown;
    interpretation?: string;
    implementationDefined?: string;
    constraintNotes?: Record<string, string> | null;
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A JSON value's kind as reasons word it (`missing`, `null`, `a list`, `a number`…). */
const kindOf = (v: unknown): string =>
  v === undefined
    ? "missing"
    : v === null
      ? "null"
      : Array.isArray(v)
        ? "a list"
        : typeof v === "object"
          ? "an object"
          : `a ${typeof v}`;

/** A thrown value as words, whatever was thrown. */
const thrownText = (cause: unknown): string =>
  cause instanceof Error ? cause.message || cause.name : describeValue(cause);

/** The case, or why it is not one (the field at fault and what it holds). */
function asCase(raw: unknown): CellCase | string {
  if (!isRecord(raw)) return `not a case: it is ${kindOf(raw)}`;
  if (typeof raw.id !== "string") return `not a case: its id is ${kindOf(raw.id)}, not a string`;
  if (typeof raw.cell !== "string") return `not a case: its cell is ${kindOf(raw.cell)}, not a string`;
  if (!isRecord(raw.expected)) return `not a case: its expected is ${kindOf(raw.expected)}, not an object`;
  const e = raw.expected;
  const wrong: string[] = [];
  for (const key of ["interpretation", "implementationDefined"] as const)
    if (e[key] !== undefined && e[key] !== null && typeof e[key] !== "string")
      wrong.push(`expected.${key} is ${kindOf(e[key])}, not a string`);
  if (e.constraintNotes !== undefined && e.constraintNotes !== null && !isRecord(e.constraintNotes))
    wrong.push(`expected.constraintNotes is ${kindOf(e.constraintNotes)}, not an object`);
  if (wrong.length) return `cannot run the case: ${wrong.join("; ")}`;
  return raw as unknown as CellCase;
}

const datetime = createDatetimeCaster();
const time = createTimeCaster();

function numeric(a: unknown): Decimal | null {
  if (a instanceof Decimal) return a;
  if (typeof a === "number" || typeof a === "bigint") return Decimal.from(a);
  return null;
}

/** Does the cast value match the expected value as `cellConventions` describes it? */
function matches(expected: unknown, actual: unknown): boolean {
  if (isRecord(expected)) {
    if (typeof expected.decimal === "string") {
      const n = numeric(actual);
      if (n === null) return false;
      return expected.decimal.toLowerCase() === "nan" ? n.isNaN() : n.equals(expected.decimal);
    }
    if (typeof expected.date === "string") {
      return actual instanceof PlainDate && actual.toString() === expected.date;
    }
    if (typeof expected.datetime === "string") {
      const want = datetime(expected.datetime);
      return actual instanceof Date && want instanceof Date && actual.getTime() === want.getTime();
    }
    if (typeof expected.time === "string")
      return typeof actual === "string" && actual === time(expected.time);
    const duration = expected.duration;
    if (isRecord(duration)) {
      if (!isRecord(actual)) return false;
      const units = new Set([...Object.keys(duration), ...Object.keys(actual)]);
      return [...units].every((u) => Number(duration[u] ?? 0) === Number(actual[u] ?? 0));
    }
    return isRecord(actual) && JSON.stringify(actual) === JSON.stringify(expected);
  }
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((e, i) => matches(e, actual[i]))
    );
  }
  if (typeof expected === "number") return numeric(actual)?.equals(expected) ?? false;
  return actual === expected;
}

/** A JSON-friendly view of a cast value for reports. */
function show(v: unknown): unknown {
  if (isCastFailure(v)) return { failure: true, reason: v.reason };
  if (v instanceof Decimal) return { decimal: v.toString() };
  if (v instanceof Date) return v.toISOString();
  if (v instanceof PlainDate) return v.toString();
  if (typeof v === "bigint") return `${v}n`;
  return v;
}

function runOne(c: CellCase): CellCaseResult {
  const { id, expected } = c;
  if (expected.implementationDefined?.includes("format 'any'")) {
    return { id, status: "skipped", reason: `implementation-defined: ${expected.implementationDefined}` };
  }
  const parsed = parseField(c.field);
  if (!parsed.ok) {
    return {
      id,
      status: "failed",
      reason: `field descriptor rejected: ${parsed.errors.map((e) => e.note).join("; ")}`,
    };
  }
  const field = parsed.field;
  const actual = createCaster(field, { missingValues: [""] })(c.cell);
  const fail = (reason: string): CellCaseResult => ({
    id,
    status: "failed",
    reason,
    expected,
    actual: show(actual),
  });

  if ("constraintNotes" in expected) {
    if (isCastFailure(actual)) return fail("cast failed in a constraint case");
    if (expected.value === null ? actual !== null : !matches(expected.value, actual))
      return fail("value differs");
    const got = createConstraintsChecker(field)(actual)
      .map((v) => v.constraint)
      .sort();
    const want = Object.keys(expected.constraintNotes ?? {}).sort();
    if (got.join(",") !== want.join(","))
      return fail(`constraints violated: [${got.join(", ")}], expected [${want.join(", ")}]`);
    return { id, status: "passed" };
  }
  if (expected.value === null) {
    const interpretation = expected.interpretation ?? "";
    if (interpretation.includes("type-error")) {
      return isCastFailure(actual) ? { id, status: "passed" } : fail("expected a type error");
    }
    return actual === null ? { id, status: "passed" } : fail("expected a missing value (null)");
  }
  if (isCastFailure(actual)) return fail(`cast failed (${actual.reason})`);
  return matches(expected.value, actual) ? { id, status: "passed" } : fail("value differs");
}

/**
 * Runs frictionless-py `Field.read_cell` cases (`cellCases` of the conformance suite): builds the
 * field with {@link parseField} semantics, casts the cell (missing values `[""]` unless the field
 * overrides them) and compares per the suite's `cellConventions`. Cases whose result is
 * implementation-defined (format `any`) are `skipped`; a malformed case (or list) fails with its reason,
 * naming the field at fault: the runner never throws.
 *
 * @example
 * ```ts
 * const results = runCellCases(expected.cellCases);
 * results.filter((r) => r.status === "failed").map((r) => r.id); // []
 * ```
 */
export function runCellCases(cases: readonly unknown[]): CellCaseResult[] {
  if (!Array.isArray(cases))
    return [{ id: "cellCases", status: "failed", reason: `not a list of cases: ${kindOf(cases)}` }];
  return cases.map((raw, i) => {
    const c = asCase(raw);
    if (typeof c === "string") {
      const id = isRecord(raw) && typeof raw.id === "string" ? raw.id : `#${i}`;
      return { id, status: "failed", reason: c };
    }
    try {
      return runOne(c);
    } catch (error) {
      // A case the runner cannot run is a failure with its reason, never an exception.
      return { id: c.id, status: "failed", reason: `threw: ${thrownText(error)}` };
    }
  });
}
