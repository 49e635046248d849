import { type TableError, tableError } from "../report/error";
import type { DecodeFailure } from "./chunk-decoder";
import type { MojibakeMatch } from "./mojibake";

/**
 * `encoding-error` for bytes the chosen encoding cannot decode.
 *
 * @example
 * ```ts
 * decodeFailureError({ offset: 120, encoding: "utf-8", fallback: "windows-1252", exact: true }, false);
 * ```
 */
export function decodeFailureError(failure: DecodeFailure, override: boolean): TableError {
  const how = failure.fallback
    ? `decoded the rest as ${failure.fallback} so no data is lost`
    : "decoded on with replacement characters (U+FFFD)";
  const where = failure.exact
    ? `at byte ${failure.offset}`
    : `in the chunk starting at byte ${failure.offset}`;
  const todo = failure.encoding === "utf-8" ? "pass-windows-1252" : "check-encoding";
  return tableError("encoding-error", {
    params: {
      offset: failure.offset,
      encoding: failure.encoding,
      fallback: failure.fallback,
      override,
      todo,
    },
    note: `bytes ${where} are not valid ${failure.encoding}; ${how}`,
  });
}

/**
 * `encoding-error` for an encoding label no decoder knows.
 *
 * @example
 * ```ts
 * unknownLabelError("cp850").params.todo; // "whatwg-label"
 * ```
 */
export function unknownLabelError(label: string): TableError {
  return tableError("encoding-error", {
    params: {
      encoding: label,
      todo: "whatwg-label",
    },
    note: `unknown encoding label "${label}"; detected the encoding instead`,
  });
}

/**
 * `mojibake` warning: the text shows UTF-8 decoded twice. It carries the garbled sequence and its
 * repair only, never the cell it is in.
 *
 * @example
 * ```ts
 * mojibakeWarning({ sequence: "Ã‘", repair: "Ñ", count: 1, line: 2 }).params.sequence; // "Ã‘"
 * ```
 */
export function mojibakeWarning(match: MojibakeMatch): TableError {
  return tableError("mojibake", {
    severity: "warning",
    params: {
      sequence: match.sequence,
      repair: match.repair,
      count: match.count,
      line: match.line,
    },
    note: `double-encoded UTF-8 in the sample (${match.count}), first on line ${match.line}: "${match.sequence}" for "${match.repair}"`,
  });
}

/**
 * `source-error` (reason `empty`) for a source with no content: no bytes at all, or only a
 * byte-order mark. Its message says what to do in every language.
 *
 * @example
 * ```ts
 * emptySourceError("padron.csv"); // { type: "source-error", params: { path: "padron.csv", reason: "empty" }, … }
 * ```
 */
export function emptySourceError(path: string | null): TableError {
  return tableError("source-error", {
    note: "the source is empty",
    params: { path: path ?? "", reason: "empty" },
  });
}
