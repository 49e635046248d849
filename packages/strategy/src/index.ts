// @ciudata/strategy: encode a city's data strategy, track it as of any date, report it.
// Browser-safe: reading files lives in `@ciudata/strategy/node`. No computation reads the clock.

// ---- Computations as of a date ----
export * from "./compute";
// ---- Domain model (zod schemas and inferred types) ----
export * from "./model";
// ---- Presets ----
export * from "./presets";
// ---- Reports (JSON, Markdown, self-contained HTML) ----
export * from "./report";
// ---- Dates: deadlines, months, time zones ----
export * from "./time";
// ---- Reading and checking a strategy file ----
export * from "./validate";
