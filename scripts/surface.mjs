// `node scripts/surface.mjs [--update]`: the public surface of every package, so that its growth is a
// visible decision. Lists the names each entry point exports (entries: the `@ciudata/source` conditions of
// the package.json `exports` map; names: the TypeScript compiler's `getExportsOfModule`) into
// `test/surface/<package>.txt`, one `type <name>` or `value <name>` a line under a `# <entry>` heading.
// Without `--update` it compares with those files and fails on a difference; `pnpm surface:update` rewrites them.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";

/** The repository root. */
export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

/** Where the snapshots live. */
export const SURFACE_DIR = join(ROOT, "test", "surface");

/** The packages and their entry points: `[{ name, file, entries: [{ entry, source }] }]`. */
export function listEntries(root = ROOT) {
  const base = join(root, "packages");
  const out = [];
  for (const dir of readdirSync(base).sort()) {
    const manifest = join(base, dir, "package.json");
    if (!existsSync(manifest)) continue;
    const pkg = JSON.parse(readFileSync(manifest, "utf8"));
    const entries = [];
    for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
      const source = typeof target === "object" && target !== null ? target["@ciudata/source"] : undefined;
      if (typeof source !== "string") continue;
      entries.push({
        entry: subpath === "." ? pkg.name : `${pkg.name}${subpath.slice(1)}`,
        source: join(base, dir, source),
      });
    }
    if (entries.length > 0) out.push({ name: pkg.name, file: `${dir}.txt`, entries });
  }
  return out;
}

/**
 * The surface of every package: `Map<file, text>` where text lists each entry point's exported names.
 *
 * @example
 * ```js
 * computeSurface().get("core.txt"); // "# @ciudata/core\ntype Lang\nvalue resolveLang\n…"
 * ```
 */
export function computeSurface(root = ROOT) {
  const packages = listEntries(root);
  const config = ts.readConfigFile(join(root, "tsconfig.base.json"), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const program = ts.createProgram({
    rootNames: packages.flatMap((p) => p.entries.map((e) => e.source)),
    options: { ...options, noEmit: true, skipLibCheck: true, types: ["node"] },
  });
  const checker = program.getTypeChecker();
  const surface = new Map();
  for (const p of packages) {
    const lines = [];
    for (const { entry, source } of p.entries) {
      lines.push(`# ${entry}`);
      const file = program.getSourceFile(source);
      const moduleSymbol = file && checker.getSymbolAtLocation(file);
      const names = [];
      for (const symbol of moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : []) {
        const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
        const kind = target.flags & ts.SymbolFlags.Value ? "value" : "type";
        names.push(`${kind} ${symbol.getName()}`);
      }
      names.sort((a, b) => a.slice(a.indexOf(" ") + 1).localeCompare(b.slice(b.indexOf(" ") + 1), "en"));
      lines.push(...names);
    }
    surface.set(p.file, `${lines.join("\n")}\n`);
  }
  return surface;
}

/** `{ added, removed }` between two surface texts, each line as `<entry> <kind> <name>`. */
export function diffSurface(before, after) {
  const keys = (text) => {
    const set = new Set();
    let entry = "";
    for (const line of text.split("\n")) {
      if (line.startsWith("# ")) entry = line.slice(2);
      else if (line.trim() !== "") set.add(`${entry} ${line}`);
    }
    return set;
  };
  const a = keys(before);
  const b = keys(after);
  return { added: [...b].filter((k) => !a.has(k)), removed: [...a].filter((k) => !b.has(k)) };
}

/** The message for a package whose surface changed. */
export function describeChange(file, { added, removed }) {
  return [
    `${file}: the public surface changed`,
    ...added.map((k) => `  + ${k}`),
    ...removed.map((k) => `  - ${k}`),
    "run pnpm surface:update if this growth is intended",
  ].join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const surface = computeSurface();
  if (process.argv.includes("--update")) {
    mkdirSync(SURFACE_DIR, { recursive: true });
    for (const [file, text] of surface) writeFileSync(join(SURFACE_DIR, file), text);
    const total = [...surface.values()].reduce(
      (n, t) => n + t.split("\n").filter((l) => /^(type|value) /.test(l)).length,
      0,
    );
    console.log(`wrote ${surface.size} files in test/surface (${total} exported names)`);
  } else {
    let failed = 0;
    for (const [file, text] of surface) {
      const path = join(SURFACE_DIR, file);
      if (!existsSync(path)) {
        console.log(`${file}: no snapshot (run pnpm surface:update)`);
        continue;
      }
      const change = diffSurface(readFileSync(path, "utf8"), text);
      if (change.added.length + change.removed.length > 0) {
        failed++;
        console.log(describeChange(file, change));
      }
    }
    process.exitCode = failed > 0 ? 1 : 0;
  }
}
