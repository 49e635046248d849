export type { WriteDialect } from "./format";
export { escapeFormula, formatCsvRow, writeCsv } from "./format";
