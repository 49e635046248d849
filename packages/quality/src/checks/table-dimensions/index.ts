export { tableDimensionsCheck } from "./check";
export { tableDimensionsIssues } from "./messages";
export { type TableDimensionsOptions, tableDimensions } from "./table-dimensions";
