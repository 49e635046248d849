export { isRawParam, withoutRawParams } from "./common";
export { escapeHtml, renderHtml } from "./html";
export { type QualityReport, renderJson, toQualityReport } from "./json";
export { escapeMarkdown, renderMarkdown } from "./markdown";
export { type RenderOptions, renderText } from "./text";
