export { rowConstraintCheck } from "./check";
export { rowConstraintIssues } from "./messages";
export { type RowConstraintOptions, rowConstraint } from "./row-constraint";
