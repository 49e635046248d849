export { duplicateRow } from "./duplicate-row";
