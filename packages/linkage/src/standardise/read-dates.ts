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
  // Birth dates repeat (a few tens of thousands in a million records): each distinct cell is read once,
  // and each date, year and day of the year is one string shared by every record that has it.
  const read = share.once("birthDate.read", () => {
    const parse = compileDateFormat(format, options);
    const [date, year, monthDay] = [
      share.intern("birthDate"),
      share.intern("birthYear"),
      share.intern("birthMonthDay"),
    ];
    return cached((v: string): DateCell => {
      if (!present(v)) return ABSENT;
      const iso = parse(v);
      if (iso === null) return UNPARSED;
      if (PLACEHOLDER_DATES.has(iso)) return ABSENT;
      const month = Number(iso.slice(5, 7));
      const day = Number(iso.slice(8, 10));
      return {
        date: date(iso),
        year: year(iso.slice(0, 4)),
        monthDay: monthDay(iso.slice(5)),
        ambiguous: day <= 12 && day !== month,
      };
    }, false);
  });
  let unparsed = 0;
  let ambiguous = 0;
  const count = values.length;
  const dates: Column = new Array(count);
  const years: Column = new Array(count);
  const monthDays: Column = new Array(count);
  for (let i = 0; i < count; i++) {
    const cell = read(values[i] as string);
    if (cell === UNPARSED) unparsed++;
    else if (cell.ambiguous) ambiguous++;
    dates[i] = cell.date;
    years[i] = cell.year;
    monthDays[i] = cell.monthDay;
  }
  fields.birthDate = dates;
  fields.birthYear = years;
  fields.birthMonthDay = monthDays;
  let nulls = 0;
  for (const d of dates) if (d === null) nulls++;
  statOf("birthDate", dates, { nulls: nulls - unparsed, unparsed, dayMonthAmbiguous: ambiguous });
}

/** What one birth-date cell reads as: the date, its year and day of the year, or none. */
interface DateCell {
  date: string | null;
  year: string | null;
  monthDay: string | null;
  /** Day and month both 12 or less and different. */
  ambiguous: boolean;
}
const ABSENT: DateCell = { date: null, year: null, monthDay: null, ambiguous: false };
/** A date the format did not read (counted apart from missing ones). */
const UNPARSED: DateCell = { ...ABSENT };
