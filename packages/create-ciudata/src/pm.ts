/** A package manager that can run `create-ciudata` and install the project. */
export type PackageManager = "npm" | "pnpm" | "yarn" | "bun";

/**
 * The package manager that started `create-ciudata`, from `npm_config_user_agent`
 * (`pnpm/10.4.0 npm/? node/v20.19.0 linux x64`); npm when unknown.
 *
 * @example
 * ```ts
 * detectPackageManager("yarn/1.22.22 npm/? node/v20.19.0 darwin arm64"); //=> "yarn"
 * ```
 */
export function detectPackageManager(userAgent: string | undefined): PackageManager {
  const name = (userAgent ?? "").split("/")[0]?.trim();
  return name === "pnpm" || name === "yarn" || name === "bun" ? name : "npm";
}

/**
 * How to run a package.json script with a package manager.
 *
 * @example
 * ```ts
 * runScript("npm", "build"); //=> "npm run build"
 * runScript("pnpm", "build"); //=> "pnpm build"
 * runScript("npm", "start"); //=> "npm start"
 * ```
 */
export function runScript(pm: PackageManager, script: string): string {
  if (script === "start" || script === "test") return `${pm} ${script}`;
  return pm === "npm" || pm === "bun" ? `${pm} run ${script}` : `${pm} ${script}`;
}
