// Types of hostile.mjs, for the root typecheck of test/hostile/pathological.test.ts.
export const BIN: string;
export interface HostileFiles {
  line: string;
  wide: string;
  redosData: string;
  redosSchema: string;
  deepSchema: string;
  plan: string;
}
export interface HostileCase {
  name: string;
  argv: string[];
  input: string;
  plan: string;
}
export interface CaseResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  ms: number;
  rssMb: number | null;
  argv: string[];
}
export const COMMANDS: string[][];
export function writeHostileInputs(dir: string): HostileFiles;
export function hostileCases(files: HostileFiles): HostileCase[];
export function runCase(
  c: HostileCase,
  outDir: string,
  options?: { timeoutMs?: number },
): Promise<CaseResult>;
export const HOSTILE_HEADING: string;
export function withSection(md: string, heading: string, section: string): string;
export function sectionOf(md: string, heading: string): string;
