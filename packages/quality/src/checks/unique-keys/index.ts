export { type UniqueKeysOptions, uniqueKeys } from "./unique-keys";
