export { tupleKey, valueKey } from "./keys";
export { NumberIndex } from "./number-index";
export {
  cellError,
  checkError,
  codePoints,
  fieldIndex,
  type RowError,
  requiredFieldIndex,
  rowError,
  toNumber,
} from "./row-error";
export { mean, median, mode, NumberBuffer, stdev } from "./stats";
