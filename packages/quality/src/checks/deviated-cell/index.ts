export { type DeviatedCellOptions, deviatedCell } from "./deviated-cell";
