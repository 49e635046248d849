import { jsonDepthError } from "../parse/json";
import type { TableError } from "../report/error";
import { tableError } from "../report/error";
import type { DialectProblem } from "../report/locales/dialect";
import { LINE_TERMINATORS } from "./defaults";
import type { Dialect } from "./schema";
import { DialectSchema } from "./schema";

/** A checked dialect: the valid keys of the input, and one `dialect-error` per invalid key. */
export interface DialectCheck {
  dialect: Dialect;
  errors: TableError[];
}

function issue(key: string, value: unknown, note: string, problem: DialectProblem): TableError {
  let received: string;
  try {
    received = typeof value === "string" ? JSON.stringify(value) : String(JSON.stringify(value));
  } catch {
    received = String(value);
  }
  return tableError("dialect-error", {
    params: { key, problem, received: received.slice(0, 80) },
    note: `invalid dialect "${key}": ${note}`,
  });
}

/**
 * Validates a user dialect: keys that break Table Dialect v2 are dropped (so defaults or sniffing
 * apply) and reported as `dialect-error`s. Never throws.
 *
 * @example
 * ```ts
 * const { dialect, errors } = checkDialect({ delimiter: ";;", header: true });
 * // dialect = { header: true }, errors[0].type === "dialect-error"
 * ```
 */
export function checkDialect(input: unknown): DialectCheck {
  if (input === undefined || input === null) return { dialect: {}, errors: [] };
  if (typeof input !== "object" || Array.isArray(input)) {
    return { dialect: {}, errors: [issue("(dialect)", input, "a dialect must be an object", "not-object")] };
  }
  const deep = jsonDepthError(input);
  if (deep) return { dialect: {}, errors: [deep] };
  const errors: TableError[] = [];
  const record: Record<string, unknown> = { ...(input as Record<string, unknown>) };
  for (let attempt = 0; attempt < 3; attempt++) {
    const parsed = DialectSchema.safeParse(record);
    if (parsed.success) return { dialect: semanticCheck(parsed.data, errors), errors };
    for (const problem of parsed.error.issues) {
      const key = String(problem.path[0] ?? "(dialect)");
      if (!(key in record)) continue;
      errors.push(issue(key, record[key], problem.message, "invalid-value"));
      delete record[key];
    }
  }
  return { dialect: {}, errors };
}

function semanticCheck(d: Dialect, errors: TableError[]): Dialect {
  const out: Dialect = { ...d };
  const lineChars = ["\r", "\n"];
  if (out.lineTerminator !== undefined && !LINE_TERMINATORS.includes(out.lineTerminator as "\n")) {
    errors.push(
      issue("lineTerminator", out.lineTerminator, 'must be "\\n", "\\r\\n" or "\\r"', "line-terminator"),
    );
    delete out.lineTerminator;
  }
  if (out.quoteChar !== undefined && lineChars.includes(out.quoteChar)) {
    errors.push(issue("quoteChar", out.quoteChar, "must not be a line break", "quote-line-break"));
    delete out.quoteChar;
  }
  if (out.delimiter !== undefined) {
    const quote = out.quoteChar ?? '"';
    if (lineChars.includes(out.delimiter) || out.delimiter === quote) {
      errors.push(
        issue(
          "delimiter",
          out.delimiter,
          "must not be a line break or the quote character",
          "delimiter-conflict",
        ),
      );
      delete out.delimiter;
    }
  }
  if (
    out.escapeChar !== undefined &&
    (lineChars.includes(out.escapeChar) || out.escapeChar === out.delimiter)
  ) {
    errors.push(
      issue("escapeChar", out.escapeChar, "must not be a line break or the delimiter", "escape-conflict"),
    );
    delete out.escapeChar;
  }
  if (out.commentChar !== undefined && out.commentChar === out.delimiter) {
    errors.push(issue("commentChar", out.commentChar, "must not be the delimiter", "comment-conflict"));
    delete out.commentChar;
  }
  return out;
}
