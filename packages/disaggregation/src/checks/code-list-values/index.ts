export { codeListCheck } from "./code-list-values";
