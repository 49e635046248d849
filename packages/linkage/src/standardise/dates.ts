import { foldValue } from "./text";

/** A compiled date format: the ISO date (`YYYY-MM-DD`) of a value, or `null` when it does not parse. */
export type DateParser = (value: string) => string | null;

/** Options of {@link compileDateFormat}. */
export interface DateFormatOptions {
  /** The year two-digit years are read against (`yy` > its last two digits is 19yy); default this year. */
  referenceYear?: number;
}

/** Month names and abbreviations in Spanish, English and Portuguese (folded, upper case). */
const MONTH_NAMES: Readonly<Record<string, number>> = (() => {
  const out: Record<string, number> = {};
  const lists = [
    "ENERO FEBRERO MARZO ABRIL MAYO JUNIO JULIO AGOSTO SEPTIEMBRE OCTUBRE NOVIEMBRE DICIEMBRE",
    "JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER",
    "JANEIRO FEVEREIRO MARCO ABRIL MAIO JUNHO JULHO AGOSTO SETEMBRO OUTUBRO NOVEMBRO DEZEMBRO",
    "ENE FEB MAR ABR MAY JUN JUL AGO SEP OCT NOV DIC",
    "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC",
    "JAN FEV MAR ABR MAI JUN JUL AGO SET OUT NOV DEZ",
  ];
  for (const list of lists) for (const [i, m] of list.split(" ").entries()) out[m] = i + 1;
  out.SETIEMBRE = 9;
  out.SEPT = 9;
  return out;
})();

type Part = "y4" | "y2" | "M" | "MM" | "MMM" | "d" | "dd";
const TOKENS: readonly [string, Part][] = [
  ["yyyy", "y4"],
  ["yy", "y2"],
  ["MMMM", "MMM"],
  ["MMM", "MMM"],
  ["MM", "MM"],
  ["M", "M"],
  ["dd", "dd"],
  ["d", "d"],
];
const NUMERIC: ReadonlySet<Part> = new Set(["y4", "y2", "M", "MM", "d", "dd"]);
/** A time after the date (exports often write `1990-03-07 00:00:00`): read and ignored. */
const TIME = "(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?";

/** The parts and the regular expression of a format, or `null` when it uses a token we do not read. */
function compile(format: string): { parts: Part[]; re: RegExp } | null {
  const parts: Part[] = [];
  const pieces: ({ part: Part } | { literal: string })[] = [];
  let i = 0;
  while (i < format.length) {
    if (format[i] === "'") {
      const end = format.indexOf("'", i + 1);
      if (end < 0) return null;
      pieces.push({ literal: format.slice(i + 1, end) });
      i = end + 1;
      continue;
    }
    const token = TOKENS.find(([t]) => format.startsWith(t, i));
    if (token) {
      pieces.push({ part: token[1] });
      parts.push(token[1]);
      i += token[0].length;
      continue;
    }
    if (/[A-Za-z]/.test(format[i] as string)) return null;
    pieces.push({ literal: format[i] as string });
    i++;
  }
  const y = parts.filter((p) => p === "y4" || p === "y2").length;
  const m = parts.filter((p) => p === "M" || p === "MM" || p === "MMM").length;
  const d = parts.filter((p) => p === "d" || p === "dd").length;
  if (y !== 1 || m !== 1 || d !== 1) return null;
  let source = "^";
  pieces.forEach((piece, k) => {
    if ("literal" in piece) {
      // Any separator stands for any other: a declared dd/MM/yyyy reads 07-03-1990 and 07.03.1990.
      source += /^[\s/.-]+$/.test(piece.literal)
        ? "[\\s/.\\-]+"
        : foldValue(piece.literal).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      return;
    }
    const before = pieces[k - 1];
    const after = pieces[k + 1];
    // A number written against another number has its full width (yyyyMMdd); between separators, 7 is 07.
    const tight =
      (before && "part" in before && NUMERIC.has(before.part)) ||
      (after && "part" in after && NUMERIC.has(after.part));
    switch (piece.part) {
      case "y4":
        source += "(\\d{4})";
        break;
      case "y2":
        source += "(\\d{2})";
        break;
      case "MMM":
        source += "([A-Z]{3,10})";
        break;
      case "MM":
      case "dd":
        source += tight ? "(\\d{2})" : "(\\d{1,2})";
        break;
      default:
        source += tight ? "(\\d{1,2}?)" : "(\\d{1,2})";
    }
  });
  return { parts, re: new RegExp(`${source}${TIME}$`) };
}

/**
 * Whether a format is one {@link compileDateFormat} reads: date-fns tokens `yyyy`, `yy`, `MM`, `M`,
 * `MMM`/`MMMM` (month names in es/en/pt), `dd`, `d`, separators and `'quoted'` text, one year, month
 * and day each.
 *
 * @example
 * ```ts
 * isDateFormat("dd/MM/yyyy"); //=> true
 * isDateFormat("dd/MM"); //=> false
 * ```
 */
export function isDateFormat(format: string): boolean {
  return compile(format) !== null;
}

const pad = (n: number, w: number) => String(n).padStart(w, "0");

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] as number;
  return d <= days;
}

/**
 * Compiles a date-fns style format (`dd/MM/yyyy`, `yyyyMMdd`, `d 'de' MMMM 'de' yyyy`) into a parser
 * that returns the ISO date, or `null` when the value does not fit, is not a calendar date, or is
 * outside 1880 to next year. A date whose day and month are both 12 or less is read as the format
 * says, never swapped. Throws a `RangeError` for a format it cannot read (see {@link isDateFormat}).
 *
 * @example
 * ```ts
 * const parse = compileDateFormat("dd/MM/yyyy");
 * parse("07/03/1990"); //=> "1990-03-07"
 * parse("31/02/1990"); //=> null
 * compileDateFormat("yyyyMMdd")("19151111"); //=> "1915-11-11"
 * ```
 */
export function compileDateFormat(format: string, options: DateFormatOptions = {}): DateParser {
  const compiled = compile(format);
  if (!compiled) throw new RangeError(`ciudata: unsupported date format "${format}"`);
  const { parts, re } = compiled;
  const ref = options.referenceYear ?? new Date().getUTCFullYear();
  const hasName = parts.includes("MMM");
  return (value) => {
    const text = hasName ? foldValue(value) : value.trim().toUpperCase();
    const m = re.exec(text);
    if (!m) return null;
    let year = 0;
    let month = 0;
    let day = 0;
    for (let k = 0; k < parts.length; k++) {
      const s = m[k + 1] as string;
      switch (parts[k]) {
        case "y4":
          year = Number(s);
          break;
        case "y2": {
          // The latest year with these two digits that is not after the reference year.
          year = Math.floor(ref / 100) * 100 + Number(s);
          if (year > ref) year -= 100;
          break;
        }
        case "MMM":
          month = MONTH_NAMES[s] ?? 0;
          break;
        case "M":
        case "MM":
          month = Number(s);
          break;
        default:
          day = Number(s);
      }
    }
    if (year < 1880 || year > ref + 1 || !validDay(year, month, day)) return null;
    return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  };
}

/** Formats tried when none is declared, in order of preference (day before month, as Latin America writes). */
export const DATE_FORMATS: readonly string[] = [
  "yyyy-MM-dd",
  "dd/MM/yyyy",
  "MM/dd/yyyy",
  "yyyyMMdd",
  "ddMMyyyy",
  "dd/MM/yy",
  "MM/dd/yy",
  "d MMM yyyy",
  "dd-MMM-yy",
];

/** Which format {@link detectDateFormat} chose and how well it read the values. */
export interface DateDetection {
  /** The format chosen. */
  format: string;
  /** Values (non-missing cells) it read and did not read. */
  parsed: number;
  unparsed: number;
  /** Other formats that read as many values (the choice fell on the first by preference). */
  tied: readonly string[];
}

/**
 * Chooses the date format that reads most of a column's values (missing ones aside), trying
 * {@link DATE_FORMATS}; ties go to the earlier format (day before month), and the tie is reported.
 * Counts run over distinct values, so the choice does not depend on row order.
 *
 * @example
 * ```ts
 * detectDateFormat(["07/03/1990", "25/12/1985"]).format; //=> "dd/MM/yyyy"
 * detectDateFormat(["03/07/1990"]).tied; //=> ["MM/dd/yyyy"]
 * ```
 */
export function detectDateFormat(values: Iterable<string>, options: DateFormatOptions = {}): DateDetection {
  const distinct = new Map<string, number>();
  let total = 0;
  for (const v of values) {
    distinct.set(v, (distinct.get(v) ?? 0) + 1);
    total++;
  }
  let best: DateDetection = { format: DATE_FORMATS[0] as string, parsed: 0, unparsed: total, tied: [] };
  const tied: string[] = [];
  for (const format of DATE_FORMATS) {
    const parse = compileDateFormat(format, options);
    let parsed = 0;
    for (const [v, n] of distinct) if (parse(v) !== null) parsed += n;
    if (parsed > best.parsed) {
      best = { format, parsed, unparsed: total - parsed, tied: [] };
      tied.length = 0;
    } else if (parsed === best.parsed && parsed > 0) tied.push(format);
  }
  return { ...best, tied };
}
