import { readFileSync } from "node:fs";
import type { Hackathon } from "./model";
import { parseHackathon } from "./parse";

/** The docs' worked hackathon file (`examples/hackaton.json`), as written. */
export const EXAMPLE_PATH = new URL("../examples/hackaton.json", import.meta.url);

/** The worked example as JSON, to change in a test before parsing. */
export function exampleJson(): Record<string, unknown> & {
  scores: Array<Record<string, unknown>>;
  submissions: Array<Record<string, unknown>>;
  judges: Array<Record<string, unknown>>;
} {
  return JSON.parse(readFileSync(EXAMPLE_PATH, "utf8"));
}

/** The worked example, parsed. */
export function example(change: (json: ReturnType<typeof exampleJson>) => void = () => {}): Hackathon {
  const json = exampleJson();
  change(json);
  return parseHackathon(json);
}
