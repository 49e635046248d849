// Types of scripts/layers.mjs for the tests that import it.

/** The layers, lowest first. */
export const LAYERS: readonly (readonly string[])[];
/** Packages that stand alone above the kernel. */
export const STANDALONE: readonly string[];
/** Packages whose root entry is a Node program. */
export const NODE_ONLY: readonly string[];
/** Cycles known when the check was added (files or folders, relative to the root). */
export const KNOWN_CYCLES: readonly (readonly string[])[];
/** The repository root. */
export const ROOT: string;

/** One import found in a source file. */
export interface FoundImport {
  specifier: string;
  typeOnly: boolean;
  line: number;
}

/** What the rules found in a workspace. */
export interface ArchitectureResult {
  /** (a) imports and dependencies that break the layers. */
  layers: string[];
  /** (b) every file or folder cycle found, each a sorted list. */
  cycles: string[][];
  /** (b) the cycles that fail: new ones, and known ones that are gone. */
  cycleProblems: string[];
  /** (c) chains from a browser-safe root entry to a Node built-in or a `/node` subpath. */
  browser: string[];
}

export function importsOf(file: string, text?: string): FoundImport[];
export function resolveRelative(from: string, specifier: string): string | null;
export function judgeCycles(cycles: readonly string[][], known?: readonly (readonly string[])[]): string[];
export function checkArchitecture(root: string): ArchitectureResult;
