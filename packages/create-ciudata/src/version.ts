import { version } from "../package.json";

/** This package's version, taken from its package.json when built (and read directly under vitest). */
export const VERSION: string = version;
