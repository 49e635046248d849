import { compilePattern, patternProblem, type SafePattern } from "@ciudata/table";
import {
  BR_UFS,
  CL_REGIONES,
  CO_DEPARTAMENTOS,
  MX_CDMX_ALCALDIAS,
  MX_ENTIDADES,
  PE_DEPARTAMENTOS,
} from "./countries";
import { WG_RESPONSE } from "./disability";
import {
  SDMX_AGE,
  SDMX_CONF_STATUS,
  SDMX_DISABILITY,
  SDMX_OBS_STATUS,
  SDMX_QUANTILE,
  SDMX_SEX,
  SDMX_URBANISATION,
} from "./sdmx";
import {
  AR_DNI_SEX,
  HL7_ADMINISTRATIVE_GENDER,
  INDEC_2022_AFRODESCENDANT,
  INDEC_2022_GENDER_IDENTITY,
  INDEC_2022_INDIGENOUS,
  INDEC_2022_SEX_AT_BIRTH,
  ISO_5218,
  MIGRATION_STATUS,
  MX_CURP_SEX,
} from "./sex-gender";
import { AR_PROVINCIAS, CABA_COMUNAS, MENDOZA_DEPARTAMENTOS, TERRITORY_FORMAT_LISTS } from "./territory";
import type { CodeList, CodeRole } from "./types";

/** Every built-in code list, by id. */
export const BUILTIN_CODE_LISTS: Readonly<Record<string, CodeList>> = Object.freeze(
  Object.fromEntries(
    [
      SDMX_SEX,
      SDMX_AGE,
      SDMX_URBANISATION,
      SDMX_DISABILITY,
      SDMX_QUANTILE,
      SDMX_OBS_STATUS,
      SDMX_CONF_STATUS,
      ISO_5218,
      HL7_ADMINISTRATIVE_GENDER,
      AR_DNI_SEX,
      MX_CURP_SEX,
      INDEC_2022_SEX_AT_BIRTH,
      INDEC_2022_GENDER_IDENTITY,
      INDEC_2022_INDIGENOUS,
      INDEC_2022_AFRODESCENDANT,
      MIGRATION_STATUS,
      WG_RESPONSE,
      AR_PROVINCIAS,
      MENDOZA_DEPARTAMENTOS,
      CABA_COMUNAS,
      PE_DEPARTAMENTOS,
      MX_ENTIDADES,
      MX_CDMX_ALCALDIAS,
      CL_REGIONES,
      CO_DEPARTAMENTOS,
      BR_UFS,
      ...TERRITORY_FORMAT_LISTS,
    ].map((list) => [list.id, list]),
  ),
);

const patterns = new WeakMap<CodeList, { ids: Set<string>; re: SafePattern | null }>();
/** A list's pattern searches the code (write `^…$` to match it whole); one that cannot run safely matches nothing. */
const searchPattern = (source: string | undefined): SafePattern | null =>
  source && patternProblem(source, { anchored: false }) === null
    ? compilePattern(source, { anchored: false })
    : null;
const index = (list: CodeList) => {
  let entry = patterns.get(list);
  if (!entry) {
    entry = { ids: new Set(list.codes.map((c) => c.id)), re: searchPattern(list.pattern) };
    patterns.set(list, entry);
  }
  return entry;
};

/**
 * Whether a code belongs to a list: one of its codes, or matching its pattern for open lists (formats).
 *
 * @example
 * ```ts
 * isInCodeList(BUILTIN_CODE_LISTS["sdmx-sex"]!, "_O"); //=> true
 * isInCodeList(BUILTIN_CODE_LISTS["indec-departamento"]!, "02001"); //=> true
 * isInCodeList(BUILTIN_CODE_LISTS["sdmx-age"]!, "Y3T7"); //=> false (the SDMX list is closed)
 * ```
 */
export function isInCodeList(list: CodeList, code: string): boolean {
  const { ids, re } = index(list);
  return ids.has(code) || re?.test(code) === true;
}

/**
 * The role of a code (`total`, `unknown`…): from the list when it has the code, else by the SDMX
 * convention (`_T` total, `_U` unknown, `_N` non response, `_X` not available, `_O` other).
 *
 * @example
 * ```ts
 * codeRole("_T"); //=> "total"
 * codeRole("F"); //=> "category"
 * ```
 */
export function codeRole(code: string, list?: CodeList): CodeRole {
  const found = list?.codes.find((c) => c.id === code);
  if (found?.role) return found.role;
  switch (code) {
    case "_T":
      return "total";
    case "_U":
      return "unknown";
    case "_N":
      return "non-response";
    case "_X":
      return "not-available";
    case "_O":
      return "other";
    default:
      return "category";
  }
}

/**
 * A built-in code list by id, or `undefined`.
 *
 * @example
 * ```ts
 * getCodeList("mendoza-departamentos")?.codes.length; //=> 18
 * ```
 */
export function getCodeList(id: string): CodeList | undefined {
  return BUILTIN_CODE_LISTS[id];
}
