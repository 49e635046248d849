import { defineConfig } from "vite";

// Static files with relative paths: `dist/` works from any folder of any web server.
// The @ciudata packages come from their built `dist` (run `pnpm build` at the repository root first).
export default defineConfig({
  base: "./",
  // Plot, the strategy model and the quality checks weigh about 220 kB gzipped together.
  build: { target: "es2022", chunkSizeWarningLimit: 1000 },
});
