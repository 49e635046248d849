export { type MissingByGroupOptions, missingByGroup } from "./missing-by-group";
