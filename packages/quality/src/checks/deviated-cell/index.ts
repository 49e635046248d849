export { deviatedCellCheck } from "./check";
export { type DeviatedCellOptions, deviatedCell } from "./deviated-cell";
export { deviatedCellIssues } from "./messages";
