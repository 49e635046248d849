export { type ForbiddenValueOptions, forbiddenValue } from "./forbidden-value";
