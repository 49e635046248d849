export { type CellCaseResult, runCellCases } from "./cells";
