export { qualityMessages } from "./messages";
