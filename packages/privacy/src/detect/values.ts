import { foldText } from "@ciudata/core";
import type { CountryCode } from "libphonenumber-js";
import { parsePhoneNumberFromString } from "libphonenumber-js";

/** The countries whose numbering plans the phone detector knows. */
export const PHONE_COUNTRIES: readonly CountryCode[] = ["AR", "CL", "MX", "BR", "CO", "UY", "PE", "EC"];

const EMAIL = /^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}$/;
const PHONE_SHAPE = /^\+?[\d\s().-]{7,22}$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/;
const DMY_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const DECIMAL = /^-?\d{1,3}[.,](\d{1,20})$/;
const WKT_POINT = /^POINT\s*\(\s*(-?\d{1,3}(?:\.\d{1,20})?)\s+(-?\d{1,3}(?:\.\d{1,20})?)\s*\)$/i;
const HEX_ID =
  /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
const STREET =
  /^(?:calle|c\/|av\.?|avda\.?|avenida|pasaje|pje\.?|bv\.?|boulevard|bulevar|diagonal|ruta|camino|rua|r\.|travessa|alameda|rodovia|estrada|carrera|cra\.?|cl\.?|jr\.?|jir[oó]n|manzana|mz\.?)\s/i;
const HOUSE_NUMBER = /(?:^|\s)(?:n[°º]?\s?|#\s?)?\d{1,5}(?:\s|$|,)/;
const NAME_TOKEN = /^[A-ZÁÉÍÓÚÜÑÇÃÕÂÊÔ][A-ZÁÉÍÓÚÜÑÇÃÕÂÊÔa-záéíóúüñçãõâêô'’-]{1,30}\.?$/;
const TITLES = /^(?:dr|dra|lic|ing|prof|sr|sra|srta|arq|mg|cdor|cdora)\.?$/i;
/** Words that make a "name" an institution or place, not a person. */
const NOT_PERSON =
  /^(?:hospital|hosp|centro|plaza|parque|escuela|colegio|instituto|universidad|hogar|clinica|clínica|sanatorio|unidad|sala|puesto|consultorio|ministerio|municipalidad|direccion|dirección|secretaria|secretaría|fundacion|fundación|asociacion|asociación|club|iglesia|biblioteca|estacion|estación|comuna|barrio|provincia|departamento|ciudad|villa|sa|srl|sas|ltda|cia|capital|norte|sur|este|oeste|general|nacional|municipal|provincial|de|del|la|las|los|el|y)$/i;
const CONNECTORS = /^(?:de|del|la|las|los|y|e|da|das|do|dos|van|von)$/i;
/** An administrative area with its number (`COMUNA 10`, `Distrito 3`) or a normative reference (`Decreto 1234`). */
const AREA_OR_NORM =
  /^(?:comuna|barrio|distrito|departamento|depto|provincia|regi[oó]n|zona|sector|partido|municipio|localidad|secci[oó]n|circuito|circunscripci[oó]n|cgp|ccz|cuartel|radio|fracci[oó]n|decreto|dto|ley|lei|resoluci[oó]n|res|ordenanza|disposici[oó]n|norma|expediente|expte|art[ií]culo|art|acta|portaria)\.?\s/i;
/** Words that name an institution (whole words, accents and case ignored). */
const INSTITUTION =
  /(?:^|[^a-z])(?:hospital|hosp|escuela|esc|colegio|jardin|instituto|universidad|facultad|liceo|escola|creche|centro|cesac|caps|ministerio|ministerios|secretaria|subsecretaria|direccion|municipalidad|municipio|prefeitura|gobierno|gcba|fundacion|asociacion|cooperativa|club|biblioteca|museo|teatro|sanatorio|clinica|policlinico|consultorio|posta|puesto|unidad|comisaria|juzgado|tribunal|defensoria|registro|oficina|banco|empresa|sociedad|iglesia|parroquia|hogar|comedor|estacion|terminal|polideportivo|complejo|agencia|organismo|consejo|camara|maternidad|dispensario|laboratorio|farmacia|sede|delegacion|servicio|programa|ente|s\.a\.?|s\.?r\.?l|ltda)(?:$|[^a-z])/;

/**
 * True for an e-mail address (linear regular expression, no backtracking blow-up).
 *
 * @example
 * ```ts
 * isEmail("ana.perez@mendoza.gov.ar"); //=> true
 * ```
 */
export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value.trim());
}

/**
 * The country whose numbering plan makes the value a valid phone number (E.164, national forms such as
 * AR `0261 15-555-1234`), or `null`.
 *
 * @example
 * ```ts
 * phoneCountry("+54 9 261 555-1234"); //=> "AR"
 * ```
 */
export function phoneCountry(
  value: string,
  countries: readonly CountryCode[] = PHONE_COUNTRIES,
): CountryCode | null {
  const v = value.trim();
  if (!PHONE_SHAPE.test(v)) return null;
  const digits = v.replace(/\D/g, "").length;
  if (digits < 7 || digits > 15) return null;
  for (const c of countries) {
    const p = parsePhoneNumberFromString(v, c);
    if (p?.isValid()) return (p.country as CountryCode | undefined) ?? c;
  }
  return null;
}

/**
 * The year of a date written `yyyy-mm-dd` or `dd/mm/yyyy` (also with `-` or `.`), or `null`.
 *
 * @example
 * ```ts
 * dateYear("14/9/1936"); //=> 1936
 * ```
 */
export function dateYear(value: string): number | null {
  const v = value.trim();
  let m = ISO_DATE.exec(v);
  if (m) return Number(m[2]) <= 12 && Number(m[3]) <= 31 ? Number(m[1]) : null;
  m = DMY_DATE.exec(v);
  if (m) return Number(m[1]) <= 31 && Number(m[2]) <= 12 ? Number(m[3]) : null;
  return null;
}

/**
 * Decimal places of a coordinate (decimal point or comma, or a WKT `POINT`), and the precision they give
 * in metres (≈ 111 km / 10^places); `null` when the value is not a coordinate.
 *
 * @example
 * ```ts
 * coordinatePrecision("-34,6253367952668"); //=> { places: 13, metres: 0.00000001 }
 * ```
 */
export function coordinatePrecision(value: string): { places: number; metres: number } | null {
  const v = value.trim();
  const wkt = WKT_POINT.exec(v);
  const text = wkt ? (wkt[1] as string) : v;
  const m = DECIMAL.exec(text);
  if (!m) return null;
  const n = Math.abs(Number(text.replace(",", ".")));
  if (!(n <= 180)) return null;
  const places = (m[1] as string).length;
  return { places, metres: Number((111_320 / 10 ** places).toPrecision(2)) };
}

/**
 * True for a pseudonymous hex identifier (MD5/SHA hash, UUID).
 *
 * @example
 * ```ts
 * isHexId("efbb9abe744514f0080d1a216e0d6c7d"); //=> true
 * ```
 */
export function isHexId(value: string): boolean {
  return HEX_ID.test(value.trim());
}

/**
 * True when the value looks like a person's name: 1-6 capitalised words (Hispanic double surnames,
 * particles `de`, `del`, `da`), titles such as `Dr.` allowed, no digits, no institution or place words.
 *
 * @example
 * ```ts
 * looksLikeName("María de los Ángeles Pérez García"); //=> true
 * looksLikeName("HOSPITAL GENERAL DE AGUDOS"); //=> false
 * ```
 */
export function looksLikeName(value: string, minWords = 1): boolean {
  const v = value.trim();
  if (v.length < 2 || v.length > 80 || /\d/.test(v)) return false;
  const words = v.split(/\s+/).filter((w) => !TITLES.test(w));
  const content = words.filter((w) => !CONNECTORS.test(w));
  if (content.length < minWords || words.length > 6) return false;
  for (const w of words) {
    if (NOT_PERSON.test(w) && !CONNECTORS.test(w)) return false;
    if (!CONNECTORS.test(w) && !NAME_TOKEN.test(w)) return false;
  }
  return true;
}

/**
 * True when the value looks like a street address: a street word (calle, av., rua, carrera…) or a street
 * name followed by a house number.
 *
 * @example
 * ```ts
 * looksLikeAddress("Av. San Martín 1234"); //=> true
 * ```
 */
export function looksLikeAddress(value: string): boolean {
  const v = value.trim();
  if (v.length < 5 || v.length > 120 || AREA_OR_NORM.test(v)) return false;
  return (
    (STREET.test(v) && /\d/.test(v)) ||
    (/^[A-Za-zÁÉÍÓÚÑáéíóúñ.,' ]{3,60}\s\d{1,5}$/.test(v) && HOUSE_NUMBER.test(v))
  );
}

/**
 * True when the value looks like the name of an institution (Hospital, Escuela, Centro de Salud,
 * Ministerio, Municipalidad, Fundación, S.A.…), not of a person.
 *
 * @example
 * ```ts
 * looksLikeInstitution("HOSPITAL GENERAL DE AGUDOS D. VELEZ SARSFIELD"); //=> true
 * looksLikeInstitution("María Pérez"); //=> false
 * ```
 */
export function looksLikeInstitution(value: string): boolean {
  const v = foldText(value.trim());
  return v.length >= 3 && v.length <= 200 && INSTITUTION.test(v);
}
