import { createIssue, type Issue, type Severity } from "../issue/issue";
import { describeValue, formatPath, valueAt } from "../text/path";

/**
 * The parts of a zod (v4) issue this module reads; zod's own `$ZodIssue` fits it, so the kernel needs
 * no zod at run time.
 */
export interface ZodIssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly expected?: unknown;
  readonly values?: readonly unknown[];
  readonly origin?: string;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly keys?: readonly string[];
  readonly errors?: readonly (readonly ZodIssueLike[])[];
}

/**
 * What was expected, as a code the catalogs word in every language (`type:string`, `one-of`,
 * `min-length`…) with its detail (`2`, `"norte", "sur"`).
 */
export interface Expectation {
  code: string;
  detail?: string;
}

const TYPE_CODES: Readonly<Record<string, string>> = {
  string: "type:string",
  number: "type:number",
  int: "type:integer",
  boolean: "type:boolean",
  array: "type:array",
  object: "type:object",
  record: "type:object",
};

/**
 * The {@link Expectation} of one zod issue, language-neutral.
 *
 * @example
 * ```ts
 * zodExpectation({ code: "invalid_type", expected: "string", path: [], message: "" }); //=> { code: "type:string" }
 * ```
 */
export function zodExpectation(issue: ZodIssueLike): Expectation {
  switch (issue.code) {
    case "invalid_value":
      return { code: "one-of", detail: (issue.values ?? []).map((v) => describeValue(v)).join(", ") };
    case "invalid_type":
      return { code: TYPE_CODES[String(issue.expected)] ?? "valid-value" };
    case "unrecognized_keys":
      return { code: "known-key", detail: (issue.keys ?? []).join(", ") };
    case "too_small":
      return {
        code: issue.origin === "string" ? "min-length" : issue.origin === "array" ? "min-items" : "min",
        detail: String(issue.minimum),
      };
    case "too_big":
      return {
        code: issue.origin === "string" ? "max-length" : issue.origin === "array" ? "max-items" : "max",
        detail: String(issue.maximum),
      };
    case "invalid_format":
      return { code: "format" };
    default:
      return { code: "valid-value" };
  }
}

/** How {@link fromZodIssues} names and completes the issues it makes. */
export interface FromZodOptions {
  /** The issue type, or a function of the path (an embedded schema is a `schema-error`). */
  type: string | ((path: readonly PropertyKey[]) => string);
  /** A path to put before every issue's own (the place the parsed value sits in a larger document). */
  prefix?: readonly PropertyKey[];
  /** A good value to copy for the key a path ends with. */
  example?: (path: readonly PropertyKey[]) => string | undefined;
  /** A better {@link Expectation} than zod's for some paths (e.g. "a field name or a list"). */
  expect?: (issue: ZodIssueLike, path: readonly PropertyKey[]) => Expectation | undefined;
  severity?: Severity;
}

/**
 * Turns zod issues into located {@link Issue}s: `params { path, expected, detail, received, example }`,
 * where `expected` is an {@link Expectation} code every language words and `received` is read from the
 * input itself. A union whose only shaped branch failed inside the value reports that branch's issues.
 *
 * @example
 * ```ts
 * const r = schema.safeParse(input);
 * if (!r.success) fromZodIssues(r.error.issues, input, { type: "strategy/schema" });
 * ```
 */
export function fromZodIssues(
  issues: readonly ZodIssueLike[],
  input: unknown,
  options: FromZodOptions,
): Issue[] {
  const prefix = options.prefix ?? [];
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    const branch = issue.code === "invalid_union" ? shapedBranch(issue.errors ?? []) : undefined;
    if (branch !== undefined) return fromZodIssues(branch, input, { ...options, prefix: path });
    const expectation = options.expect?.(issue, path) ?? zodExpectation(issue);
    const where = formatPath(path);
    const received = describeValue(valueAt(input, path));
    const example = options.example?.(path);
    const type = typeof options.type === "string" ? options.type : options.type(path);
    return [
      createIssue(type, {
        severity: options.severity ?? "error",
        params: {
          path: where,
          expected: expectation.code,
          ...(expectation.detail === undefined ? {} : { detail: expectation.detail }),
          received,
          ...(example === undefined ? {} : { example }),
        },
        note: `${where || "document"}: expected ${expectation.code}${expectation.detail ? ` ${expectation.detail}` : ""}, received ${received}`,
      }),
    ];
  });
}

/**
 * The union branch whose problems are all inside the value (the value has that branch's shape, e.g. an
 * object where "a Table Schema object or a path" was expected): its issues locate better.
 */
function shapedBranch(branches: readonly (readonly ZodIssueLike[])[]): readonly ZodIssueLike[] | undefined {
  const inside = branches.filter((b) => b.length > 0 && b.every((i) => i.path.length > 0));
  return inside.length === 1 ? inside[0] : undefined;
}
