import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { checkArchitecture, ROOT } from "../scripts/layers.mjs";

// Rule of the house: the cores run in browsers; Node-only parts live behind `/node`.
// Bundling each core entry for the browser platform fails on any `node:` import or Node global module.
const cores = [
  "core",
  "table",
  "quality",
  "strategy",
  "privacy",
  "open-data",
  "disaggregation",
  "hackathon",
  "linkage",
  "geo",
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

describe("browser-safe roots, import by import", () => {
  // The same rule read from the source (scripts/layers.mjs): names the chain of files from the root entry
  // to the `node:` import or `/node` subpath, following value imports across files and packages.
  it("no root entry reaches a Node built-in or a /node subpath", () => {
    expect(checkArchitecture(ROOT).browser).toEqual([]);
  }, 120_000);
});

describe("@ciudata/disaggregation/territories", () => {
  const bundle = (entry: string) =>
    build({
      entryPoints: [new URL(`../packages/disaggregation/src/${entry}`, import.meta.url).pathname],
      bundle: true,
      write: false,
      platform: "browser",
      format: "esm",
      conditions: ["@ciudata/source"],
      logLevel: "silent",
      metafile: true,
    });

  it("bundles for the browser with no Node built-in, and the package root leaves its lists out", async () => {
    const lists = await bundle("codelists/territories/index.ts");
    expect(lists.errors).toEqual([]);
    expect(Object.keys(lists.metafile.inputs).filter((i) => i.startsWith("node:"))).toEqual([]);
    expect(lists.outputFiles[0]?.text).toContain("San Juan de Lurigancho");
    const root = await bundle("index.ts");
    // The root keeps the first-level lists only: no district or municipality in its bundle.
    expect(Object.keys(root.metafile.inputs).filter((i) => i.includes("codelists/territories/"))).toEqual([]);
    expect(root.outputFiles[0]?.text).not.toContain("San Juan de Lurigancho");
  });
});
