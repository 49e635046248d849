export { type UniqueValuesOptions, uniqueValues } from "./unique-error";
