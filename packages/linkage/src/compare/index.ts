export { compileComparisons, type PairComparer } from "./compile";
export { defaultSettings } from "./defaults";
export * from "./library/index";
export { damerau } from "./metrics/damerau";
export { jaroWinkler } from "./metrics/jaro-winkler";
