export { totalsCheck } from "./totals";
