import { defineConfig } from "tsup";

// The worker of parallelRows, started by path: one self-contained ES module without the schema
// validators (zod), so a worker starts in milliseconds instead of loading the whole package.
// The kernel is bundled in: a worker inherits the test runner's `@ciudata/source` condition, which
// would resolve `@ciudata/core` to its TypeScript sources.
export default defineConfig({
  entry: { "node/worker": "src/node/parallel/worker.ts" },
  format: ["esm", "cjs"],
  dts: false,
  clean: false,
  splitting: false,
  sourcemap: false,
  target: "es2022",
  treeshake: true,
  noExternal: ["@ciudata/core"],
});
