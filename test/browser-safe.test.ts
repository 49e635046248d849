import { build } from "esbuild";
import { describe, expect, it } from "vitest";

// Rule of the house: the cores run in browsers; Node-only parts live behind `/node`.
// Bundling each core entry for the browser platform fails on any `node:` import or Node global module.
const cores = [
  "table",
  "quality",
  "strategy",
  "privacy",
  "open-data",
  "disaggregation",
  "hackathon",
] as const;

describe("browser-safe cores", () => {
  for (const name of cores) {
    it(`@ciudata/${name} bundles for the browser with no Node built-in`, async () => {
      const result = await build({
        entryPoints: [new URL(`../packages/${name}/src/index.ts`, import.meta.url).pathname],
        bundle: true,
        write: false,
        platform: "browser",
        format: "esm",
        conditions: ["@ciudata/source"],
        logLevel: "silent",
        metafile: true,
      });
      expect(result.errors).toEqual([]);
      const inputs = Object.keys(result.metafile.inputs);
      expect(inputs.filter((i) => i.startsWith("node:") || i.includes("/node/"))).toEqual([]);
      const code = result.outputFiles[0]?.text ?? "";
      expect(code).not.toMatch(/from\s*["']node:/);
      expect(code).not.toMatch(/require\(["'](?:node:)?(?:fs|path|os|crypto|stream)["']\)/);
    });
  }
});
