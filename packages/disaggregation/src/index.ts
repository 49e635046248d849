// @ciudata/disaggregation: the disaggregated-data standard as code. Browser-safe: file helpers live in `./node`.

export * from "./aggregate";
export * from "./checks";
export * from "./codelists";
export * from "./detect";
export { DISAGGREGATION_ERROR_TYPES, registerDisaggregationMessages } from "./messages";
export * from "./normalise";
export * from "./standard";
export * from "./suppress";
export { foldValue, labelKey, parseNumber } from "./text";
