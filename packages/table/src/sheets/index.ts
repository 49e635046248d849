export type { SheetChoice } from "./read";
export { type ToXlsxOptions, toXlsx, toXlsxSheets, type XlsxCell, type XlsxSheet } from "./write-xlsx";
