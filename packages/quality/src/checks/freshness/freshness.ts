import { type Check, tableError } from "@ciudata/table";
import { phrase } from "../../locales-extra";
import { fieldIndex, reportMissingField } from "../../text";
import {
  type DateInput,
  daysBetween,
  formatIsoDuration,
  type IsoDuration,
  isoDate,
  parseIsoDuration,
  shiftByDuration,
  toMillis,
} from "./time";

/** Options of {@link freshness}. */
export interface FreshnessOptions {
  /** The date column whose newest value is measured (`date`, `datetime`, `yearmonth`, `year` or ISO text). */
  field: string;
  /** The reference date ("today" of the review). Required: checks never read the clock. */
  asOf: DateInput;
  /** Maximum age of the newest value: an ISO 8601 duration (`"P1M"`, `"P7D"`) or a number of days. */
  maxAge: string | number;
  /** Default `"error"`. */
  severity?: "error" | "warning";
}

/**
 * Timeliness: reports `quality/stale-data` when the newest date of a column is older than `maxAge`
 * as of `asOf` (Soda's `freshness(col) < 3d`), or when the column has no date at all.
 * A `yearmonth` counts as its last day, a `year` as December 31.
 *
 * @example
 * ```ts
 * const report = await validateTable("fecha\n2024-01-31\n2024-02-29\n", {
 *   schema: { fields: [{ name: "fecha", type: "date" }] },
 *   checks: [freshness({ field: "fecha", asOf: "2024-06-30", maxAge: "P1M" })],
 * });
 * report.tasks[0]?.errors[0]?.type; //=> "quality/stale-data"
 * ```
 */
export function freshness(options: FreshnessOptions): Check {
  const maxAge = parseIsoDuration(options.maxAge);
  if (!maxAge)
    throw new RangeError(
      `freshness: maxAge must be an ISO 8601 duration or days, got ${String(options.maxAge)}`,
    );
  const asOf = toMillis(options.asOf);
  if (asOf === null) throw new RangeError(`freshness: asOf is not a date: ${String(options.asOf)}`);
  const severity = options.severity ?? "error";
  let index = -1;
  let yearNumbers = false;
  let newest: number | null = null;

  return {
    name: "quality/freshness",
    onStart(ctx) {
      index = fieldIndex(ctx, options.field);
      newest = null;
      yearNumbers = ctx.fields[index]?.type === "year";
    },
    onRow(row) {
      if (index < 0 || row.blank) return;
      const ms = toMillis(row.values[index], { period: "end", yearNumbers });
      if (ms !== null && (newest === null || ms > newest)) newest = ms;
    },
    onFinish(ctx) {
      if (index < 0) return reportMissingField(ctx, "quality/freshness", options.field);
      const cutoff = shiftByDuration(asOf, maxAge, -1);
      if (newest !== null && newest >= cutoff) return;
      const field = ctx.fields[index];
      ctx.report(
        tableError("quality/stale-data", {
          severity,
          tags: ["#table", "#timeliness"],
          fieldNumber: index + 1,
          fieldName: field?.name ?? options.field,
          note: newest === null ? "no dates in the column" : "newest date older than maxAge",
          params: {
            newest: newest === null ? null : isoDate(newest),
            asOf: isoDate(asOf),
            maxAge: formatAge(options.maxAge, maxAge),
            ageDays: newest === null ? null : daysBetween(newest, asOf),
            cutoff: isoDate(cutoff),
            expected: phrase(ctx.lang, "stale-data.expected", { cutoff: isoDate(cutoff) }),
            received: newest === null ? null : isoDate(newest),
            hint: phrase(ctx.lang, "stale-data.hint"),
          },
        }),
      );
    },
  };
}

function formatAge(given: string | number, parsed: IsoDuration): string {
  return typeof given === "string" ? given.trim().toUpperCase() : formatIsoDuration(parsed);
}
