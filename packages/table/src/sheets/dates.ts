// Spreadsheet dates: serial day numbers shown as dates only through the cell's number format.

/** Built-in Excel number formats (ECMA-376 §18.8.30) that show a date or a time. */
const BUILTIN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** What a number format shows of a serial: a date (maybe with a time), a time of day, or a number. */
export type DateKind = "date" | "datetime" | "time" | null;

/**
 * What a number format code shows: `null` for numbers (and for elapsed times such as `[h]:mm`, a
 * duration, not a time of day), else whether it shows a date, a date and time, or a time.
 */
export function dateKindOfCode(code: string): DateKind {
  const bare = code
    .split(";")[0]
    ?.replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/_.|\*./g, "");
  if (bare === undefined || /\[(h+|m+|s+)\]/i.test(bare)) return null;
  const plain = bare.replace(/\[[^\]]*\]/g, "").replace(/AM\/PM|A\/P/gi, "");
  if (/general/i.test(plain) || !/[ymdhs]/i.test(plain)) return null;
  const date = /[yd]/i.test(plain) || (/m/i.test(plain) && !/[hs]/i.test(plain));
  const time = /[hs]/i.test(plain);
  return date ? (time ? "datetime" : "date") : "time";
}

/** {@link dateKindOfCode} for a number format id, with the workbook's own codes. */
export function dateKindOf(id: number, codes: ReadonlyMap<number, string>): DateKind {
  const code = codes.get(id);
  if (code !== undefined) return dateKindOfCode(code);
  if (!BUILTIN_DATES.has(id)) return null;
  if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47)) return "time";
  return id === 22 ? "datetime" : "date";
}

const DAY = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/**
 * A serial day number as ISO 8601 text, or `null` when it names no real day (negative, or 60 in the
 * 1900 system: the 29 February 1900 Excel keeps from Lotus 1-2-3). In the 1900 system day 1 is
 * 1900-01-01 and serials from 61 on are one day ahead (that phantom day); in the 1904 system day 0 is
 * 1904-01-01. A date with a time of day, or a time alone, is written with seconds.
 *
 * @example
 * ```ts
 * serialToIso(45366, "date", false); //=> "2024-03-15"
 * serialToIso(45366.5, "datetime", false); //=> "2024-03-15T12:00:00"
 * ```
 */
export function serialToIso(serial: number, kind: Exclude<DateKind, null>, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 0) return null;
  let days = Math.floor(serial);
  let seconds = Math.round((serial - days) * 86_400);
  if (seconds === 86_400) {
    days += 1;
    seconds = 0;
  }
  const time = `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  if (kind === "time" && days === 0) return time;
  if (!date1904 && days === 60) return null;
  if (!date1904 && days === 0) return kind === "date" ? null : time;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, days < 60 ? 31 : 30);
  const d = new Date(epoch + days * DAY);
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return kind === "date" && seconds === 0 ? date : `${date}T${time}`;
}
