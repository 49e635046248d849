#!/usr/bin/env node
// Builds the packages, type-checking their sources once (not once per package and again for every
// package that imports them, as `tsup --dts` in each package did):
//
// 1. each package's `prebuild` script (quality writes `src/checks/registry.ts`);
// 2. at the same time, on two cores:
//    - one `tsc` program over every package's non-test sources (tsconfig.build.json) type-checks them
//      once and writes their declarations to .tmp/build (a type error fails the build with tsc's
//      message);
//    - the JavaScript, with tsup in this process: each package's tsup.config.ts and tsup.*.config.ts;
// 3. per package, rollup-plugin-dts bundles those declarations into the `types` files its exports map
//    names (`dist/<entry>.d.ts` for `import`, `dist/<entry>.d.cts` for `require`); other packages
//    stay imports.
//
//   node scripts/build.mjs                 every package (pnpm build)
//   node scripts/build.mjs table quality   some packages (folder names under packages/)
//   node ../../scripts/build.mjs           inside packages/<name>: that package (its `build` script)
//
// Building some packages still type-checks the sources of the packages they import.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const packagesDir = join(root, "packages");
// Not under node_modules: TypeScript takes whatever is there for a library (rollup-plugin-dts would
// leave every declaration file an import).
const cacheDir = join(root, ".tmp", "build");
const require = createRequire(import.meta.url);

/** Folder names under packages/ that hold a package.json, in alphabetical order. */
function allPackages() {
  return readdirSync(packagesDir)
    .filter((name) => existsSync(join(packagesDir, name, "package.json")))
    .sort();
}

/** The packages to build: the arguments, else the package the command runs in, else all of them. */
function selectPackages(args) {
  const all = allPackages();
  if (args.length > 0) {
    const unknown = args.filter((name) => !all.includes(name));
    if (unknown.length > 0) {
      throw new BuildError(`unknown package(s): ${unknown.join(", ")} (known: ${all.join(", ")})`);
    }
    return { names: args, all: false };
  }
  const here = relative(packagesDir, process.cwd());
  const name = here.split(/[\\/]/)[0];
  if (name && !here.startsWith("..") && !isAbsolute(here) && all.includes(name))
    return { names: [name], all: false };
  return { names: all, all: true };
}

/**
 * The packages ordered so that each comes after the workspace packages it depends on (alphabetical
 * otherwise, as listed).
 */
function dependencyOrder(names) {
  const selected = new Set(names);
  const deps = (name) => {
    const pkg = JSON.parse(readFileSync(join(packagesDir, name, "package.json"), "utf8"));
    const all = { ...pkg.dependencies, ...pkg.peerDependencies, ...pkg.devDependencies };
    return Object.keys(all)
      .filter((dep) => dep.startsWith("@ciudata/"))
      .map((dep) => dep.slice("@ciudata/".length))
      .filter((dep) => selected.has(dep) && dep !== name);
  };
  const out = [];
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const dep of deps(name)) visit(dep);
    out.push(name);
  };
  for (const name of names) visit(name);
  return out;
}

/** Runs a command; resolves to its exit code and what it printed (both streams, in order). */
function run(command, args, cwd, { shell = false } = {}) {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, shell, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("error", fail);
    child.on("close", (code) => done({ code: code ?? 1, output }));
  });
}

/** Milliseconds since `start`, as seconds with one decimal. */
const seconds = (start) => `${((performance.now() - start) / 1000).toFixed(1)} s`;

/**
 * Each package's `prebuild` script (quality's registry), before anything reads its sources; not
 * again when `pnpm run build` in that package has just run it.
 */
async function prebuild(names) {
  for (const name of names) {
    const dir = join(packagesDir, name);
    const ranBy = process.env.npm_lifecycle_event === "build" ? process.env.npm_package_json : undefined;
    if (ranBy && resolve(ranBy) === join(dir, "package.json")) continue;
    const script = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).scripts?.prebuild;
    if (!script) continue;
    const { code, output } = await run(script, [], dir, { shell: true });
    if (code !== 0) throw new BuildError(`${name}: prebuild (${script}) failed\n${output}`);
  }
}

/**
 * Type-checks the packages' non-test sources in one tsc program and writes their declarations
 * under `outDir`. With some packages only, the program starts from their sources (the packages
 * they import come in through the `@ciudata/source` condition).
 */
async function declarations(selection, outDir) {
  let project = join(root, "tsconfig.build.json");
  if (!selection.all) {
    await mkdir(outDir, { recursive: true });
    project = join(outDir, "tsconfig.json");
    const config = {
      extends: join(root, "tsconfig.build.json"),
      include: selection.names.map((name) => join(packagesDir, name, "src")),
    };
    writeFileSync(project, `${JSON.stringify(config, null, 2)}\n`);
  }
  const tsc = require.resolve("typescript/bin/tsc");
  const { code, output } = await run(
    process.execPath,
    [tsc, "-p", project, "--outDir", join(outDir, "types"), "--pretty", "false"],
    root,
  );
  if (code !== 0) throw new BuildError(`tsc found errors in the package sources:\n${output.trim()}`);
}

/** The JavaScript of one package: every tsup config in its folder, in this process. */
async function javascript(name) {
  const { build } = await import("tsup");
  const dir = join(packagesDir, name);
  const configs = readdirSync(dir)
    .filter((file) => /^tsup(\.[\w-]+)?\.config\.ts$/.test(file))
    .sort((a, b) => (a === "tsup.config.ts" ? -1 : b === "tsup.config.ts" ? 1 : a.localeCompare(b)));
  // tsup reads entries, outDir and the package's dependencies from the working directory, esbuild
  // from absWorkingDir (else the directory this process started in).
  const esbuildOptions = (options) => {
    options.absWorkingDir = dir;
  };
  process.chdir(dir);
  try {
    for (const config of configs) await build({ config: join(dir, config), silent: true, esbuildOptions });
  } finally {
    process.chdir(root);
  }
}

/**
 * The declaration entries of a package, from its exports map: the `@ciudata/source` file of each
 * subpath and the name of its `types` file under dist (`./node` → `node/index`).
 */
function typeEntries(name) {
  const pkg = JSON.parse(readFileSync(join(packagesDir, name, "package.json"), "utf8"));
  const entries = {};
  for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
    const source = target?.["@ciudata/source"];
    const types = target?.import?.types;
    if (typeof source !== "string" || typeof types !== "string") continue;
    const match = /^\.\/dist\/(.+)\.d\.ts$/.exec(types);
    if (!match?.[1] || !source.startsWith("./src/") || !source.endsWith(".ts")) {
      throw new BuildError(
        `${name}: exports["${subpath}"] names ${types} for ${source}; expected ./dist/….d.ts`,
      );
    }
    entries[match[1]] = source.slice(2, -3);
  }
  return entries;
}

/** Bundles one package's declarations (from `typesDir`) into dist/*.d.ts and dist/*.d.cts. */
async function bundleDeclarations(name, typesDir) {
  const [{ rollup }, { dts }] = await Promise.all([import("rollup"), import("rollup-plugin-dts")]);
  const input = {};
  for (const [entry, source] of Object.entries(typeEntries(name))) {
    const file = join(typesDir, name, `${source}.d.ts`);
    if (!existsSync(file)) throw new BuildError(`${name}: tsc wrote no ${relative(root, file)}`);
    input[entry] = file;
  }
  const bundle = await rollup({
    input,
    plugins: [dts()],
    // Other packages (@ciudata/*, zod…) and Node's modules stay imports.
    external: (id) => !id.startsWith(".") && !isAbsolute(id),
    onwarn(warning) {
      console.warn(`${name}: ${warning.message}`);
    },
  });
  const dist = join(packagesDir, name, "dist");
  try {
    for (const ext of ["d.ts", "d.cts"]) {
      await bundle.write({
        dir: dist,
        format: "es",
        entryFileNames: `[name].${ext}`,
        // A shared chunk is named after its first module, `inspect.d.ts`: `inspect-<hash>.d.ts`.
        chunkFileNames: (chunk) => `${chunk.name.replace(/\.d$/, "")}-[hash].${ext}`,
      });
    }
  } finally {
    await bundle.close();
  }
}

/** A failure whose message says everything (no stack trace). */
class BuildError extends Error {}

async function main() {
  const started = performance.now();
  const selection = selectPackages(process.argv.slice(2));
  const outDir = join(cacheDir, selection.all ? "all" : selection.names.join("+"));
  rmSync(outDir, { recursive: true, force: true });
  await prebuild(selection.names);

  const types = declarations(selection, outDir).then(() =>
    console.log(`types checked in ${seconds(started)}`),
  );
  const js = (async () => {
    // Dependencies first: a worker bundle inlines another package from its dist (quality's stats
    // worker bundles @ciudata/table), which must exist on a clean machine.
    for (const name of dependencyOrder(selection.names)) await javascript(name);
    console.log(`javascript built in ${seconds(started)}`);
  })();
  // Both run to the end (tsc in its own process) so one's error does not hide the other's.
  const [typesResult, jsResult] = await Promise.allSettled([types, js]);
  for (const result of [typesResult, jsResult]) if (result.status === "rejected") throw result.reason;

  const typesDir = join(outDir, "types");
  for (const name of selection.names) await bundleDeclarations(name, typesDir);
  console.log(
    `built ${selection.names.length} package(s) in ${seconds(started)}: ${selection.names.join(", ")}`,
  );
}

main().catch((error) => {
  console.error(error instanceof BuildError ? `build failed: ${error.message}` : error);
  process.exitCode = 1;
});
