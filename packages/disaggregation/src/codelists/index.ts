export { AGE_PRESETS, type AgePresetName, ageCode, bandOf, describeAgeCode, parseAgeCode } from "./age";
export {
  type BarrioListOptions,
  type BarrioListOutcome,
  barrioListFromCsv,
  barrioListFromJson,
} from "./barrios";
export { WG_DOMAINS, WG_RESPONSE, type WgAnswers, type WgDomain, washingtonGroupStatus } from "./disability";
export { BUILTIN_CODE_LISTS, codeRole, getCodeList, isInCodeList } from "./registry";
export {
  SDMX_AGE,
  SDMX_CONF_STATUS,
  SDMX_DISABILITY,
  SDMX_OBS_STATUS,
  SDMX_QUANTILE,
  SDMX_SEX,
  SDMX_URBANISATION,
} from "./sdmx";
export {
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
export {
  AR_PROVINCIAS,
  CABA_COMUNAS,
  MENDOZA_DEPARTAMENTOS,
  normaliseTerritoryCode,
  TERRITORY_FORMAT_LISTS,
  TERRITORY_FORMATS,
  type TerritoryFormat,
} from "./territory";
export type { AgeBand, Code, CodeList, CodeRole, Confidence, LocalizedLabel, TerritoryLevel } from "./types";
