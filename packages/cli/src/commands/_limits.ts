import { DEFAULT_LIMITS, type LimitName, type ReadLimits } from "@ciudata/table";
import { UsageError } from "../errors";
import { localized } from "../messages";
import { limitsMessages } from "../messages/limits";
import { suggest } from "../suggest";
import type { LocalizedText, ParsedArgs } from "../types";

// `--limit name=value`: the reader limits of @ciudata/table, raised (or lowered) from the command line.

/** The short kebab names users may type instead of the library's names. */
const SHORT_NAMES: Readonly<Record<string, LimitName>> = {
  "record-size": "maxRecordSize",
  "header-size": "maxHeaderSize",
  columns: "maxColumns",
  download: "maxDownloadBytes",
  "json-depth": "maxJsonDepth",
};

/** A name as compared: lowercase, without dashes or underscores (`max-columns` is `maxColumns`). */
const norm = (name: string) => name.toLowerCase().replace(/[-_]/g, "");

/** Every name `--limit` accepts as users read it (short forms first), with the limit it sets. */
const DISPLAY: readonly (readonly [string, LimitName])[] = [
  ...Object.entries(SHORT_NAMES),
  ...(Object.keys(DEFAULT_LIMITS) as LimitName[]).map((n) => [n, n] as const),
];

/** The names by their compared form. */
const NAMES: ReadonlyMap<string, LimitName> = new Map(DISPLAY.map(([shown, n]) => [norm(shown), n]));

/** Multipliers of the units a value may end with (decimal kB/MB/GB, binary KiB/MiB/GiB, k/M/G counts). */
const UNITS: Readonly<Record<string, number>> = {
  "": 1,
  b: 1,
  k: 1e3,
  kb: 1e3,
  kib: 2 ** 10,
  m: 1e6,
  mb: 1e6,
  mib: 2 ** 20,
  g: 1e9,
  gb: 1e9,
  gib: 2 ** 30,
  t: 1e12,
  tb: 1e12,
  tib: 2 ** 40,
};

/** Words that lift a limit. */
const LIFT = new Set(["none", "infinity", "unlimited", "inf", "∞"]);

/**
 * Reads `--limit name=value[,name=value…]` into the reader limits of `@ciudata/table`. Names are
 * those of `ReadLimits` (`maxColumns`) or their short forms (`columns`, `record-size`,
 * `header-size`, `download`, `json-depth`; case, dashes and underscores do not matter); values are whole numbers with an optional unit
 * (`64MiB`, `2GB`, `100k`) or `none`/`infinity` to lift the limit. A bad name (with a "did you
 * mean") or value is a `UsageError` (exit 2) in every language.
 *
 * @example
 * ```ts
 * parseLimits("columns=40000,record-size=64MiB"); //=> { maxColumns: 40000, maxRecordSize: 67108864 }
 * parseLimits("download=none"); //=> { maxDownloadBytes: Infinity }
 * ```
 */
export function parseLimits(text: string): Partial<ReadLimits> {
  const limits: Partial<ReadLimits> = {};
  for (const item of text.split(",")) {
    const entry = item.trim();
    if (entry === "") continue;
    const eq = entry.indexOf("=");
    if (eq === -1) throw usage(words.noEquals(entry));
    const typed = entry.slice(0, eq).trim();
    const name = NAMES.get(norm(typed));
    if (name === undefined) throw usage(words.badName(typed, suggestName(typed)));
    limits[name] = parseValue(name, entry.slice(eq + 1).trim());
  }
  return limits;
}

/**
 * The limits a command line asks for (`--limit`), as `Partial<ReadLimits>`; `{}` without the flag.
 *
 * @example
 * ```ts
 * readLimits({ positionals: ["a.csv"], flags: { limit: "columns=40000" } }); //=> { maxColumns: 40000 }
 * ```
 * @internal
 */
export function readLimits(args: ParsedArgs): Partial<ReadLimits> {
  const value = args.flags.limit;
  return typeof value === "string" ? parseLimits(value) : {};
}

/**
 * How many errors a report lists (`--limit-errors N`, `0` for all); `undefined` without the flag (the
 * library's default, 1000). Every finding is counted whatever the number.
 *
 * @example
 * ```ts
 * readLimitErrors({ positionals: ["a.csv"], flags: { "limit-errors": "0" } }); //=> 0
 * ```
 * @internal
 */
export function readLimitErrors(args: ParsedArgs): number | undefined {
  const value = args.flags["limit-errors"];
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  if (!/^\d[\d_]*$/.test(trimmed)) throw usage(localized(limitsMessages, "badLimitErrors", { value }));
  return Number(trimmed.replaceAll("_", ""));
}

function parseValue(name: LimitName, value: string): number {
  if (LIFT.has(value.toLowerCase())) return Number.POSITIVE_INFINITY;
  const m = /^(\d[\d_]*(?:\.\d+)?)\s*([a-z]*)$/i.exec(value);
  const unit = m ? UNITS[(m[2] ?? "").toLowerCase()] : undefined;
  const n =
    m && unit !== undefined ? Math.floor(Number((m[1] ?? "").replaceAll("_", "")) * unit) : Number.NaN;
  if (!Number.isFinite(n) || n < 1) throw usage(words.badValue(name, value));
  return n;
}

function suggestName(typed: string): string | undefined {
  const known = DISPLAY.map(([shown]) => norm(shown));
  const found = suggest(norm(typed), known) ?? suggest(norm(typed).replace(/^max/, ""), known);
  return found === undefined ? undefined : DISPLAY[known.indexOf(found)]?.[0];
}

const usage = (message: LocalizedText) => new UsageError({ kind: "custom", message });

const list = "columns, record-size, header-size, download, json-depth (maxColumns, maxRecordSize…)";

/** The messages of `--limit`, per language. */
const words = {
  noEquals: (entry: string): LocalizedText => localized(limitsMessages, "noEquals", { entry, list }),
  badName: (typed: string, hint: string | undefined): LocalizedText =>
    localized(limitsMessages, "badName", { typed, hint, list }),
  badValue: (name: LimitName, value: string): LocalizedText =>
    localized(limitsMessages, "badValue", { name, value }),
};
