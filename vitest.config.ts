import { defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

// Tests across workspace packages run on `src` through the `@ciudata/source` export condition.
const conditions = ["@ciudata/source", ...defaultServerConditions];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ["@ciudata/source"] } },
  test: {
    include: ["packages/*/src/**/*.test.ts", "test/**/*.test.ts"],
    typecheck: {
      enabled: true,
      include: ["packages/*/src/**/*.test-d.ts"],
      // Only the type tests: the rest is type-checked once by `tsc -p tsconfig.json` in `pnpm test`.
      tsconfig: "./tsconfig.typetest.json",
    },
    testTimeout: 30_000,
    pool: "forks",
    // Test files share each worker's module cache: loading the packages' sources once per worker, not
    // once per file, is most of what made the suite slow (no test relies on a fresh module: there is no
    // global registry left, and tests that register something undo it).
    isolate: false,
  },
});
