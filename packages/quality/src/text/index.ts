export { type CountedColumn, countedColumns } from "./columns";
export { DistinctCounter, type DistinctEntry } from "./distinct";
export { fieldIndex, reportDistinctLimit, reportMissingField } from "./fields";
export { fingerprint, ngramFingerprint, ngrams } from "./fingerprint";
export { collapseSpaces, countAccents, foldAccents, foldText, normaliseKey, normaliseLabel } from "./fold";
export { looksPersonalField, looksPersonalValue, showValue } from "./personal";
