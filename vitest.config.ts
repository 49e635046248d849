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
  },
});
