import { defineConfig } from "tsup";

// The worker threads of `describeFile` (found beside the node entry, started by path): one
// self-contained module with only what counts a byte range (the range reader, the casters), so each
// worker starts in a third of the time importing `@ciudata/table` whole takes (its schema validators…).
// A worker inherits the test runner's `@ciudata/source` condition, which would resolve the kernel
// packages to their TypeScript sources: bundled in, they never are.
export default defineConfig({
  // range-checks: the default checks' per-range code, loaded by the workers of parallelRows.
  entry: { "node/stats-worker": "src/node/stats-worker.ts", "node/range-checks": "src/node/range-checks.ts" },
  format: ["esm", "cjs"],
  dts: false,
  clean: false,
  splitting: false,
  sourcemap: false,
  target: "es2022",
  treeshake: true,
  noExternal: ["@ciudata/core", "@ciudata/table", "zod", "papaparse"],
});
