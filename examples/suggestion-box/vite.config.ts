import { defineConfig } from "vite";

// Static files with relative paths; `server.mjs` serves `dist/` and receives the suggestions.
// The @ciudata packages come from their built `dist` (run `pnpm build` at the repository root first).
export default defineConfig({
  base: "./",
  build: { target: "es2022" },
  // With `pnpm dev`, suggestions go to `pnpm start` running beside it.
  server: { proxy: { "/api": "http://127.0.0.1:8787" } },
});
