import { defineConfig } from "tsup";

// The worker of parallelRows, started by path: one self-contained ES module without the schema
// validators (zod), so a worker starts in milliseconds instead of loading the whole package.
export default defineConfig({
  entry: { "node/worker": "src/node/parallel/worker.ts" },
  format: ["esm", "cjs"],
  dts: false,
  clean: false,
  splitting: false,
  sourcemap: false,
  target: "es2022",
  treeshake: true,
});
