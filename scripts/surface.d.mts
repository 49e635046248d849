// Types of scripts/surface.mjs for the tests that import it.

/** The repository root. */
export const ROOT: string;
/** Where the snapshots live (`test/surface`). */
export const SURFACE_DIR: string;

/** A package and its entry points (from the `@ciudata/source` conditions of its `exports` map). */
export interface PackageEntries {
  name: string;
  /** The snapshot file name, e.g. `table.txt`. */
  file: string;
  entries: { entry: string; source: string }[];
}

/** Names added and removed, each `<entry> <type|value> <name>`. */
export interface SurfaceChange {
  added: string[];
  removed: string[];
}

export function listEntries(root?: string): PackageEntries[];
export function computeSurface(root?: string): Map<string, string>;
export function diffSurface(before: string, after: string): SurfaceChange;
export function describeChange(file: string, change: SurfaceChange): string;
