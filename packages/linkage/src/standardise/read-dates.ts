import type { StandardiseStats } from "../types";
import { type Column, cached, type Shared, type StatOf } from "./column";
import { compileDateFormat, detectDateFormat } from "./dates";
import type { LinkMapping } from "./mapping";
import { foldValue, isSentinel } from "./text";

/** Dates that stand for "unknown" in registries. */
const PLACEHOLDER_DATES = new Set(["1900-01-01", "1800-01-01", "1899-12-31", "1899-12-30"]);

/** Fills `birthDate`, `birthYear` and `birthMonthDay` in the declared or detected format. */
export function readBirthDates(
  map: LinkMapping,
  values: string[] | undefined,
  fields: Record<string, Column>,
  result: StandardiseStats,
  statOf: StatOf,
  referenceYear: number | undefined,
  share: Shared,
): void {
  if (!values) return;
  const options = referenceYear === undefined ? {} : { referenceYear };
  const present = (v: string) => !isSentinel(foldValue(v)) && !/^[0\W]*$/.test(v);
  const declared = map.dateFormat !== undefined && map.dateFormat !== "auto";
  let format = map.dateFormat ?? "auto";
  if (!declared) {
    const detection = detectDateFormat(values.filter(present), options);
    format = detection.format;
    result.dateFormat = { format, detected: true, tied: detection.tied };
  } else result.dateFormat = { format, detected: false, tied: [] };
  const parse = share.once("birthDate.parse", () => cached(compileDateFormat(format, options)));
  // Birth dates repeat (a few tens of thousands in a million records): one string per date.
  const date = share.intern("birthDate");
  let unparsed = 0;
  let ambiguous = 0;
  const dates: Column = values.map((v) => {
    if (!present(v)) return null;
    const iso = parse(v);
    if (iso === null) {
      unparsed++;
      return null;
    }
    if (PLACEHOLDER_DATES.has(iso)) return null;
    const month = Number(iso.slice(5, 7));
    const day = Number(iso.slice(8, 10));
    if (day <= 12 && day !== month) ambiguous++;
    return date(iso);
  });
  fields.birthDate = dates;
  // Few distinct years and days of the year: one string each, shared by every record that has it.
  const year = share.intern("birthYear");
  const monthDay = share.intern("birthMonthDay");
  fields.birthYear = dates.map((d) => (d === null ? null : year(d.slice(0, 4))));
  fields.birthMonthDay = dates.map((d) => (d === null ? null : monthDay(d.slice(5))));
  let nulls = 0;
  for (const d of dates) if (d === null) nulls++;
  statOf("birthDate", dates, { nulls: nulls - unparsed, unparsed, dayMonthAmbiguous: ambiguous });
}
