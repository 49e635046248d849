export { uniqueKeysCheck } from "./check";
export { type UniqueKeysOptions, uniqueKeys } from "./unique-keys";
