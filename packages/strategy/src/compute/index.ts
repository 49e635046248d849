export * from "./indicators";
export * from "./progress";
export * from "./risk";
export * from "./status";
