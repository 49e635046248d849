import type { AgeBand, LocalizedLabel } from "./types";

const RANGE = /^Y(\d+)T(\d+)$/;
const OPEN = /^Y_GE(\d+)$/;
const SINGLE = /^Y(\d+)$/;
const UNDER = /^Y_LT(\d+)$/;

/**
 * Reads an SDMX age code as a band of whole years: `Y15T24` → 15–24, `Y_GE65` → 65+, `Y0` → under 1,
 * `Y30` → exactly 30. Totals, unknowns and month codes (`M36T59`) give `null`.
 *
 * @example
 * ```ts
 * parseAgeCode("Y15T24"); //=> { code: "Y15T24", min: 15, max: 24 }
 * parseAgeCode("Y_GE65"); //=> { code: "Y_GE65", min: 65, max: null }
 * parseAgeCode("_T"); //=> null
 * ```
 */
export function parseAgeCode(code: string): AgeBand | null {
  let m = RANGE.exec(code);
  if (m) {
    const min = Number(m[1]);
    const max = Number(m[2]);
    return max >= min ? { code, min, max } : null;
  }
  m = OPEN.exec(code);
  if (m) return { code, min: Number(m[1]), max: null };
  m = UNDER.exec(code);
  if (m && Number(m[1]) > 0) return { code, min: 0, max: Number(m[1]) - 1 };
  m = SINGLE.exec(code);
  if (m) return { code, min: Number(m[1]), max: Number(m[1]) };
  return null;
}

/**
 * Builds the SDMX-style code of a band of whole years: a single year is `Y{n}` (`Y0` = under 1),
 * open bands `Y_GE{a}`, the rest `Y{a}T{b}`. The SDMX list is closed: check the code against it after.
 *
 * @example
 * ```ts
 * ageCode(15, 24); //=> "Y15T24"
 * ageCode(65, null); //=> "Y_GE65"
 * ageCode(0, 0); //=> "Y0"
 * ```
 */
export function ageCode(min: number, max: number | null): string {
  if (max === null) return `Y_GE${min}`;
  if (max === min) return `Y${min}`;
  return `Y${min}T${max}`;
}

/**
 * Words for an age code in es/en/pt (`Y15T24` → "15 a 24 años").
 *
 * @example
 * ```ts
 * describeAgeCode("Y_GE65").es; //=> "65 años y más"
 * describeAgeCode("Y0").en; //=> "under 1 year old"
 * ```
 */
export function describeAgeCode(code: string): LocalizedLabel {
  const special: Record<string, LocalizedLabel> = {
    _T: { es: "Todas las edades", en: "All age ranges or no breakdown by age", pt: "Todas as idades" },
    _U: { es: "Edad desconocida", en: "Unknown", pt: "Idade desconhecida" },
    _X: { es: "No disponible", en: "Not available", pt: "Não disponível" },
    _N: { es: "Sin respuesta", en: "Non response", pt: "Sem resposta" },
    Y0: { es: "Menos de 1 año", en: "under 1 year old", pt: "Menos de 1 ano" },
    M0: { es: "Menos de 1 mes", en: "under 1 month old", pt: "Menos de 1 mês" },
  };
  const fixed = special[code];
  if (fixed) return fixed;
  const months = /^M(\d+)T(\d+)$/.exec(code);
  if (months)
    return {
      es: `${months[1]} a ${months[2]} meses`,
      en: `${months[1]} to ${months[2]} months old`,
      pt: `${months[1]} a ${months[2]} meses`,
    };
  const band = parseAgeCode(code);
  if (!band) return { es: code, en: code, pt: code };
  if (band.max === null)
    return {
      es: `${band.min} años y más`,
      en: `${band.min} years old and over`,
      pt: `${band.min} anos ou mais`,
    };
  if (band.min === band.max)
    return { es: `${band.min} años`, en: `${band.min} years old`, pt: `${band.min} anos` };
  if (band.min === 0)
    return {
      es: `Menos de ${band.max + 1} años`,
      en: `under ${band.max + 1} years old`,
      pt: `Menos de ${band.max + 1} anos`,
    };
  return {
    es: `${band.min} a ${band.max} años`,
    en: `${band.min} to ${band.max} years old`,
    pt: `${band.min} a ${band.max} anos`,
  };
}

const bands = (pairs: ReadonlyArray<readonly [number, number | null]>): AgeBand[] =>
  pairs.map(([min, max]) => ({ code: ageCode(min, max), min, max }));

const fiveYear = (last: number): Array<readonly [number, number | null]> => {
  const out: Array<readonly [number, number | null]> = [];
  for (let a = 0; a < last; a += 5) out.push([a, a + 4]);
  out.push([last, null]);
  return out;
};

/**
 * Age presets after the UN *Provisional Guidelines on Standard International Age Classifications*
 * (ST/ESA/STAT/SER.M/74, 1982) and the SDG groups: 5-year groups (to 85+ or 95+), the UN detailed groups
 * (under 1, 1–4, 5–9…), the UN broad groups, SDG youth 15–24, children 0–17 / adults 18+, older persons 60+ and 65+.
 */
export const AGE_PRESETS = {
  /** 0–4, 5–9 … 80–84, 85+. */
  "quinquenal-85": bands(fiveYear(85)),
  /** 0–4, 5–9 … 90–94, 95+ (INDEC Censo 2010). */
  "quinquenal-95": bands(fiveYear(95)),
  /** Under 1, 1–4, 5–9 … 80–84, 85+. */
  "un-detallado": bands([[0, 0], [1, 4], ...fiveYear(85).slice(1)]),
  /** Under 15, 15–24, 25–44, 45–64, 65+. */
  "un-amplio": bands([
    [0, 14],
    [15, 24],
    [25, 44],
    [45, 64],
    [65, null],
  ]),
  /** SDG youth: 15–24 (only that band). */
  juventud: bands([[15, 24]]),
  /** Children 0–17 and adults 18+. */
  "ninez-18": bands([
    [0, 17],
    [18, null],
  ]),
  /** Under 60 and older persons 60+. */
  "mayores-60": bands([
    [0, 59],
    [60, null],
  ]),
  /** Under 65 and older persons 65+. */
  "mayores-65": bands([
    [0, 64],
    [65, null],
  ]),
} as const satisfies Record<string, readonly AgeBand[]>;

/** The name of a built-in age preset. */
export type AgePresetName = keyof typeof AGE_PRESETS;

/**
 * The band a whole age falls in, or `null` when no band covers it.
 *
 * @example
 * ```ts
 * bandOf(17, AGE_PRESETS["ninez-18"])?.code; //=> "Y0T17"
 * bandOf(70, AGE_PRESETS["un-amplio"])?.code; //=> "Y_GE65"
 * ```
 */
export function bandOf(age: number, presetBands: readonly AgeBand[]): AgeBand | null {
  const years = Math.floor(age);
  for (const b of presetBands) if (years >= b.min && (b.max === null || years <= b.max)) return b;
  return null;
}
