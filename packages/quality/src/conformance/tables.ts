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
  input: { path?: string; package?: string; descriptor?: unknown };
  schema?: unknown;
  dialect?: Record<string, unknown>;
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

async function runOne(c: TableCase, files: SuiteFiles): Promise<TableCaseResult> {
  const { expected } = c;
  const base = { id: c.id, expected };
  // Descriptor cases: frictionless raises while reading the descriptor.
  if (expected.raises) {
    const report = await validateResource(c.input.descriptor);
    const hit = [...report.errors, ...report.tasks.flatMap((t) => t.errors)].find(
      (e) => e.type === expected.errorType,
    );
    const actual = hit ? { errorType: hit.type, note: hit.note } : flattenLike(report, ["type", "note"]);
    const ok = hit !== undefined && (expected.note === undefined || hit.note === expected.note);
    return { ...base, status: ok ? "passed" : "failed", actual, ...(ok ? {} : { reason: "no such error" }) };
  }

  let report: Report;
  const rows: Record<string, unknown>[] = [];
  if (c.input.package !== undefined) {
    const pkgPath = c.input.package;
    const dir = pkgPath.includes("/") ? pkgPath.slice(0, pkgPath.lastIndexOf("/") + 1) : "";
    report = await validatePackage(await files.json(pkgPath), {
      resolve: (p) => files.open(dir + p),
      revealCells: true,
    });
  } else if (c.input.descriptor !== undefined) {
    report = await validateResource(c.input.descriptor, { revealCells: true });
  } else if (c.input.path !== undefined) {
    const schema = typeof c.schema === "string" ? await files.json(c.schema) : c.schema;
    const dialect = dialectOf(c.dialect);
    const o = c.options ?? {};
    const options: QualityOptions = {
      revealCells: true,
      ...(schema === undefined ? { inferSample: 100 } : { schema }),
      ...(dialect ? { dialect } : {}),
      ...(c.checklist === undefined ? {} : { checklist: c.checklist }),
      ...(o.encoding ? { encoding: o.encoding } : {}),
      ...(o.hash ? { hash: o.hash } : {}),
      ...(o.bytes !== undefined ? { bytes: o.bytes } : {}),
      ...(o.rows !== undefined ? { rows: o.rows } : {}),
      ...(o.limitErrors !== undefined ? { limitErrors: o.limitErrors } : {}),
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
    report = await validate(await files.open(c.input.path), options);
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
    if (expected.valid !== undefined && report.valid !== expected.valid) problems.push("valid differs");
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
    if (expected.stats?.rows !== undefined) {
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
  for (const [i, raw] of cases.entries()) {
    if (!isRecord(raw) || typeof raw.id !== "string" || !isRecord(raw.expected) || !isRecord(raw.input)) {
      results.push({ id: `#${i}`, status: "failed", reason: "not a case" });
      continue;
    }
    const c = raw as unknown as TableCase;
    try {
      results.push(await runOne(c, files));
    } catch (cause) {
      results.push({
        id: c.id,
        status: "failed",
        reason: `threw: ${(cause as Error).message}`,
        expected: c.expected,
      });
    }
  }
  return results;
}
