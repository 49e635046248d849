export * from "./action";
export * from "./common";
export * from "./document";
export * from "./governance";
export * from "./indicator";
export * from "./inventory";
export * from "./org";
export * from "./people";
