export { asciiValue } from "./ascii-value";
