export { crossCellsCheck } from "./cross-cells";
