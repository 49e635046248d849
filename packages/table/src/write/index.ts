export type { WriteDialect } from "./format";
export { csvCellWriter, escapeFormula, formatCsvRow, writeCsv } from "./format";
