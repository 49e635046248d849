import { type Lang, resolveLang } from "@ciudata/core";
import { type Check, type TableError, tableError } from "@ciudata/table";
import { phrase } from "../../locales-extra";
import { foldText } from "../../text";
import {
  type DateInput,
  daysBetween,
  hasTimePart,
  type IsoDuration,
  isoDate,
  parseIsoDuration,
  shiftByDuration,
  toDay,
  toMillis,
} from "../freshness/time";

/**
 * A declared update frequency: a repeating ISO 8601 interval, or one of the DCAT-AR / EU vocabulary
 * words with no fixed interval (`eventual`, `irregular`, `never`, `unknown`).
 */
export type Periodicity =
  | { readonly kind: "interval"; readonly duration: IsoDuration; readonly text: string }
  | { readonly kind: "eventual" | "irregular" | "never" | "unknown"; readonly text: string };

/** Words (folded, without spaces or punctuation) → the interval they mean. */
const WORDS: Readonly<Record<string, string>> = {
  continuous: "R/P1D",
  continuo: "R/P1D",
  continua: "R/P1D",
  updatecont: "R/P1D",
  cont: "R/P1D",
  tiemporeal: "R/P1D",
  realtime: "R/P1D",
  hourly: "R/PT1H",
  cadahora: "R/PT1H",
  horaria: "R/PT1H",
  horario: "R/PT1H",
  daily: "R/P1D",
  diario: "R/P1D",
  diaria: "R/P1D",
  diariamente: "R/P1D",
  weekly: "R/P1W",
  semanal: "R/P1W",
  semanalmente: "R/P1W",
  fortnightly: "R/P2W",
  biweekly: "R/P2W",
  quincenal: "R/P0.5M",
  monthly2: "R/P0.5M",
  semimonthly: "R/P0.5M",
  monthly: "R/P1M",
  mensual: "R/P1M",
  mensal: "R/P1M",
  mensualmente: "R/P1M",
  bimonthly: "R/P2M",
  bimestral: "R/P2M",
  quarterly: "R/P3M",
  trimestral: "R/P3M",
  cuatrimestral: "R/P4M",
  quadrimestral: "R/P4M",
  semiannual: "R/P6M",
  semestral: "R/P6M",
  annual2: "R/P6M",
  biannual: "R/P6M",
  annual: "R/P1Y",
  anual: "R/P1Y",
  yearly: "R/P1Y",
  annually: "R/P1Y",
  anualmente: "R/P1Y",
  biennial: "R/P2Y",
  bienal: "R/P2Y",
  triennial: "R/P3Y",
  trienal: "R/P3Y",
  quadrennial: "R/P4Y",
  quinquennial: "R/P5Y",
  quinquenal: "R/P5Y",
  decennial: "R/P10Y",
  decenal: "R/P10Y",
};
const NO_INTERVAL: Readonly<Record<string, "eventual" | "irregular" | "never" | "unknown">> = {
  eventual: "eventual",
  asneeded: "eventual",
  segunnecesidad: "eventual",
  ocasional: "eventual",
  opdatpro: "eventual",
  irregular: "irregular",
  irreg: "irregular",
  irregularly: "irregular",
  other: "irregular",
  never: "never",
  nunca: "never",
  notplanned: "never",
  nodefinida: "unknown",
  unknown: "unknown",
  desconocida: "unknown",
  desconocido: "unknown",
  sindefinir: "unknown",
};

/**
 * Reads a declared update frequency: ISO 8601 repeating intervals (`R/P1M`, `R/P3M`, `R/P1Y`, `R/PT1H`,
 * `R/P0.5M`, also `R5/2020-01-01/P1M` or a bare `P1M`), DCAT-AR `eventual`, and common words and EU
 * frequency URIs (`mensual`, `monthly`, `…/frequency/ANNUAL`, `continuous` = daily, `irregular`). `null` when unknown.
 *
 * @example
 * ```ts
 * parsePeriodicity("R/P1M"); //=> { kind: "interval", duration: { months: 1, … }, text: "R/P1M" }
 * parsePeriodicity("eventual")?.kind; //=> "eventual"
 * ```
 */
export function parsePeriodicity(text: string): Periodicity | null {
  const raw = text.trim();
  if (raw === "") return null;
  const parts = raw.split("/");
  const last = parts[parts.length - 1] ?? "";
  if (/^P/iu.test(last) && (parts.length === 1 || /^R\d*$/iu.test(parts[0] ?? ""))) {
    const duration = parseIsoDuration(last);
    if (!duration || isZero(duration)) return null;
    return { kind: "interval", duration, text: raw.toUpperCase() };
  }
  // Words and vocabulary URIs (…/authority/frequency/MONTHLY): the last path segment, folded.
  const word = foldText(
    raw
      .replace(/[/#]+$/u, "")
      .split(/[/#]/u)
      .pop() ?? "",
  ).replace(/[^a-z0-9]/gu, "");
  const none = NO_INTERVAL[word];
  if (none) return { kind: none, text: raw };
  const interval = WORDS[word];
  if (interval) {
    const duration = parseIsoDuration(interval.slice(2));
    if (duration) return { kind: "interval", duration, text: raw };
  }
  return null;
}

const isZero = (d: IsoDuration) => Object.values(d).every((v) => v === 0);

/** A resource's update metadata, as in DCAT / DCAT-AR (`modified`, `accrualPeriodicity`, `issued`). */
export interface UpdateMetadata {
  /** When the resource was last updated (falls back to `issued`). */
  modified?: DateInput | null | undefined;
  /** The declared frequency, e.g. `"R/P1M"` or `"eventual"`. */
  accrualPeriodicity?: string | null | undefined;
  /** First publication date, used when `modified` is missing. */
  issued?: DateInput | null | undefined;
}

/** Options of {@link checkPeriodicity}. */
export interface PeriodicityOptions {
  /** Extra time allowed after the due date: an ISO 8601 duration (`"P3D"`) or days. Default none. */
  grace?: string | number;
  /** Language of `expected` and `hint` (default `"es"`). */
  lang?: Lang;
  /** Severity of `quality/overdue-update` (default `"warning"`). */
  severity?: "error" | "warning";
  /** Report missing or unreadable metadata as `quality/update-metadata` (default true). */
  reportMetadata?: boolean;
}

/** What {@link checkPeriodicity} found. */
export interface PeriodicityResult {
  /** `ok`, `overdue`, `not-applicable` (eventual, irregular, never…) or `invalid` (metadata missing or unreadable). */
  status: "ok" | "overdue" | "not-applicable" | "invalid";
  /** The parsed periodicity, when readable. */
  periodicity: Periodicity | null;
  /** The date the next update was due (ISO), when there is one. */
  due: string | null;
  /** Days past `due` (0 unless overdue). */
  daysOverdue: number;
  /** The errors to put in a report (empty when ok or not applicable). */
  errors: TableError[];
}

/**
 * Timeliness of a resource from its metadata alone, no table needed: is `modified` older than its
 * declared `accrualPeriodicity` allows as of `asOf`? `eventual`, `irregular` and `never` are never
 * overdue; `continuous` counts as daily. Day-long periods compare calendar days as written.
 *
 * @example
 * ```ts
 * const r = checkPeriodicity({ modified: "2024-01-15", accrualPeriodicity: "R/P1M" }, "2024-03-01");
 * r.status; //=> "overdue"
 * r.due; //=> "2024-02-15"
 * checkPeriodicity({ modified: "2020-01-01", accrualPeriodicity: "eventual" }, "2024-03-01").status; //=> "not-applicable"
 * ```
 */
export function checkPeriodicity(
  meta: UpdateMetadata,
  asOf: DateInput,
  options: PeriodicityOptions = {},
): PeriodicityResult {
  const lang = resolveLang(options.lang);
  const grace = options.grace === undefined ? null : parseIsoDuration(options.grace);
  if (options.grace !== undefined && !grace)
    throw new RangeError(
      `periodicity: grace must be an ISO 8601 duration or days, got ${String(options.grace)}`,
    );
  if (toMillis(asOf) === null) throw new RangeError(`periodicity: asOf is not a date: ${String(asOf)}`);

  const invalid = (
    reason: string,
    value: string | null,
    periodicity: Periodicity | null,
  ): PeriodicityResult => ({
    status: "invalid",
    periodicity,
    due: null,
    daysOverdue: 0,
    errors:
      options.reportMetadata === false
        ? []
        : [
            tableError("quality/update-metadata", {
              severity: "warning",
              tags: ["#table", "#timeliness"],
              note: reason,
              params: { reason, value, hint: phrase(lang, "update-metadata.hint") },
            }),
          ],
  });

  const declared = meta.accrualPeriodicity?.trim() ?? "";
  if (declared === "") return invalid("missing-periodicity", null, null);
  const periodicity = parsePeriodicity(declared);
  if (!periodicity) return invalid("invalid-periodicity", declared, null);
  if (periodicity.kind !== "interval")
    return { status: "not-applicable", periodicity, due: null, daysOverdue: 0, errors: [] };

  const modifiedInput = meta.modified ?? meta.issued ?? null;
  if (modifiedInput === null || modifiedInput === "") return invalid("missing-modified", null, periodicity);
  const exact = hasTimePart(periodicity.duration) || (grace !== null && hasTimePart(grace));
  const read = exact ? toMillis : toDay;
  const modified = read(modifiedInput);
  if (modified === null) return invalid("invalid-modified", String(modifiedInput), periodicity);
  const now = read(asOf) as number;

  let due = shiftByDuration(modified, periodicity.duration);
  if (grace) due = shiftByDuration(due, grace);
  if (now <= due) return { status: "ok", periodicity, due: isoDate(due), daysOverdue: 0, errors: [] };

  const since = shiftByDuration(now, periodicity.duration, -1);
  const daysOverdue = Math.max(1, daysBetween(due, now));
  return {
    status: "overdue",
    periodicity,
    due: isoDate(due),
    daysOverdue,
    errors: [
      tableError("quality/overdue-update", {
        severity: options.severity ?? "warning",
        tags: ["#table", "#timeliness"],
        note: `modified + ${periodicity.text} is before asOf`,
        params: {
          modified: isoDate(modified),
          periodicity: periodicity.text,
          due: isoDate(due),
          asOf: isoDate(now),
          daysOverdue,
          expected: phrase(lang, "overdue-update.expected", { since: isoDate(since) }),
          received: isoDate(modified),
          hint: phrase(lang, "overdue-update.hint"),
        },
      }),
    ],
  };
}

/** Options of {@link periodicity}: the resource's metadata, the review date and {@link PeriodicityOptions}. */
export interface PeriodicityCheckOptions extends UpdateMetadata, Omit<PeriodicityOptions, "lang"> {
  /** The reference date ("today" of the review). Required: checks never read the clock. */
  asOf: DateInput;
}

/**
 * The {@link checkPeriodicity} rule as a table check, so it lands in the same report as the rest:
 * reports `quality/overdue-update` (or `quality/update-metadata`) at the end of the read.
 *
 * @example
 * ```ts
 * const report = await validateTable(csv, {
 *   checks: [periodicity({ modified: "2024-01-15", accrualPeriodicity: "R/P1M", asOf: "2024-03-01" })],
 * });
 * ```
 */
export function periodicity(options: PeriodicityCheckOptions): Check {
  const { asOf, modified, accrualPeriodicity, issued, ...rest } = options;
  const meta: UpdateMetadata = { modified, accrualPeriodicity, issued };
  // Fail fast on bad options, not at the end of a long read.
  checkPeriodicity(meta, asOf, rest);
  return {
    name: "quality/periodicity",
    onFinish(ctx) {
      for (const e of checkPeriodicity(meta, asOf, { ...rest, lang: ctx.lang }).errors) ctx.report(e);
    },
  };
}
