// `node scripts/layers.mjs`: the architecture rules of the monorepo, checked on the source.
//  (a) a package imports only packages of a LOWER layer that its package.json declares as a dependency
//      (tests beside the source may also use devDependencies), and declares no dependency on its own or a
//      higher layer;
//  (b) no import cycle between files of `packages/*/src` (relative imports, `import type` included: a
//      type-only cycle is still two files that cannot be read or moved one without the other), nor
//      between the top-level folders of one package's `src` (`table/src/format/` ↔ `table/src/encoding/`;
//      value imports only: folders may share types both ways);
//  (c) a browser-safe root entry (`src/index.ts`) reaches no `node:` (or Node built-in) import and no `/node`
//      subpath, following value imports across files and packages (type-only imports are erased, so they
//      do not count here).
// Also run by `test/architecture.test.ts` and `test/browser-safe.test.ts`.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";

/**
 * The layers, lowest first: a package may import only packages of lower layers.
 * `quality` sits above `disaggregation` (it uses disaggregation's dimension detection), and so does
 * `strategy` (its survey reports use disaggregation's complementary suppression).
 */
export const LAYERS = [
  ["@ciudata/core"],
  ["@ciudata/table"],
  ["@ciudata/privacy", "@ciudata/open-data"],
  ["@ciudata/disaggregation", "@ciudata/hackathon"],
  ["@ciudata/quality", "@ciudata/linkage", "@ciudata/geo", "@ciudata/strategy"],
  ["@ciudata/cli"],
];

/** Packages that stand alone: they sit just above the kernel and nothing may import them. */
export const STANDALONE = ["create-ciudata"];

/** Packages whose root entry is a Node program, not a browser-safe library. */
export const NODE_ONLY = ["@ciudata/cli", "create-ciudata"];

/**
 * Cycles known when this check was added, each as its sorted list of files or folders (relative to the
 * root). The check passes while these exist and fails when one is gone, so that the list only shrinks.
 * Empty since the kernel change (issue #15) broke the last ones: keep it so.
 * @type {string[][]}
 */
export const KNOWN_CYCLES = [];

const SOURCE_EXTENSIONS = [".ts", ".tsx", ".mts", ".cts"];
const BUILTINS = new Set(builtinModules);

/** Whether a file is a test or test helper (may use devDependencies). */
function isTestFile(file) {
  return /\.test(-d|-helpers)?\.tsx?$/.test(file) || file.split(sep).includes("test-support");
}

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : walk(path);
    return SOURCE_EXTENSIONS.some((ext) => entry.name.endsWith(ext)) && !entry.name.endsWith(".d.ts")
      ? [path]
      : [];
  });
}

/**
 * The imports of one TypeScript source: `{ specifier, typeOnly, line }` for import/export declarations,
 * `import()` calls and `require()` calls.
 */
export function importsOf(file, text = readFileSync(file, "utf8")) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found = [];
  const add = (node, specifier, typeOnly) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    found.push({ specifier, typeOnly, line });
  };
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node, node.moduleSpecifier.text, node.importClause?.isTypeOnly === true);
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      add(node, node.moduleSpecifier.text, node.isTypeOnly);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const expr = node.moduleReference.expression;
      if (ts.isStringLiteral(expr)) add(node, expr.text, node.isTypeOnly);
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === "require")) &&
      node.arguments.length === 1 &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      add(node, node.arguments[0].text, false);
    } else if (ts.isImportTypeNode(node)) {
      const arg = node.argument;
      if (ts.isLiteralTypeNode(arg) && ts.isStringLiteral(arg.literal)) add(node, arg.literal.text, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Resolves a relative specifier to a source file: `./x` → `x.ts`, `x/index.ts`; `./x.js` → `x.ts`. */
export function resolveRelative(from, specifier) {
  const base = resolve(dirname(from), specifier);
  const stem = base.replace(/\.(m|c)?jsx?$/, "");
  const candidates = [
    base,
    ...SOURCE_EXTENSIONS.map((ext) => stem + ext),
    ...SOURCE_EXTENSIONS.map((ext) => join(base, `index${ext}`)),
  ];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

/** `@ciudata/table/node` → `@ciudata/table`; `create-ciudata` → `create-ciudata`; `zod` → `zod`. */
function packageOf(specifier) {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
}

/**
 * Reads the workspace: every package in `<root>/packages` with its package.json, the source files and the
 * imports of each file.
 */
export function readWorkspace(root) {
  const packagesDir = join(root, "packages");
  const packages = new Map();
  for (const entry of readdirSync(packagesDir, { withFileTypes: true })) {
    const dir = join(packagesDir, entry.name);
    const manifest = join(dir, "package.json");
    if (!entry.isDirectory() || !existsSync(manifest)) continue;
    const pkg = JSON.parse(readFileSync(manifest, "utf8"));
    packages.set(pkg.name, {
      name: pkg.name,
      dir,
      dependencies: new Set([
        ...Object.keys(pkg.dependencies ?? {}),
        ...Object.keys(pkg.peerDependencies ?? {}),
      ]),
      devDependencies: new Set(Object.keys(pkg.devDependencies ?? {})),
      exports: pkg.exports ?? {},
      files: walk(join(dir, "src")),
    });
  }
  const imports = new Map();
  for (const p of packages.values()) {
    for (const file of p.files) imports.set(file, importsOf(file));
  }
  return { root, packages, imports };
}

/** The layer index of a package (STANDALONE packages sit at 1), or undefined if it has none. */
function layerOf(name) {
  if (STANDALONE.includes(name)) return 1;
  const i = LAYERS.findIndex((layer) => layer.includes(name));
  return i === -1 ? undefined : i;
}

/** The source file a workspace specifier (`@ciudata/x`, `@ciudata/x/node`) resolves to, by `@ciudata/source`. */
function resolveWorkspace(workspace, specifier) {
  const p = workspace.packages.get(packageOf(specifier));
  if (!p) return null;
  const subpath = `.${specifier.slice(p.name.length)}`;
  const target = p.exports[subpath];
  const source = typeof target === "object" && target !== null ? target["@ciudata/source"] : undefined;
  return typeof source === "string" ? join(p.dir, source) : null;
}

/** (a) Imports and declared dependencies that break the layers. */
export function layerViolations(workspace) {
  const { root, packages, imports } = workspace;
  const problems = [];
  for (const p of packages.values()) {
    const mine = layerOf(p.name);
    if (mine === undefined) {
      problems.push(`${p.name} is in no layer: add it to LAYERS or STANDALONE in scripts/layers.mjs`);
      continue;
    }
    for (const dep of p.dependencies) {
      if (!packages.has(dep)) continue;
      const theirs = layerOf(dep);
      if (STANDALONE.includes(dep) || theirs === undefined || theirs >= mine) {
        problems.push(`${p.name} depends on ${dep} (package.json), which is not in a lower layer`);
      }
    }
    for (const file of p.files) {
      const test = isTestFile(file);
      for (const { specifier, line } of imports.get(file) ?? []) {
        const target = packageOf(specifier);
        if (target === p.name || !packages.has(target)) continue;
        const at = `${relative(root, file)}:${line}`;
        const declared = p.dependencies.has(target) || (test && p.devDependencies.has(target));
        if (!declared) {
          problems.push(`${at} imports ${specifier}, which ${p.name}'s package.json does not declare`);
          continue;
        }
        const theirs = layerOf(target);
        if (!test && (STANDALONE.includes(target) || theirs === undefined || theirs >= mine)) {
          problems.push(`${at} imports ${specifier}: ${target} is not in a lower layer than ${p.name}`);
        }
      }
    }
  }
  return problems;
}

/** Strongly connected components (Tarjan, iterative) of size > 1 or with a self loop. */
function stronglyConnected(edges) {
  let index = 0;
  const indices = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const components = [];
  for (const start of [...edges.keys()].sort()) {
    if (indices.has(start)) continue;
    const work = [{ node: start, next: 0 }];
    indices.set(start, index);
    low.set(start, index++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const targets = edges.get(frame.node) ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next++];
        if (!indices.has(target)) {
          indices.set(target, index);
          low.set(target, index++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node), indices.get(target)));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node), low.get(frame.node)));
      if (low.get(frame.node) === indices.get(frame.node)) {
        const component = [];
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        const selfLoop = component.length === 1 && (edges.get(member) ?? []).includes(member);
        if (component.length > 1 || selfLoop) components.push(component);
      }
    }
  }
  return components.map((c) => [...c].sort()).sort((a, b) => (a[0] ?? "").localeCompare(b[0] ?? ""));
}

/**
 * The relative imports between source files: file → the files it imports (absolute paths); `valueOnly`
 * leaves out `import type` declarations.
 */
function fileEdges(workspace, valueOnly = false) {
  const edges = new Map();
  for (const [file, list] of workspace.imports) {
    const targets = new Set();
    for (const { specifier, typeOnly } of list) {
      if (!specifier.startsWith(".") || (valueOnly && typeOnly)) continue;
      const target = resolveRelative(file, specifier);
      if (target && workspace.imports.has(target)) targets.add(target);
    }
    edges.set(file, [...targets].sort());
  }
  return edges;
}

const posix = (root, file) => relative(root, file).split(sep).join("/");

/** (b) The file cycles: each a sorted list of files (relative to the root, `/`-separated). */
export function fileCycles(workspace) {
  return stronglyConnected(fileEdges(workspace)).map((c) => c.map((f) => posix(workspace.root, f)));
}

/**
 * (b) The folder cycles inside a package: the top-level folders of `src` (`packages/table/src/format/`)
 * whose files import each other's code both ways. Tests and `import type` are left out here: types shared
 * between two areas are erased, while code that runs both ways ties the two areas into one.
 * Each cycle is a sorted list of folders.
 */
export function folderCycles(workspace) {
  const folderOf = (file) => {
    for (const p of workspace.packages.values()) {
      const src = join(p.dir, "src");
      const rest = relative(src, file);
      if (rest.startsWith("..")) continue;
      const parts = rest.split(sep);
      return parts.length > 1 ? `${posix(workspace.root, join(src, parts[0] ?? ""))}/` : null;
    }
    return null;
  };
  const edges = new Map();
  for (const [file, targets] of fileEdges(workspace, true)) {
    if (isTestFile(file)) continue;
    const from = folderOf(file);
    if (from === null) continue;
    const set = edges.get(from) ?? new Set();
    for (const target of targets) {
      const to = folderOf(target);
      if (to !== null && to !== from) set.add(to);
    }
    edges.set(from, set);
  }
  return stronglyConnected(new Map([...edges].map(([k, v]) => [k, [...v].sort()])));
}

/** (c) For each browser-safe root entry, the chains that reach a Node built-in or a `/node` subpath. */
export function nodeReach(workspace) {
  const { root, packages, imports } = workspace;
  const problems = [];
  const show = (f) => posix(root, f);
  for (const p of packages.values()) {
    if (NODE_ONLY.includes(p.name)) continue;
    const entry = join(p.dir, "src", "index.ts");
    if (!existsSync(entry)) continue;
    const parent = new Map([[entry, null]]);
    const queue = [entry];
    const chainTo = (file) => {
      const chain = [];
      for (let f = file; f; f = parent.get(f)) chain.unshift(show(f));
      return chain.join(" → ");
    };
    while (queue.length > 0) {
      const file = queue.shift();
      for (const { specifier, typeOnly, line } of imports.get(file) ?? importsOf(file)) {
        if (typeOnly) continue;
        const bare = specifier.replace(/^node:/, "");
        const isNode = specifier.startsWith("node:") || BUILTINS.has(bare) || BUILTINS.has(packageOf(bare));
        const isNodeSubpath = packages.has(packageOf(specifier)) && /\/node(\/|$)/.test(specifier);
        if (isNode || isNodeSubpath) {
          problems.push(`${p.name}: ${chainTo(file)}:${line} imports ${specifier}`);
          continue;
        }
        const target = specifier.startsWith(".")
          ? resolveRelative(file, specifier)
          : resolveWorkspace(workspace, specifier);
        if (target && !parent.has(target)) {
          parent.set(target, file);
          queue.push(target);
        }
      }
    }
  }
  return problems;
}

/** Compares the cycles found with KNOWN_CYCLES: the new ones fail, and so do known ones that are gone. */
export function judgeCycles(cycles, known = KNOWN_CYCLES) {
  const key = (c) => c.join(" ↔ ");
  const found = new Set(cycles.map(key));
  const allowed = new Set(known.map((c) => [...c].sort().join(" ↔ ")));
  const problems = [];
  for (const c of cycles) {
    if (!allowed.has(key(c))) problems.push(`import cycle between ${c.join(" ↔ ")}`);
  }
  for (const k of allowed) {
    if (!found.has(k))
      problems.push(`the known cycle ${k} is gone: remove it from KNOWN_CYCLES in scripts/layers.mjs`);
  }
  return problems;
}

/** Runs every rule on a workspace root: `{ layers, cycles, cycleProblems, browser }`. */
export function checkArchitecture(root) {
  const workspace = readWorkspace(root);
  const cycles = [...fileCycles(workspace), ...folderCycles(workspace)];
  return {
    layers: layerViolations(workspace),
    cycles,
    cycleProblems: judgeCycles(cycles, root === ROOT ? KNOWN_CYCLES : []),
    browser: nodeReach(workspace),
  };
}

/** The repository root. */
export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const result = checkArchitecture(ROOT);
  const sections = [
    ["layers", result.layers],
    ["import cycles", result.cycleProblems],
    ["browser-safe roots", result.browser],
  ];
  let failed = 0;
  for (const [name, problems] of sections) {
    console.log(`${problems.length === 0 ? "✓" : "✗"} ${name}: ${problems.length} problem(s)`);
    for (const problem of problems) console.log(`  ${problem}`);
    failed += problems.length;
  }
  if (result.cycles.length > 0)
    console.log(`${result.cycles.length} import cycle(s) in all (known: ${KNOWN_CYCLES.length})`);
  process.exitCode = failed > 0 ? 1 : 0;
}
