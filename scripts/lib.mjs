// Helpers shared by the root scripts. Plain Node ESM, no dependencies.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

/**
 * The packages in `packages/*` (or another folder, such as `examples`) with a package.json:
 * `{ dir, name, scripts, main }`.
 */
export function listPackages(folder = "packages") {
  const base = join(ROOT, folder);
  return readdirSync(base, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(base, d.name, "package.json")))
    .map((d) => {
      const dir = join(base, d.name);
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      return { dir, name: pkg.name ?? d.name, scripts: pkg.scripts ?? {}, main: pkg.main ?? null };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The command that runs pnpm: the one running this script when started by `pnpm <script>`,
 * else `pnpm` from the PATH. Returns `[command, ...leadingArgs]`.
 */
export function pnpm() {
  const execPath = process.env.npm_execpath ?? "";
  if (/pnpm(\.c?js)?$/.test(execPath) && /\.c?js$/.test(execPath)) return [process.execPath, execPath];
  return [process.platform === "win32" ? "pnpm.cmd" : "pnpm"];
}

/** A binary installed in the root node_modules. */
export function localBin(name) {
  return join(ROOT, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);
}

/**
 * Runs a command, streaming its output, and resolves to `{ code, output }` (output kept only when
 * `capture` is set; not streamed when `quiet` is set too). Never rejects: a command that cannot start
 * resolves with code 127.
 */
export function exec(command, args, { cwd = ROOT, capture = false, quiet = false, env = process.env } = {}) {
  return new Promise((resolve) => {
    let output = "";
    const child = spawn(command, args, {
      cwd,
      env,
      stdio: capture ? ["ignore", "pipe", "pipe"] : "inherit",
      shell: process.platform === "win32",
    });
    const keep = (stream) => (chunk) => {
      if (!quiet) stream.write(chunk);
      output += chunk;
    };
    child.stdout?.on("data", keep(process.stdout));
    child.stderr?.on("data", keep(process.stderr));
    child.on("error", (error) => resolve({ code: 127, output: `${output}${error.message}\n` }));
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), output }));
  });
}

/** Builds every package unless each one's `main` file (or `dist`) and the CLI bin exist. Exits on failure. */
export async function ensureBuilt() {
  const built = listPackages().every((p) => existsSync(join(p.dir, p.main ?? "dist")));
  if (built && existsSync(CLI_BIN)) return;
  console.error("ciudata: building the packages first (pnpm build)…");
  const [cmd, ...pre] = pnpm();
  const { code } = await exec(cmd, [...pre, "build"]);
  if (code !== 0) {
    console.error("ciudata: the build failed; see the output above.");
    process.exit(code);
  }
}

/** The built CLI entry point. */
export const CLI_BIN = join(ROOT, "packages", "cli", "dist", "bin.js");

/** Runs the built `ciudata` bin with the given arguments and exits with its exit code. */
export async function runCli(args) {
  await ensureBuilt();
  const { code } = await exec(process.execPath, [CLI_BIN, ...args], {
    cwd: process.env.INIT_CWD ?? process.cwd(),
  });
  process.exit(code);
}
