import { z } from "zod";

/** A stable id: lowercase letters, digits and single hyphens (`gobernanza-eficaz`). */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "slug" })
  .max(80);
/** A stable id (`gobernanza-eficaz`). */
export type Slug = z.infer<typeof SlugSchema>;

const Text = z.string().trim().min(1);

/** A text in Spanish (required), English and Portuguese (optional). */
export const LabelSchema = z.object({ es: Text, en: Text.optional(), pt: Text.optional() }).strict();
/** A text in Spanish with optional English and Portuguese. */
export type Label = z.infer<typeof LabelSchema>;

/** A calendar date `YYYY-MM-DD` (a day in the city's time zone). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: "date" })
  .refine((s) => isRealDate(s), { message: "date" });
/** A calendar date `YYYY-MM-DD`. */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** A month `YYYY-MM`. */
export const YearMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: "year-month" });
/** A month `YYYY-MM`. */
export type YearMonth = z.infer<typeof YearMonthSchema>;

/**
 * A deadline: a month `YYYY-MM` (due at the end of that month) or a month range
 * `YYYY-MM/YYYY-MM` (work spans those months; due at the end of the last one).
 */
export const DeadlineSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(?:\/\d{4}-(0[1-9]|1[0-2]))?$/, { message: "deadline" })
  .refine((s) => {
    const [from, to] = s.split("/");
    return to === undefined || (from as string) <= to;
  }, "deadline");
/** `2024-05` or `2024-09/2024-11`. */
export type Deadline = z.infer<typeof DeadlineSchema>;

/**
 * A date or instant: `YYYY-MM-DD`, or an ISO date-time with offset (`2024-05-03T10:00:00-03:00`)
 * that is read as a day in the city's time zone.
 */
export const DateOrInstantSchema = z.union([
  IsoDateSchema,
  z.iso.datetime({ offset: true, message: "date-time" }),
]);
/** A day `YYYY-MM-DD` or an ISO instant with offset. */
export type DateOrInstant = z.infer<typeof DateOrInstantSchema>;

/** A period a value refers to: a year `YYYY`, a month `YYYY-MM` or a day `YYYY-MM-DD`. */
export const PeriodSchema = z.union([z.string().regex(/^\d{4}(?:-(0[1-9]|1[0-2]))?$/), IsoDateSchema]);
/** `2024`, `2024-06` or `2024-06-30`. */
export type Period = z.infer<typeof PeriodSchema>;

/**
 * A framework tag `scheme:code` (`cda:governance`, `sdg:11.6.2`, `dcatar:superTheme:TRAN`, `wwc2018:DG1`).
 */
export const FrameworkTagSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?::[A-Za-z0-9._-]+)+$/, { message: "framework-tag" });
/** `cda:governance`, `sdg:11.6.2`… */
export type FrameworkTag = z.infer<typeof FrameworkTagSchema>;

/** Tags every entity may carry. */
export const TagsSchema = z.array(FrameworkTagSchema).optional();

/** Where a fact came from, as the source document wrote it (kept verbatim next to our normalised value). */
export const AsWrittenSchema = z.record(z.string(), z.string()).optional();

/** A link or a document reference given as evidence. */
export const EvidenceSchema = z.strictObject({
  title: Text,
  url: z.string().url().optional(),
  date: IsoDateSchema.optional(),
});
/** A piece of evidence. */
export type Evidence = z.infer<typeof EvidenceSchema>;

/** An IANA time zone (`America/Argentina/Mendoza`). */
export const TimeZoneSchema = z.string().refine((tz) => isTimeZone(tz), { message: "time-zone" });

/**
 * True for a real calendar date `YYYY-MM-DD` (no 2024-02-30).
 *
 * @example
 * ```ts
 * isRealDate("2024-02-29"); //=> true
 * isRealDate("2023-02-29"); //=> false
 * ```
 */
export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

/**
 * True when `Intl` knows the time zone.
 *
 * @example
 * ```ts
 * isTimeZone("America/Argentina/Mendoza"); //=> true
 * isTimeZone("Mendoza"); //=> false
 * ```
 */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
