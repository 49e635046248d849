export { type RowConstraintOptions, rowConstraint } from "./row-constraint";
