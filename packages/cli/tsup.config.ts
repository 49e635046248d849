import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    // The declarations come from one tsc program for every package (scripts/build.mjs).
    dts: false,
    clean: true,
    target: "node20",
  },
  {
    // The worker of `clean` on large files (found at dist/node/clean-worker.js by workerScript).
    entry: { "node/clean-worker": "src/commands/clean/worker.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    target: "node20",
  },
  {
    entry: { bin: "src/bin.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
