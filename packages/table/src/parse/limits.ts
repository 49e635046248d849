import { CiudataError } from "@ciudata/core";
import { type TableError, tableError } from "../report/error";

/**
 * How much a reader accepts before it refuses the input with a `limit-error`, so a hostile or
 * broken file cannot hang a reader or exhaust its memory. Sizes count characters of decoded text
 * (the same as bytes for plain ASCII). Raise one with the `limits` option of the readers, e.g.
 * `validateTable(file, { limits: { maxColumns: 100_000 } })`; `Infinity` lifts it.
 */
export interface ReadLimits {
  /** The longest record (one physical row, quoted line breaks included). Default 16 MiB. */
  maxRecordSize: number;
  /** The longest header row. Default 1 MiB. */
  maxHeaderSize: number;
  /** The most cells in one row, header included. Default 20,000. */
  maxColumns: number;
  /** The most bytes downloaded from a URL. Default 1 GiB. */
  maxDownloadBytes: number;
  /** The deepest nesting of arrays and objects in a JSON descriptor (schema, dialect, package). Default 64. */
  maxJsonDepth: number;
}

/** The limits in force when none are given. */
export const DEFAULT_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxRecordSize: 16 * 1024 * 1024,
  maxHeaderSize: 1024 * 1024,
  maxColumns: 20_000,
  maxDownloadBytes: 1024 * 1024 * 1024,
  maxJsonDepth: 64,
});

/** The name of one limit (`"maxColumns"`…). */
export type LimitName = keyof ReadLimits;

/**
 * The limits in force: the defaults, with the given values (positive numbers, `Infinity` allowed)
 * instead. A value that is not a positive number is a `CiudataError` naming the option.
 *
 * @example
 * ```ts
 * resolveLimits({ maxColumns: 50_000 }).maxColumns; //=> 50000
 * resolveLimits().maxHeaderSize; //=> 1048576
 * ```
 */
export function resolveLimits(limits: Partial<ReadLimits> = {}): ReadLimits {
  const out: ReadLimits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as LimitName[]) {
    const value = limits[key];
    if (value === undefined) continue;
    if (typeof value !== "number" || Number.isNaN(value) || value <= 0) {
      throw new CiudataError([
        tableError("source-error", {
          note: `limits.${key} must be a positive number`,
          params: {
            reason: "invalid-limit",
            path: `limits.${key}`,
            expected: "positive-limit",
            received: String(value),
          },
        }),
      ]);
    }
    out[key] = value;
  }
  return out;
}

/** Where a limit was passed, for the message. */
export interface LimitPlace {
  /** The physical row (header = 1) when the limit is about a row. */
  rowNumber?: number | null;
  /** The file name or URL (without its query) when known. */
  source?: string | null;
}

/**
 * The `limit-error` for an input over one of the {@link ReadLimits}: params `limit` (its name),
 * `value` (the limit in force), `found` (what the input has, or at least has when reading stopped
 * early) and `option` (how to raise it).
 *
 * @example
 * ```ts
 * limitError("maxColumns", 20_000, 500_000, { rowNumber: 1 });
 * // { type: "limit-error", rowNumber: 1, params: { limit: "maxColumns", value: 20000, found: 500000, option: "limits.maxColumns" }, … }
 * ```
 */
export function limitError(
  limit: LimitName,
  value: number,
  found: number,
  place: LimitPlace = {},
): TableError {
  return tableError("limit-error", {
    tags: ["#source"],
    rowNumber: place.rowNumber ?? null,
    note: `${limit} is ${value} and the input has ${found}${place.source ? ` (${place.source})` : ""}`,
    params: { limit, value, found, option: `limits.${limit}`, source: place.source ?? null },
  });
}

/**
 * {@link limitError} thrown as a `CiudataError`.
 *
 * @example
 * ```ts
 * if (cells.length > limits.maxColumns) throwLimit("maxColumns", limits.maxColumns, cells.length, { rowNumber });
 * ```
 */
export function throwLimit(limit: LimitName, value: number, found: number, place: LimitPlace = {}): never {
  throw new CiudataError([limitError(limit, value, found, place)]);
}
