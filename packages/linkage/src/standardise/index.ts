export { standardiseAddress } from "./address";
export {
  compileDateFormat,
  DATE_FORMATS,
  type DateDetection,
  type DateFormatOptions,
  type DateParser,
  detectDateFormat,
  isDateFormat,
} from "./dates";
export { type CleanId, cleanNationalId, idTypeLabel, resolveIdType } from "./ids";
export {
  FEBRL_MAPPING,
  type LinkMapping,
  LinkMappingSchema,
  type MappingReason,
  MappingReasonSchema,
  mappedColumns,
  parseLinkMapping,
} from "./mapping";
export {
  givenWords,
  type NameFields,
  type NameOrder,
  type NameParts,
  nameFields,
  orderVote,
  splitFullName,
  surnameGroups,
  surnamesOf,
} from "./names";
export { type CleanPhone, cleanPhone, isPhoneCountry, phoneCleaner } from "./phones";
export { spanishPhonetic } from "./phonetic";
export { type SexLetters, sexReader } from "./sex";
export { mappedPositions, type StandardiseOptions, standardise } from "./standardise";
export { suggestMapping } from "./suggest";
export { foldOrNull, foldValue, isSentinel } from "./text";
