import { daysFromCivil } from "./civil-days";

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/**
 * A calendar date with no time and no time zone: what a Table Schema `date` cell holds (like
 * Python's `datetime.date` or `Temporal.PlainDate`). Cheap to create (no `Date` object per cell);
 * compares with `<`/`>` through `valueOf()` (milliseconds at UTC midnight); prints as ISO 8601.
 *
 * @example
 * ```ts
 * const d = new PlainDate(2024, 12, 31);
 * String(d); //=> "2024-12-31"
 * d.toDate().toISOString(); //=> "2024-12-31T00:00:00.000Z"
 * new PlainDate(2024, 1, 1) < d; //=> true
 * ```
 */
export class PlainDate {
  /** Year (proleptic Gregorian). */
  readonly year: number;
  /** Month, 1–12. */
  readonly month: number;
  /** Day of the month, 1–31. */
  readonly day: number;

  constructor(year: number, month: number, day: number) {
    this.year = year;
    this.month = month;
    this.day = day;
  }

  /** Milliseconds since 1970-01-01 at UTC midnight of this date. */
  get epochMilliseconds(): number {
    return daysFromCivil(this.year, this.month, this.day) * 86_400_000;
  }

  /** The same instant as {@link epochMilliseconds}, so dates compare with `<` and `>`. */
  valueOf(): number {
    return this.epochMilliseconds;
  }

  /** A `Date` at UTC midnight of this date. */
  toDate(): Date {
    return new Date(this.epochMilliseconds);
  }

  /** ISO 8601 (`2024-12-31`). */
  toString(): string {
    const y =
      this.year < 0
        ? `-${pad(-this.year, 6)}`
        : this.year > 9999
          ? `+${pad(this.year, 6)}`
          : pad(this.year, 4);
    return `${y}-${pad(this.month, 2)}-${pad(this.day, 2)}`;
  }

  /** JSON keeps the ISO text. */
  toJSON(): string {
    return this.toString();
  }

  /** Same calendar day. */
  equals(other: PlainDate): boolean {
    return this.year === other.year && this.month === other.month && this.day === other.day;
  }
}
