export { digest } from "./hash";
export { tupleKey, valueKey } from "./keys";
export { NumberIndex } from "./number-index";
export { cellError, checkError, fieldIndex, type RowError, rowError, toNumber } from "./row-error";
export { mean, median, mode, NumberBuffer, stdev } from "./stats";
