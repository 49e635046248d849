import { build } from "esbuild";
import { describe, expect, it } from "vitest";

describe("browser entry", () => {
  it("bundles for the browser with no Node built-in", async () => {
    const result = await build({
      entryPoints: [new URL("../src/index.ts", import.meta.url).pathname],
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
    expect(result.outputFiles[0]?.text ?? "").not.toMatch(/from\s*["']node:/);
  });
});
