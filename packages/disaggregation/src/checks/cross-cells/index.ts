export { crossCellsCheck, MAX_CROSS_CELL_GROUPS } from "./cross-cells";
