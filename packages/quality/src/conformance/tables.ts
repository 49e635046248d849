import { Decimal, PlainDate, type Report, type ValidateInput } from "@ciudata/table";
import { validatePackage, validateResource } from "../package";
import { type QualityOptions, validate } from "../validate";
import { flattenLike, sameJson } from "./compare";

/** The outcome of one table-level conformance case. */
export interface TableCaseResult {
  id: string;
  status: "passed" | "failed" | "skipped";
  reason?: string;
  expected?: unknown;
  actual?: unknown;
}

/** How the runner reaches the suite's files (paths are relative to the suite folder). */
export interface SuiteFiles {
  /** The bytes of a file of the suite, e.g. `data/table.csv`, streamed or whole. */
  open(path: string): Promise<ValidateInput>;
  /** A JSON file of the suite. */
  json(path: string): Promise<unknown>;
}

interface TableCase {
  id: string;
  category?: string;
  input: { path?: string | null; package?: string | Record<string, unknown> | null; descriptor?: unknown };
  schema?: unknown;
  dialect?: Record<string, unknown> | null;
  checklist?: unknown;
  options?: {
    encoding?: string;
    hash?: string;
    bytes?: number;
    rows?: number;
    limitErrors?: number;
    detector?: { schemaSync?: boolean };
  };
  expected: {
    valid?: boolean;
    flattenKeys?: string[];
    errors?: unknown[][] | null;
    warnings?: string[];
    stats?: { rows?: number };
    header?: string[];
    labels?: string[];
    read?: boolean;
    rows?: Record<string, unknown>[];
    raises?: boolean;
    errorType?: string;
    note?: string;
  };
}

/**
 * Cases whose expected output is implementation-defined (Python-specific wording), with the reason.
 * They are compared on what is portable instead of skipped when possible.
 */
const CODEC_NOTE = /codec can't decode/;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** frictionless v5 puts CSV keys under `csv`; Table Dialect v2 has them at the top. */
function dialectOf(d: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!d) return undefined;
  const { csv, ...rest } = d;
  return isRecord(csv) ? { ...rest, ...csv } : rest;
}

function plain(v: unknown): unknown {
  if (v instanceof Decimal) return v.toNumber();
  if (v instanceof PlainDate) return v.toString();
  if (typeof v === "bigint") return Number(v);
  return v;
}

/** A thrown value as words, whatever was thrown (`null`, a string, an object without a prototype…). */
function thrownText(cause: unknown): string {
  if (cause instanceof Error) return cause.message || cause.name;
  try {
    return typeof cause === "object" && cause !== null ? JSON.stringify(cause) : String(cause);
  } catch {
    return Object.prototype.toString.call(cause);
  }
}

/** A JSON value's kind as the runner words it in reasons (`null`, `a list`, `a number`…). */
function kindOf(v: unknown): string {
  if (v === undefined) return "missing";
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  return typeof v === "object" ? "an object" : `a ${typeof v}`;
}

/**
 * Why a case cannot be run as written (a field of the wrong kind), or `null`. `null` and absent fields
 * are the same (frictionless writes `None` for "not given").
 */
function shapeProblem(c: TableCase): string | null {
  const problems: string[] = [];
  const expect = (at: string, v: unknown, ok: (v: unknown) => boolean, what: string) => {
    if (v !== undefined && v !== null && !ok(v)) problems.push(`${at} is ${kindOf(v)}, not ${what}`);
  };
  const { input, expected } = c;
  expect("input.path", input.path, (v) => typeof v === "string", "a path");
  expect(
    "input.package",
    input.package,
    (v) => typeof v === "string" || isRecord(v),
    "a path or a descriptor",
  );
  expect("schema", c.schema, (v) => typeof v === "string" || isRecord(v), "a path or a Table Schema");
  expect("dialect", c.dialect, isRecord, "an object");
  expect("options", c.options, isRecord, "an object");
  expect("expected.valid", expected.valid, (v) => typeof v === "boolean", "true or false");
  expect(
    "expected.flattenKeys",
    expected.flattenKeys,
    (v) => Array.isArray(v) && v.every((k) => typeof k === "string"),
    "a list of keys",
  );
  expect(
    "expected.errors",
    expected.errors,
    (v) => Array.isArray(v) && v.every(Array.isArray),
    "a list of rows",
  );
  expect("expected.warnings", expected.warnings, Array.isArray, "a list");
  expect("expected.stats", expected.stats, isRecord, "an object");
  expect("expected.header", expected.header, Array.isArray, "a list");
  expect("expected.labels", expected.labels, Array.isArray, "a list");
  expect("expected.rows", expected.rows, Array.isArray, "a list");
  const o = isRecord(c.options) ? c.options : {};
  for (const key of ["bytes", "rows", "limitErrors"] as const)
    expect(`options.${key}`, o[key], (v) => typeof v === "number", "a number");
  for (const key of ["encoding", "hash"] as const)
    expect(`options.${key}`, o[key], (v) => typeof v === "string", "a string");
  expect("options.detector", o.detector, isRecord, "an object");
  return problems.length ? problems.join("; ") : null;
}

/** `null` as absent, so `{ "package": null, "path": "data/table.csv" }` reads the path. */
const given = <T>(v: T | null | undefined): v is T => v !== undefined && v !== null;

async function runOne(c: TableCase, files: SuiteFiles): Promise<TableCaseResult> {
  const { expected } = c;
  const base = { id: c.id, expected };
  const wrong = shapeProblem(c);
  if (wrong) return { ...base, status: "failed", reason: `cannot run the case: ${wrong}` };
  // Descriptor cases: frictionless raises while reading the descriptor.
  if (expected.raises) {
    const report = await validateResource(c.input.descriptor);
    const all = [...report.errors, ...report.tasks.flatMap((t) => t.errors)];
    // The error of the expected type with the expected note, else the first of that type.
    const hit =
      all.find((e) => e.type === expected.errorType && (!given(expected.note) || e.note === expected.note)) ??
      all.find((e) => e.type === expected.errorType);
    const actual = hit ? { errorType: hit.type, note: hit.note } : flattenLike(report, ["type", "note"]);
    const ok = hit !== undefined && (!given(expected.note) || hit.note === expected.note);
    return { ...base, status: ok ? "passed" : "failed", actual, ...(ok ? {} : { reason: "no such error" }) };
  }

  let report: Report;
  const rows: Record<string, unknown>[] = [];
  const { package: pkg, descriptor, path } = c.input;
  if (given(pkg)) {
    // A path to a Data Package in the suite (its files are relative to it), or the descriptor itself.
    const dir = typeof pkg === "string" && pkg.includes("/") ? pkg.slice(0, pkg.lastIndexOf("/") + 1) : "";
    report = await validatePackage(typeof pkg === "string" ? await files.json(pkg) : pkg, {
      resolve: (p) => files.open(dir + p),
      revealCells: true,
    });
  } else if (given(descriptor) || (descriptor === null && !given(path))) {
    report = await validateResource(descriptor, { resolve: (p) => files.open(p), revealCells: true });
  } else if (given(path)) {
    const schema = typeof c.schema === "string" ? await files.json(c.schema) : c.schema;
    const dialect = dialectOf(c.dialect ?? undefined);
    const o = c.options ?? {};
    const options: QualityOptions = {
      revealCells: true,
      ...(given(schema) ? { schema } : { inferSample: 100 }),
      ...(dialect ? { dialect } : {}),
      ...(given(c.checklist) ? { checklist: c.checklist } : {}),
      ...(o.encoding ? { encoding: o.encoding } : {}),
      ...(o.hash ? { hash: o.hash } : {}),
      ...(given(o.bytes) ? { bytes: o.bytes } : {}),
      ...(given(o.rows) ? { rows: o.rows } : {}),
      ...(given(o.limitErrors) ? { limitErrors: o.limitErrors } : {}),
      ...(o.detector?.schemaSync ? { schemaSync: true } : {}),
    };
    if (expected.read) {
      options.checks = [
        {
          name: "conformance/read",
          onRow(row, ctx) {
            rows.push(Object.fromEntries(ctx.fields.map((f, i) => [f.name, plain(row.values[i])])));
          },
        },
      ];
    }
    report = await validate(await files.open(path), options);
  } else return { ...base, status: "skipped", reason: "no input" };

  const task = report.tasks[0];
  const problems: string[] = [];
  const actual: Record<string, unknown> = { valid: report.valid };
  if (expected.read) {
    const header = task?.labels ?? [];
    actual.header = header;
    actual.rows = rows;
    if (expected.header && !sameJson(header, expected.header)) problems.push("header differs");
    if (expected.rows && !sameJson(rows, expected.rows)) problems.push("rows differ");
  } else {
    if (given(expected.valid) && report.valid !== expected.valid) problems.push("valid differs");
    if (expected.errors && expected.flattenKeys) {
      let got = flattenLike(report, expected.flattenKeys);
      let want = expected.errors;
      // CPython's codec wording ("'utf-8' codec can't decode byte 0xa9 in position 20…") is not portable:
      // compare the error types only for those notes.
      const noteAt = expected.flattenKeys.indexOf("note");
      if (noteAt >= 0 && want.some((row) => CODEC_NOTE.test(String(row[noteAt])))) {
        const strip = (rs: unknown[][]) => rs.map((r) => r.filter((_, i) => i !== noteAt));
        got = strip(got);
        want = strip(want);
      }
      actual.errors = got;
      if (!sameJson(got, want)) problems.push("errors differ");
    }
    if (expected.warnings) {
      actual.warnings = task?.warnings ?? [];
      if (!sameJson(task?.warnings ?? [], expected.warnings)) problems.push("warnings differ");
    }
    if (given(expected.stats?.rows)) {
      actual.rows = task?.stats.rows;
      if (task?.stats.rows !== expected.stats.rows) problems.push("rows differ");
    }
    if (expected.header) {
      const schema = task?.detected.schema as { fields?: { name: string }[] } | undefined;
      const names = schema?.fields?.map((f) => f.name) ?? [];
      actual.header = names;
      if (!sameJson(names, expected.header)) problems.push("header differs");
    }
    if (expected.labels) {
      actual.labels = task?.labels ?? [];
      if (!sameJson(task?.labels ?? [], expected.labels)) problems.push("labels differ");
    }
  }
  return problems.length
    ? { ...base, status: "failed", reason: problems.join("; "), actual }
    : { ...base, status: "passed", actual };
}

/**
 * Runs the table-level cases of the frictionless conformance suite (`expected.json` → `cases`): each
 * case's input (a file, a Data Package or a resource descriptor; schema inline or a path; dialect,
 * checklist and options) is validated and `report.flatten(expected.flattenKeys)` and `valid` compared
 * exactly. Browser-safe: the caller says how to reach the files (see `runTableSuite` in the node entry).
 *
 * @example
 * ```ts
 * const results = await runTableCases(suite.cases, { open: (p) => fetch(base + p).then((r) => r.arrayBuffer()), json });
 * results.filter((r) => r.status === "failed");
 * ```
 */
export async function runTableCases(
  cases: readonly unknown[],
  files: SuiteFiles,
): Promise<TableCaseResult[]> {
  const results: TableCaseResult[] = [];
  if (!Array.isArray(cases))
    return [{ id: "cases", status: "failed", reason: `not a list of cases: ${kindOf(cases)}` }];
  for (const [i, raw] of cases.entries()) {
    if (!isRecord(raw) || typeof raw.id !== "string" || !isRecord(raw.expected) || !isRecord(raw.input)) {
      const why = !isRecord(raw)
        ? `it is ${kindOf(raw)}`
        : typeof raw.id !== "string"
          ? `its id is ${kindOf(raw.id)}, not a string`
          : !isRecord(raw.expected)
            ? `its expected is ${kindOf(raw.expected)}, not an object`
            : `its input is ${kindOf(raw.input)}, not an object`;
      const id = isRecord(raw) && typeof raw.id === "string" ? raw.id : `#${i}`;
      results.push({ id, status: "failed", reason: `not a case: ${why}` });
      continue;
    }
    const c = raw as unknown as TableCase;
    try {
      results.push(await runOne(c, files));
    } catch (cause) {
      // A case the runner cannot run is a failure with its reason, never an exception.
      results.push({
        id: c.id,
        status: "failed",
        reason: `threw: ${thrownText(cause)}`,
        expected: c.expected,
      });
    }
  }
  return results;
}
