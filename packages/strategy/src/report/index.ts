export { formatNumber, formatPct } from "./format";
export { escapeHtml, renderHtml } from "./html";
export { renderMarkdown } from "./markdown";
export {
  ownerName,
  pick,
  REPORT_FORMAT,
  type ReportAction,
  type ReportIndicator,
  type ReportOptions,
  renderJson,
  type StrategyReport,
  strategyReport,
} from "./snapshot";
export { LIGHT_LABELS, reasonText, STATUS_LABELS } from "./words";
