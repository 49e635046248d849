export type { WriteDialect } from "./format";
export { formatCsvRow, writeCsv } from "./format";
