import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    "node/index": "src/node/index.ts",
  },
  format: ["esm", "cjs"],
  // The declarations come from one tsc program for every package (scripts/build.mjs).
  dts: false,
  clean: true,
  sourcemap: false,
  target: "es2022",
  treeshake: true,
});
