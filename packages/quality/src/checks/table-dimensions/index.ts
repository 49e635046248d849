export { type TableDimensionsOptions, tableDimensions } from "./table-dimensions";
