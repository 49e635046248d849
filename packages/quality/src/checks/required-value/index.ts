export { type RequiredValueOptions, requiredValue } from "./required-value";
