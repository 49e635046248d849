// Writes src/checks/registry.ts from the folders of src/checks: every folder `<id>/` (not `_shared`) is a
// check whose index.ts exports `<camelId>Check`. Adding a check is adding its folder; the build (and
// `pnpm -C packages/quality run registry`) rewrites the list. `--check` only says whether it is current.
import { readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const CHECKS = join(dirname(dirname(fileURLToPath(import.meta.url))), "src", "checks");
const TARGET = join(CHECKS, "registry.ts");

const camel = (id) => id.replace(/-([a-z0-9])/gu, (_, c) => c.toUpperCase());

/** The registry's source for the folders there are now. */
export function registrySource(dir = CHECKS) {
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith("_"))
    .map((d) => d.name)
    .sort();
  const imports = folders.map((f) => `import { ${camel(f)}Check } from "./${f}";`);
  const items = folders.map((f) => `  ${camel(f)}Check,`);
  return [
    "// Written by scripts/registry.mjs from the folders of src/checks: do not edit. Adding a check is adding",
    "// its folder; `pnpm build` (or `pnpm -C packages/quality run registry`) rewrites this list.",
    'import type { QualityCheckDescriptor } from "./_shared/descriptor";',
    ...imports,
    "",
    "/** Every quality check, one descriptor per folder under `checks/`, in folder order. */",
    "export const CHECK_DESCRIPTORS: readonly QualityCheckDescriptor[] = Object.freeze([",
    ...items,
    "]);",
    "",
  ].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const wanted = registrySource();
  let current = "";
  try {
    current = readFileSync(TARGET, "utf8");
  } catch {}
  if (process.argv.includes("--check")) {
    if (current !== wanted) {
      console.error("src/checks/registry.ts is out of date: run pnpm -C packages/quality run registry");
      process.exit(1);
    }
  } else if (current !== wanted) {
    writeFileSync(`${TARGET}.tmp`, wanted);
    renameSync(`${TARGET}.tmp`, TARGET);
    console.log("src/checks/registry.ts rewritten");
  }
}
