export { formatScore, groupErrors, isRawParam, withoutRawParams } from "./common";
export { type GithubOptions, renderGithub } from "./github";
export { renderHtml } from "./html";
export { type QualityReport, renderJson, toQualityReport } from "./json";
export { escapeMarkdown, renderMarkdown } from "./markdown";
export { type RenderOptions, type ReportMap, renderText } from "./text";
