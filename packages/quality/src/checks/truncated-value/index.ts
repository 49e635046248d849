export { truncatedValue } from "./truncated-value";
