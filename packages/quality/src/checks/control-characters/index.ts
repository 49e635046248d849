export { controlCharactersCheck } from "./check";
export { type ControlCharactersOptions, controlCharacters, controlCharactersIn } from "./control-characters";
export { controlCharactersIssues, controlCharactersMessages } from "./messages";
