import type { CastFailure } from "./failure";
import { isoTime, matchIsoTime, matchOffset } from "./iso";
import { compileStrptime } from "./strptime";
import { partsCaster, patternCaster } from "./temporal-caster";
import { type PartsMatcher, toTimeString } from "./temporal-parts";

/** `3:00 am`, `3 pm`, `11:45:10 PM` (format `any`). */
const twelveHour: PartsMatcher = (s, p) => {
  let i = 0;
  let h = 0;
  while (i < 2 && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) h = h * 10 + s.charCodeAt(i++) - 48;
  if (i === 0 || h < 1 || h > 12) return false;
  const parts = [0, 0];
  for (let k = 0; k < 2 && s.charCodeAt(i) === 58; k++) {
    const a = s.charCodeAt(i + 1) - 48;
    const b = s.charCodeAt(i + 2) - 48;
    if (a < 0 || a > 5 || b < 0 || b > 9) return false;
    parts[k] = a * 10 + b;
    i += 3;
  }
  while (s.charCodeAt(i) === 32) i++;
  const suffix = s.slice(i).toLowerCase().replaceAll(".", "");
  if (suffix !== "am" && suffix !== "pm") return false;
  p.hour = (h % 12) + (suffix === "pm" ? 12 : 0);
  p.minute = parts[0] ?? 0;
  p.second = parts[1] ?? 0;
  return true;
};

/** `HH:MM` with an optional offset (format `any`). */
const shortIso: PartsMatcher = (s, p) => {
  const i = matchIsoTime(s, 0, p, true);
  return i >= 0 && matchOffset(s, i, p) === s.length;
};

/**
 * Builds the caster of a `time` field: the normalised string `HH:MM:SS[.fff][Z|±HH:MM]`.
 * `format` is `default` (ISO `HH:MM:SS`), `any` (ISO, `HH:MM`, `3:00 am`, `%H.%M`) or a strptime
 * pattern (`%H:%M` → `"06:00:00"`).
 *
 * @example
 * ```ts
 * createTimeCaster("%H:%M")("06:00"); // "06:00:00"
 * ```
 */
export function createTimeCaster(format = "default"): (cell: string) => string | CastFailure {
  if (format === "default") return partsCaster([isoTime], toTimeString);
  if (format === "any")
    return partsCaster([isoTime, shortIso, twelveHour, compileStrptime("%H.%M")], toTimeString);
  return patternCaster(format, toTimeString);
}
