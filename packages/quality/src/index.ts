export { type QualityOptions, validate } from "./validate";
