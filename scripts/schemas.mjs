// `node scripts/schemas.mjs [--check]` (`pnpm schemas:update`): writes the JSON Schema of every
// configuration file the CLI reads to `schemas/<name>.schema.json`, generated from the zod schemas
// (packages/cli/src/schemas/config-schemas.ts, read from source through esbuild). With `--check` it
// writes nothing and fails when a file is missing, stale or left over. test/schemas.test.ts checks the
// same without esbuild.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
/** Where the schemas are written. */
export const SCHEMAS_DIR = join(ROOT, "schemas");
const ENTRY = join(ROOT, "packages", "cli", "src", "schemas", "config-schemas.ts");

/** The generator module, bundled from source (the packages' `@ciudata/source` condition). */
async function load() {
  const dir = mkdtempSync(join(tmpdir(), "ciudata-schemas-"));
  try {
    const out = join(dir, "config-schemas.mjs");
    await build({
      entryPoints: [ENTRY],
      bundle: true,
      platform: "node",
      format: "esm",
      outfile: out,
      conditions: ["@ciudata/source"],
      logLevel: "error",
    });
    return await import(pathToFileURL(out).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const check = process.argv.includes("--check");
  const { CONFIG_SCHEMAS, schemaFileText } = await load();
  const wanted = new Map(CONFIG_SCHEMAS.map((c) => [`${c.name}.schema.json`, schemaFileText(c)]));
  const present = existsSync(SCHEMAS_DIR)
    ? readdirSync(SCHEMAS_DIR).filter((f) => f.endsWith(".schema.json"))
    : [];
  const problems = [];
  for (const [file, text] of wanted) {
    const path = join(SCHEMAS_DIR, file);
    const old = existsSync(path) ? readFileSync(path, "utf8") : null;
    if (old === text) continue;
    if (check) problems.push(`${old === null ? "missing" : "stale"}: schemas/${file}`);
    else {
      mkdirSync(SCHEMAS_DIR, { recursive: true });
      writeFileSync(path, text);
      console.log(`wrote schemas/${file}`);
    }
  }
  for (const file of present) {
    if (wanted.has(file)) continue;
    if (check) problems.push(`left over: schemas/${file}`);
    else {
      rmSync(join(SCHEMAS_DIR, file));
      console.log(`removed schemas/${file}`);
    }
  }
  if (problems.length) {
    console.error(`${problems.join("\n")}\nRun \`pnpm schemas:update\` and commit schemas/.`);
    process.exitCode = 1;
  } else if (check) console.log(`schemas/ is up to date (${wanted.size} files).`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
