// Types of scripts/copies.mjs for the tests that import it.

/** One side of a clone pair in jscpd's JSON report. */
export interface CloneSide {
  name: string;
  start: number;
  end: number;
}

/** One clone pair in jscpd's JSON report. */
export interface Clone {
  firstFile: CloneSide;
  secondFile: CloneSide;
  fragment: string;
  lines: number;
}

/** The verdict on a report. */
export interface CopiesResult {
  count: number;
  budget: number;
  kernelCopies: { clone: Clone; helpers: string[] }[];
  overBudget: boolean;
}

export const BUDGET: number;
export const KERNEL_HELPERS: readonly { name: string; pattern: RegExp }[];
export function judge(report: { duplicates: Clone[] }, budget?: number): CopiesResult;
export function summarize(result: CopiesResult): string[];
export function runJscpd(): Promise<{ duplicates: Clone[] }>;
