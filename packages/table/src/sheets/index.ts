export type { SheetChoice } from "./read";
export { type ToXlsxOptions, toXlsx, type XlsxCell } from "./write-xlsx";
