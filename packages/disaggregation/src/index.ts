// @ciudata/disaggregation: the disaggregated-data standard as code. Browser-safe: file helpers live in `./node`.

export * from "./checks";
export * from "./codelists";
export * from "./detect";
export { DISAGGREGATION_ERROR_TYPES, registerDisaggregationMessages } from "./messages";
export * from "./normalise";
export * from "./standard";
export { foldValue, labelKey, parseNumber } from "./text";
