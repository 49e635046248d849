import { PlainDate } from "./plain-date";
import { daysInMonth } from "./temporal-parts";

/** Where day, month and year sit in a fixed 10-character date shape, and its separator. */
interface Shape {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly sep: number;
  readonly seps: readonly [number, number];
}

const SHAPES: Record<string, Shape> = {
  "%Y-%m-%d": { year: 0, month: 5, day: 8, sep: 45, seps: [4, 7] },
  "%Y/%m/%d": { year: 0, month: 5, day: 8, sep: 47, seps: [4, 7] },
  "%d/%m/%Y": { year: 6, month: 3, day: 0, sep: 47, seps: [2, 5] },
  "%d-%m-%Y": { year: 6, month: 3, day: 0, sep: 45, seps: [2, 5] },
  "%d.%m.%Y": { year: 6, month: 3, day: 0, sep: 46, seps: [2, 5] },
  "%m/%d/%Y": { year: 6, month: 0, day: 3, sep: 47, seps: [2, 5] },
};

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;
const two = (s: string, i: number) => {
  const a = digit(s, i);
  const b = digit(s, i + 1);
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
};

/**
 * A fast path for the date shapes most municipal files use (`31/12/2024`, `2024-12-31`…), with
 * zero-padded day and month: it reads digits at fixed places and builds the PlainDate directly. It answers `undefined` for any cell of another shape, which then goes to the general
 * strptime caster, so results never differ from it. @internal
 *
 * @example
 * ```ts
 * fixedDateCaster("%d/%m/%Y")?.("31/12/2024"); // PlainDate 2024-12-31
 * fixedDateCaster("%d/%m/%Y")?.("1/2/2024"); // undefined (not the fixed shape)
 * ```
 */
export function fixedDateCaster(pattern: string): ((cell: string) => PlainDate | undefined) | null {
  const shape = SHAPES[pattern];
  if (!shape) return null;
  return (cell) => {
    const at = fixedDate(cell, shape);
    return at < 0 ? undefined : new PlainDate(Math.floor(at / 10_000), Math.floor(at / 100) % 100, at % 100);
  };
}

/**
 * The fixed-shape fast path as ISO 8601 text (`31/12/2024` → `2024-12-31`), the digits copied as they
 * are; `undefined` for any other cell (then the general caster decides). @internal
 *
 * @example
 * ```ts
 * fixedDateIso("%d/%m/%Y")?.("31/12/2024"); // "2024-12-31"
 * fixedDateIso("%d/%m/%Y")?.("31/02/2024"); // undefined (impossible: the general caster says why)
 * ```
 */
export function fixedDateIso(pattern: string): ((cell: string) => string | undefined) | null {
  const shape = SHAPES[pattern];
  if (!shape) return null;
  const { year: y, month: m, day: d } = shape;
  // Dates repeat (a few thousand days in a million rows): each day's text is made once, found again by
  // its number (the digits are copied as they are, so one number is always one text). Bounded.
  const memo = new Map<number, string>();
  return (cell) => {
    const at = fixedDate(cell, shape);
    if (at < 0) return undefined;
    let iso = memo.get(at);
    if (iso === undefined) {
      iso = `${cell.slice(y, y + 4)}-${cell.slice(m, m + 2)}-${cell.slice(d, d + 2)}`;
      if (memo.size < MEMO) memo.set(at, iso);
    }
    return iso;
  };
}

/** Days whose ISO text {@link fixedDateIso} keeps (about 180 years of days). */
const MEMO = 1 << 16;

/** A cell of the fixed shape that is a real date as `yyyymmdd` (one number, nothing allocated), else -1. */
function fixedDate(cell: string, shape: Shape): number {
  const { year: y, month: m, day: d, sep, seps } = shape;
  if (cell.length !== 10 || cell.charCodeAt(seps[0]) !== sep || cell.charCodeAt(seps[1]) !== sep) return -1;
  const month = two(cell, m);
  const day = two(cell, d);
  const hi = two(cell, y);
  const lo = two(cell, y + 2);
  if (month < 0 || day < 0 || hi < 0 || lo < 0) return -1;
  const year = hi * 100 + lo;
  // Impossible dates (31/02, month 13) are left to the general caster, which names the failure.
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return -1;
  return year * 10_000 + month * 100 + day;
}
