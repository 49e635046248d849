export * from "./dates";
export * from "./deadline";
