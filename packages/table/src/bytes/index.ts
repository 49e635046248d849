export { isOpenedSource } from "./is-opened";
export { openSource } from "./open-source";
export { redactUrl } from "./redact";
export type { OpenedSource, OpenSourceOptions, SourceInput } from "./types";
