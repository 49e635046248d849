import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, resolve as resolvePath } from "node:path";
import { resolveLang } from "@ciudata/core";
import { createReport, localize, type Report, tableError } from "@ciudata/table";
import { openPath } from "@ciudata/table/node";
import { type PackageOptions, validatePackage } from "../package";
import { qualityIssues } from "../quality-issues";

/**
 * Validates a `datapackage.json` on disk and its resource files (paths relative to the descriptor's
 * folder; URLs are fetched), streaming each file once (plus once per resource another one's foreign
 * keys reference). Node only.
 *
 * @example
 * ```ts
 * import { validatePackageFile } from "@ciudata/quality/node";
 * const report = await validatePackageFile("datos/presupuesto/datapackage.json");
 * ```
 */
export async function validatePackageFile(
  path: string,
  options: Omit<PackageOptions, "resolve"> = {},
): Promise<Report> {
  let descriptor: unknown;
  try {
    descriptor = JSON.parse(await readFile(path, "utf8"));
  } catch (cause) {
    const error = tableError("package-error", {
      note: `cannot read ${path}: ${(cause as Error).message}`,
      params: { path },
    });
    return localize(createReport([], [error]), resolveLang(options.lang), qualityIssues);
  }
  const base = dirname(path);
  return validatePackage(descriptor, {
    ...options,
    resolve: async (p) =>
      /^https?:\/\//i.test(p) ? new URL(p) : openPath(isAbsolute(p) ? p : resolvePath(base, p)),
  });
}
