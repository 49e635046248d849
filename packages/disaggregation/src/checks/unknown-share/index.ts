export { unknownShareCheck } from "./unknown-share";
