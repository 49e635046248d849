export { findPersonalData, type RedactOptions, redactText, type TextCategory, type TextSpan } from "./redact";
