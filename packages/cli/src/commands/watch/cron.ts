// A five-field cron expression (minute hour day-of-month month day-of-week), read and stepped through in
// local time, for `ciudata watch --every`. Small on purpose: what crontab(5) accepts, nothing more.

/** A cron expression read: the allowed values of each field. */
export interface Cron {
  readonly minutes: ReadonlySet<number>;
  readonly hours: ReadonlySet<number>;
  readonly days: ReadonlySet<number>;
  readonly months: ReadonlySet<number>;
  readonly weekdays: ReadonlySet<number>;
  /** Day of month and day of week both restricted: either may match (crontab's rule). */
  readonly eitherDay: boolean;
}

/** Why an expression was refused: which field (1–5, 0 for the whole), what was found and what is allowed. */
export interface CronProblem {
  field: number;
  found: string;
  /** `count`: not five fields; `range`: a value outside the field's range; `syntax`: not a number, range or step; `never`: no date matches. */
  reason: "count" | "range" | "syntax" | "never";
  min?: number;
  max?: number;
}

const FIELDS = [
  { min: 0, max: 59, names: [] as string[] },
  { min: 0, max: 23, names: [] as string[] },
  { min: 1, max: 31, names: [] as string[] },
  {
    min: 1,
    max: 12,
    names: ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
  },
  { min: 0, max: 7, names: ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] },
] as const;

const MACROS: Record<string, string> = {
  "@yearly": "0 0 1 1 *",
  "@annually": "0 0 1 1 *",
  "@monthly": "0 0 1 * *",
  "@weekly": "0 0 * * 0",
  "@daily": "0 0 * * *",
  "@midnight": "0 0 * * *",
  "@hourly": "0 * * * *",
};

/**
 * Reads a five-field cron expression (`0 6 * * *`, `*\/15 8-18 * * mon-fri`, `@daily`): numbers, names of
 * months and weekdays, lists, ranges and steps; Sunday is 0 or 7. A refusal says which field and why.
 *
 * @example
 * ```ts
 * parseCron("0 6 * * *"); //=> { ok: true, cron: { minutes: Set {0}, hours: Set {6}, … } }
 * parseCron("0 25 * * *"); //=> { ok: false, problem: { field: 2, found: "25", reason: "range", min: 0, max: 23 } }
 * ```
 */
export function parseCron(
  expression: string,
): { ok: true; cron: Cron } | { ok: false; problem: CronProblem } {
  const text = MACROS[expression.trim().toLowerCase()] ?? expression.trim();
  const parts = text.split(/\s+/).filter(Boolean);
  if (parts.length !== 5) return { ok: false, problem: { field: 0, found: expression, reason: "count" } };
  const sets: Set<number>[] = [];
  for (const [i, part] of parts.entries()) {
    const spec = FIELDS[i] as (typeof FIELDS)[number];
    const read = readField(part.toLowerCase(), spec.min, spec.max, spec.names);
    if (typeof read === "string") {
      const problem: CronProblem = { field: i + 1, found: part, reason: read };
      if (read === "range") Object.assign(problem, { min: spec.min, max: spec.max });
      return { ok: false, problem };
    }
    sets.push(read);
  }
  const [minutes, hours, days, months, weekdays] = sets as [
    Set<number>,
    Set<number>,
    Set<number>,
    Set<number>,
    Set<number>,
  ];
  if (weekdays.delete(7)) weekdays.add(0);
  const cron: Cron = {
    minutes,
    hours,
    days,
    months,
    weekdays,
    eitherDay: parts[2] !== "*" && parts[4] !== "*",
  };
  // `0 0 30 2 *` (30 February) would wait for ever: refused now, not discovered at 3 a.m.
  if (nextRun(cron, new Date(2000, 0, 1)) === null)
    return { ok: false, problem: { field: 0, found: expression, reason: "never" } };
  return { ok: true, cron };
}

function readField(
  part: string,
  min: number,
  max: number,
  names: readonly string[],
): Set<number> | "range" | "syntax" {
  const out = new Set<number>();
  const value = (s: string): number | null => {
    const named = names.indexOf(s);
    if (named !== -1) return named + (min === 1 ? 1 : 0);
    return /^\d+$/.test(s) ? Number(s) : null;
  };
  for (const item of part.split(",")) {
    const m = /^([^/]+)(?:\/(\d+))?$/.exec(item);
    if (!m) return "syntax";
    const step = m[2] === undefined ? 1 : Number(m[2]);
    if (step < 1) return "syntax";
    let from: number;
    let to: number;
    if (m[1] === "*") [from, to] = [min, max];
    else {
      const range = (m[1] as string).split("-");
      if (range.length > 2) return "syntax";
      const a = value(range[0] as string);
      const b = range.length === 2 ? value(range[1] as string) : m[2] === undefined ? a : max;
      if (a === null || b === null) return "syntax";
      if (a < min || a > max || b < min || b > max || b < a) return "range";
      [from, to] = [a, b];
    }
    for (let v = from; v <= to; v += step) out.add(v);
  }
  return out;
}

/**
 * The first minute strictly after `after` that the expression matches, in local time; `null` when none
 * comes within eight years.
 *
 * @example
 * ```ts
 * const r = parseCron("0 6 * * *");
 * if (r.ok) nextRun(r.cron, new Date(2026, 5, 1, 7, 0)); //=> 2026-06-02 06:00 local time
 * ```
 */
export function nextRun(cron: Cron, after: Date): Date | null {
  const t = new Date(after.getTime());
  t.setSeconds(0, 0);
  t.setMinutes(t.getMinutes() + 1);
  const limit = after.getFullYear() + 8;
  while (t.getFullYear() <= limit) {
    if (!cron.months.has(t.getMonth() + 1)) {
      t.setMonth(t.getMonth() + 1, 1);
      t.setHours(0, 0, 0, 0);
      continue;
    }
    const dom = cron.days.has(t.getDate());
    const dow = cron.weekdays.has(t.getDay());
    if (!(cron.eitherDay ? dom || dow : dom && dow)) {
      t.setDate(t.getDate() + 1);
      t.setHours(0, 0, 0, 0);
      continue;
    }
    if (!cron.hours.has(t.getHours())) {
      t.setHours(t.getHours() + 1, 0, 0, 0);
      continue;
    }
    if (!cron.minutes.has(t.getMinutes())) {
      t.setMinutes(t.getMinutes() + 1, 0, 0);
      continue;
    }
    return t;
  }
  return null;
}
