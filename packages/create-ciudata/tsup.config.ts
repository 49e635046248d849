import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    // The declarations come from one tsc program for every package (scripts/build.mjs).
    dts: false,
    clean: true,
    target: "node20",
    // `import.meta.url` (where the templates are) also works in the CommonJS build.
    shims: true,
  },
  {
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
