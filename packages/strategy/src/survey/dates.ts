import { isRealDate } from "../model/common";

/** The order of day and month in `NN/NN/YYYY` dates. */
export type DateOrder = "dmy" | "mdy";

const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})\b/;

/**
 * The day/month order of a file's `NN/NN/YYYY` dates: read from a first number above 12 (day first) or a
 * second one above 12 (month first); `guessed` when no date says it (then day first, as in Spanish and Portuguese).
 */
export function guessDateOrder(dates: readonly string[]): { order: DateOrder; guessed: boolean } {
  let slashed = false;
  for (const d of dates) {
    const m = SLASHED.exec(d.trim());
    if (!m) continue;
    slashed = true;
    if (Number(m[1]) > 12) return { order: "dmy", guessed: false };
    if (Number(m[2]) > 12) return { order: "mdy", guessed: false };
  }
  return { order: "dmy", guessed: slashed };
}

/** Whether a submission time is written `NN/NN/YY`: its year is read as 20YY, a guess to say. */
export const twoDigitYear = (text: string): boolean => SLASHED.exec(text.trim())?.[3]?.length === 2;

const pad = (n: string | number) => String(n).padStart(2, "0");

/**
 * A submission time as a day `YYYY-MM-DD`, or an instant when the time and its zone are known (Kobo's
 * `_submission_time` is UTC); `undefined` when unreadable. Excel serial days (Microsoft Forms) are read too.
 */
export function parseSubmitted(text: string, order: DateOrder, utc: boolean): string | undefined {
  const s = text.trim();
  const iso =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(
      s,
    );
  if (iso) {
    const day = `${iso[1]}-${iso[2]}-${iso[3]}`;
    if (!isRealDate(day)) return undefined;
    const zone = iso[7] ?? (utc ? "Z" : undefined);
    if (iso[4] === undefined || zone === undefined) return day;
    const offset = zone === "Z" ? "Z" : zone.includes(":") ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
    return `${day}T${iso[4]}:${iso[5]}:${iso[6] ?? "00"}${offset}`;
  }
  const ymd = /^(\d{4})\/(\d{1,2})\/(\d{1,2})\b/.exec(s);
  if (ymd) return real(`${ymd[1]}-${pad(ymd[2] as string)}-${pad(ymd[3] as string)}`);
  const m = SLASHED.exec(s);
  if (m) {
    const [a, b, y] = [m[1] as string, m[2] as string, m[3] as string];
    // A two-digit year is read in this century (`twoDigitYear` lets the caller say so).
    const year = y.length === 2 ? `20${y}` : y;
    return real(order === "dmy" ? `${year}-${pad(b)}-${pad(a)}` : `${year}-${pad(a)}-${pad(b)}`);
  }
  if (/^\d{5}(\.\d+)?$/.test(s)) {
    const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(Number(s)) * 86_400_000);
    return d.toISOString().slice(0, 10);
  }
  return undefined;
}

const real = (day: string) => (isRealDate(day) ? day : undefined);
