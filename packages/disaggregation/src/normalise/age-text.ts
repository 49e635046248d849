import { ageCode } from "../codelists/age";
import { foldValue } from "../text";
import { AGE_WORDS } from "./synonyms";

const SDMX_AGE_CODE = /^(Y\d+T\d+|Y_GE\d+|Y_LT\d+|Y\d+|M\d+T\d+|M\d+|_T|_U|_X|_N|_Z)$/;
const PREFIX =
  /^(?:grupos? (?:de )?edad(?:es)?|rangos? (?:de )?edad|tramos? (?:de )?edad|grupo etario|rango etario|faixa etaria|edad(?:es)?|age(?: group)?|idade)\s*[:-]?\s*/;
const UNITS = /\b(?:anos|ano|anios|anio|years|year|yrs|old|cumplidos)\b/g;
const MAX_AGE = 130;

const band = (min: number, max: number | null): string | null =>
  min < 0 || min > MAX_AGE || (max !== null && (max < min || max > MAX_AGE)) ? null : ageCode(min, max);

/** Reads a folded age text without a prefix; `null` when not an age. */
function read(s: string): string | null {
  const t = s.replace(UNITS, " ").replace(/\s+/g, " ").trim();
  if (t === "") return null;
  const words = AGE_WORDS[t];
  if (words) return band(words[0], words[1]);
  let m = /^(?:de |entre |desde )?(\d+) ?(?:-|–|—|a|al|hasta|to|ate|y) ?(\d+)$/.exec(t);
  if (m) return band(Number(m[1]), Number(m[2]));
  m =
    /^(?:de )?(\d+) ?(?:\+|y \+|y mas|o mas|-mas|- mas|mas|and over|and older|or more|or over|e mais|ou mais|en adelante|y mayores|o mayores|plus)$/.exec(
      t,
    );
  if (m) return band(Number(m[1]), null);
  m = /^(?:>=|≥|=>) ?(\d+)$/.exec(t);
  if (m) return band(Number(m[1]), null);
  m = /^(?:mas de|mayores de|mayor de|>|over|mais de|acima de) ?(\d+)$/.exec(t);
  if (m) return band(Number(m[1]) + 1, null);
  m = /^(?:<|menos de|menores de|menor de|under|below) ?(\d+)$/.exec(t);
  if (m) return Number(m[1]) >= 1 ? band(0, Number(m[1]) - 1) : null;
  m = /^(?:<=|≤|=<|hasta|up to|ate) ?(\d+)$/.exec(t);
  if (m) return band(0, Number(m[1]));
  m = /^(\d+)(?:[.,]0+)?$/.exec(t);
  if (m) return band(Number(m[1]), Number(m[1]));
  return null;
}

/**
 * Reads an age or age-group spelling as an SDMX-style code: `15 a 24 años` → `Y15T24`, `65 y más` → `Y_GE65`,
 * `<1` → `Y0`, `De 0 a 4` → `Y0T4`, `edad_95-mas` → `Y_GE95`, `Menores de edad (0-17)` → `Y0T17`,
 * `34` → `Y34`. SDMX codes pass through. `null` when it is not an age (unknowns are left to the caller).
 *
 * @example
 * ```ts
 * parseAgeText("15 a 24 años"); //=> "Y15T24"
 * parseAgeText("Adultos (18 y más)"); //=> "Y_GE18"
 * parseAgeText("edad_0-4"); //=> "Y0T4"
 * parseAgeText("no sé"); //=> null
 * ```
 */
export function parseAgeText(raw: string): string | null {
  const trimmed = raw.trim();
  if (SDMX_AGE_CODE.test(trimmed)) return trimmed;
  const s = foldValue(trimmed).replace(PREFIX, "").trim();
  // A range in parentheses wins: "Menores de edad (0-17)".
  const inner = /\(([^)]*)\)/.exec(s);
  if (inner) {
    const code = read(inner[1] as string);
    if (code) return code;
  }
  return read(s.replace(/\([^)]*\)/g, " ").trim()) ?? read(s);
}
