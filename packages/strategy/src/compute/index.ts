export * from "./diff";
export * from "./indicators";
export * from "./inventory";
export * from "./maturity";
export * from "./progress";
export * from "./risk";
export * from "./status";
export * from "./survey";
