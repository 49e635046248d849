export { runIdVectors } from "./ids";
export { runSdcSuite, type SdcSuiteFiles } from "./sdc";
export { type ConformanceCase, type ConformanceGroup, countCases } from "./types";
