import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { judge, KERNEL_HELPERS, summarize } from "../scripts/copies.mjs";
import { checkArchitecture, importsOf, judgeCycles, KNOWN_CYCLES, ROOT } from "../scripts/layers.mjs";

// The rules of the house, checked on the source (scripts/layers.mjs): layers, no import cycle.
// The browser-safe roots are checked in browser-safe.test.ts; copies by scripts/copies.mjs (pnpm lint).
describe("architecture of the repository", () => {
  const result = checkArchitecture(ROOT);

  it("imports only declared packages of lower layers", () => {
    expect(result.layers).toEqual([]);
  });

  it("has no import cycle between files or between the folders of a package", () => {
    expect(result.cycleProblems).toEqual([]);
  });

  it("finds the cycles it knows (files and folders)", () => {
    const key = (c: readonly string[]) => [...c].sort().join(" ↔ ");
    expect(result.cycles.map(key).sort()).toEqual(KNOWN_CYCLES.map(key).sort());
  });
});

/** Writes a small workspace: `{ "packages/x/package.json": {...}, "packages/x/src/a.ts": "..." }`. */
function writeTree(files: Record<string, unknown>): string {
  const root = mkdtempSync(join(tmpdir(), "ciudata-layers-"));
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, typeof content === "string" ? content : JSON.stringify(content));
  }
  return root;
}

const manifest = (name: string, dependencies: Record<string, string> = {}) => ({
  name,
  dependencies,
  exports: {
    ".": { "@ciudata/source": "./src/index.ts" },
    "./node": { "@ciudata/source": "./src/node/index.ts" },
  },
});

describe("scripts/layers.mjs on a small tree", () => {
  let roots: string[] = [];
  const tree = (files: Record<string, unknown>) => {
    const root = writeTree(files);
    roots.push(root);
    return root;
  };
  afterEach(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
    roots = [];
  });

  const clean = {
    "packages/core/package.json": manifest("@ciudata/core"),
    "packages/core/src/index.ts": 'export { lang } from "./lang";\n',
    "packages/core/src/lang.ts": 'export const lang = "es";\n',
    "packages/table/package.json": manifest("@ciudata/table", { "@ciudata/core": "workspace:^" }),
    "packages/table/src/index.ts":
      'import { lang } from "@ciudata/core";\nexport * from "./read/read";\nexport { lang };\n',
    "packages/table/src/read/read.ts":
      'import type { Row } from "../rows/row";\nexport const read = (r: Row) => r;\n',
    "packages/table/src/rows/row.ts": "export type Row = string[];\n",
    "packages/table/src/node/index.ts":
      'import { readFile } from "node:fs/promises";\nexport { readFile };\n',
  };

  it("passes a clean tree", () => {
    expect(checkArchitecture(tree(clean))).toEqual({
      layers: [],
      cycles: [],
      cycleProblems: [],
      browser: [],
    });
  });

  it("finds a file cycle (type-only imports count) and names its files", () => {
    const root = tree({
      ...clean,
      "packages/table/src/read/parse.ts": 'import { read } from "./read";\nexport const parse = read;\n',
      "packages/table/src/read/read.ts":
        'import type { Parse } from "./parse.js";\nexport const read = (r: string[]) => r;\nexport type P = Parse;\n',
    });
    const result = checkArchitecture(root);
    expect(result.cycles).toEqual([["packages/table/src/read/parse.ts", "packages/table/src/read/read.ts"]]);
    expect(result.cycleProblems).toEqual([
      "import cycle between packages/table/src/read/parse.ts ↔ packages/table/src/read/read.ts",
    ]);
  });

  it("finds a cycle between two folders of a package through index files", () => {
    const root = tree({
      ...clean,
      "packages/table/src/rows/index.ts": 'export { parse } from "../read/parse";\n',
      "packages/table/src/read/parse.ts": "export const parse = (s: string) => s.split(',');\n",
      "packages/table/src/read/read.ts": 'import "../rows";\nexport const read = (r: string[]) => r;\n',
    });
    expect(checkArchitecture(root).cycles).toEqual([
      ["packages/table/src/read/", "packages/table/src/rows/"],
    ]);
  });

  it("lets two folders share types both ways", () => {
    const root = tree({
      ...clean,
      "packages/table/src/read/parse.ts": "export const parse = (s: string) => s.split(',');\n",
      "packages/table/src/rows/row.ts":
        'import type { parse } from "../read/parse";\nexport type Row = ReturnType<typeof parse>;\n',
    });
    expect(checkArchitecture(root).cycles).toEqual([]);
  });

  it("finds an import from a higher layer and an undeclared package", () => {
    const root = tree({
      ...clean,
      "packages/core/src/lang.ts": 'import { read } from "@ciudata/table";\nexport const lang = read;\n',
    });
    expect(checkArchitecture(root).layers).toEqual([
      "packages/core/src/lang.ts:1 imports @ciudata/table, which @ciudata/core's package.json does not declare",
    ]);
    const declared = tree({
      ...clean,
      "packages/core/package.json": manifest("@ciudata/core", { "@ciudata/table": "workspace:^" }),
      "packages/core/src/lang.ts": 'import { read } from "@ciudata/table";\nexport const lang = read;\n',
    });
    expect(checkArchitecture(declared).layers).toEqual([
      "@ciudata/core depends on @ciudata/table (package.json), which is not in a lower layer",
      "packages/core/src/lang.ts:1 imports @ciudata/table: @ciudata/table is not in a lower layer than @ciudata/core",
    ]);
  });

  it("finds a browser-safe root reaching node: through another package, with the chain", () => {
    const root = tree({
      ...clean,
      "packages/core/package.json": manifest("@ciudata/core"),
      "packages/table/src/read/read.ts": 'import { hostname } from "os";\nexport const read = hostname;\n',
    });
    expect(checkArchitecture(root).browser).toEqual([
      "@ciudata/table: packages/table/src/index.ts → packages/table/src/read/read.ts:1 imports os",
    ]);
    const viaNode = tree({
      ...clean,
      "packages/table/src/read/read.ts":
        'import type { X } from "node:fs";\nexport { readFile } from "@ciudata/table/node";\nexport type Y = X;\n',
    });
    expect(checkArchitecture(viaNode).browser).toEqual([
      "@ciudata/table: packages/table/src/index.ts → packages/table/src/read/read.ts:2 imports @ciudata/table/node",
    ]);
  });

  it("reads every kind of import", () => {
    const text = [
      'import a from "a";',
      'import type { B } from "b";',
      'export * from "c";',
      'export type { D } from "d";',
      'const e = await import("e");',
      "type F = import('f').F;",
    ].join("\n");
    expect(importsOf("x.ts", text)).toEqual([
      { specifier: "a", typeOnly: false, line: 1 },
      { specifier: "b", typeOnly: true, line: 2 },
      { specifier: "c", typeOnly: false, line: 3 },
      { specifier: "d", typeOnly: true, line: 4 },
      { specifier: "e", typeOnly: false, line: 5 },
      { specifier: "f", typeOnly: true, line: 6 },
    ]);
  });

  it("fails when a known cycle is gone, so the list only shrinks", () => {
    expect(judgeCycles([], [["b.ts", "a.ts"]])).toEqual([
      "the known cycle a.ts ↔ b.ts is gone: remove it from KNOWN_CYCLES in scripts/layers.mjs",
    ]);
    expect(judgeCycles([["a.ts", "b.ts"]], [["b.ts", "a.ts"]])).toEqual([]);
  });
});

describe("scripts/copies.mjs verdict", () => {
  const side = (name: string) => ({ name, start: 1, end: 9 });
  const clone = (fragment: string) => ({
    firstFile: side("a/src/x.ts"),
    secondFile: side("b/src/y.ts"),
    fragment,
    lines: 9,
  });

  it("flags a copy of a kernel helper", () => {
    const copies = [
      "export function formatPath(path: PropertyKey[]) {",
      "function describeReceived(value: unknown) {",
      "export const escapeHtml = (text: string) =>",
      'return text.normalize("NFD").replace(/\\p{M}/gu, "");',
      "function isOpened(x: unknown) {",
      "const TYPE_NAMES = {",
      "export function registerPrivacyMessages() {",
    ];
    for (const fragment of copies) {
      expect(judge({ duplicates: [clone(fragment)] }, 10).kernelCopies).toHaveLength(1);
    }
    expect(KERNEL_HELPERS.length).toBe(copies.length);
    const result = judge({ duplicates: [clone(copies[0] ?? "")] }, 10);
    expect(summarize(result)[0]).toBe(
      "✗ copy of the kernel helper formatPath (import it from @ciudata/core): packages/a/src/x.ts:1-9 ≈ packages/b/src/y.ts:1-9",
    );
  });

  it("lets other clones through within the budget and fails over it", () => {
    const report = { duplicates: [clone("const a = formatPath(path);"), clone("return rows.map(f);")] };
    expect(judge(report, 2)).toMatchObject({ count: 2, kernelCopies: [], overBudget: false });
    const over = judge(report, 1);
    expect(over.overBudget).toBe(true);
    expect(summarize(over)).toEqual([
      "2 clone pairs of 6+ lines (budget 1)",
      "✗ 1 clone pair(s) over the budget: reuse the code instead of copying it (the budget in scripts/copies.mjs only goes down)",
    ]);
  });
});
