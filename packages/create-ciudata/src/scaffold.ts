import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, rmdir, stat, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Lang } from "@ciudata/core";
import { UsageError } from "./errors";
import { type Challenge, parseChallenge, toProjectName } from "./names";
import { VERSION } from "./version";

/** The templates `create-ciudata` can scaffold. */
export const TEMPLATES = ["dashboard", "analysis"] as const;

/** One template: `dashboard` (Vite + Observable Plot page) or `analysis` (a Node script and a report). */
export type TemplateName = (typeof TEMPLATES)[number];

/** The local portal of `ciudata portal serve --port 5000` (and of the projects' `npm run portal`). */
export const DEFAULT_PORTAL = "http://127.0.0.1:5000";

/** The dataset of the local sample portal each template starts with (any other portal: the first CSV). */
const SAMPLE_DATASET: Record<TemplateName, string> = {
  dashboard: "solicitudes-ciudadanas-2026",
  analysis: "registro-programa-alimentario-muestra",
};

/** Files every template gets (`scripts/portal.mjs`); a template's own file of the same path wins. */
const SHARED_DIR = "_shared";

/** Template files whose names npm would drop or act on; they are stored with `_` and renamed. */
const RENAMED: Readonly<Record<string, string>> = { _gitignore: ".gitignore", _npmrc: ".npmrc" };

/** Never copied from a template folder (left there by someone trying the template in place). */
const SKIPPED = new Set(["node_modules", "dist", "out", ".DS_Store", "package-lock.json", "pnpm-lock.yaml"]);

/** Options of {@link scaffold}. */
export interface ScaffoldOptions {
  /** The folder to create (relative to `cwd`). It must not exist, or be empty. */
  directory: string;
  template: TemplateName | (string & {});
  /** The CKAN portal the project reads (default {@link DEFAULT_PORTAL}). */
  portal?: string;
  /** The hackathon challenge: a slug or a title. */
  challenge?: string;
  /** Language of the project's own messages and reports (default `es`). */
  lang?: Lang;
  /** Base of a relative `directory` (default `process.cwd()`). */
  cwd?: string;
  /** The package name (default: from the folder name). */
  projectName?: string;
  /** The version range of the `@ciudata/*` dependencies (default `^` + this package's version). */
  ciudataVersion?: string;
  /** Where the templates are (default: the `templates` folder shipped with this package). */
  templatesDir?: string;
}

/** What {@link scaffold} created. */
export interface ScaffoldResult {
  /** The project folder, absolute. */
  directory: string;
  projectName: string;
  template: TemplateName;
  portal: string;
  challenge: Challenge | null;
  /** Files written, relative to `directory`, sorted. */
  files: string[];
}

/**
 * The folder with the templates shipped in this package.
 *
 * @example
 * ```ts
 * templatesDir(); // …/node_modules/create-ciudata/templates
 * ```
 */
export function templatesDir(): string {
  return fileURLToPath(new URL("../templates", import.meta.url));
}

/**
 * Tells whether a template name is known.
 *
 * @example
 * ```ts
 * isTemplate("dashboard"); //=> true
 * ```
 */
export function isTemplate(name: string): name is TemplateName {
  return (TEMPLATES as readonly string[]).includes(name);
}

/**
 * Checks a portal URL: `http:` or `https:` only; returns it without a trailing slash.
 * Throws {@link UsageError} (`bad-portal`).
 *
 * @example
 * ```ts
 * checkPortal("https://datos.ciudad.gob.ar/"); //=> "https://datos.ciudad.gob.ar"
 * ```
 */
export function checkPortal(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError({ kind: "bad-portal", url });
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    throw new UsageError({ kind: "bad-portal", url });
  return url.replace(/\/+$/, "");
}

/**
 * Tells whether a portal URL is on this machine (the local portal of `ciudata portal serve`).
 *
 * @example
 * ```ts
 * isLocalPortal("http://127.0.0.1:5000"); //=> true
 * ```
 */
export function isLocalPortal(url: string): boolean {
  try {
    return ["127.0.0.1", "localhost", "[::1]"].includes(new URL(url).hostname);
  } catch {
    return false;
  }
}

/**
 * Throws {@link UsageError} unless `target` is free: missing, or an empty folder.
 *
 * @example
 * ```ts
 * await checkTarget("/tmp/nuevo-proyecto"); // ok when it does not exist
 * ```
 */
export async function checkTarget(target: string): Promise<void> {
  const info = await stat(target).catch(() => null);
  if (info === null) return;
  if (!info.isDirectory()) throw new UsageError({ kind: "not-a-directory", directory: target });
  if ((await readdir(target)).length > 0) throw new UsageError({ kind: "not-empty", directory: target });
}

/**
 * Creates a project from a template: copies its files (and the `_shared` ones every template gets), renames `_gitignore` to `.gitignore` and fills in
 * the placeholders (`{{projectName}}`, `{{portalUrl}}`, `{{dataset}}`, `{{challengeId}}`,
 * `{{challengeTitle}}`, `{{ciudataVersion}}`, `{{lang}}`). Everything is written into a temporary folder
 * next to the target and renamed at the end: a failure never leaves half a project. Throws
 * {@link UsageError} for an unknown template, a bad portal URL or a folder that is not empty.
 *
 * @example
 * ```ts
 * const created = await scaffold({ directory: "tablero-reclamos", template: "dashboard", challenge: "Reclamos" });
 * created.files; //=> [".gitignore", "README.md", "ciudata.config.json", …]
 * ```
 */
export async function scaffold(options: ScaffoldOptions): Promise<ScaffoldResult> {
  const { template } = options;
  if (!isTemplate(template))
    throw new UsageError({ kind: "unknown-template", template, available: TEMPLATES });
  const portal = checkPortal(options.portal ?? DEFAULT_PORTAL);
  const target = resolve(options.cwd ?? process.cwd(), options.directory);
  const projectName = options.projectName ?? toProjectName(target);
  if (projectName === null || projectName === "") {
    throw new UsageError({ kind: "bad-directory", directory: options.directory });
  }
  await checkTarget(target);
  const challenge = parseChallenge(options.challenge);
  const values: Record<string, string> = {
    projectName,
    portalUrl: portal,
    dataset: isLocalPortal(portal) ? SAMPLE_DATASET[template] : "",
    challengeId: challenge?.id ?? "",
    challengeTitle: challenge?.title ?? "",
    challengeLine: challenge ? `**${challenge.title}** (\`${challenge.id}\`)` : "—",
    ciudataVersion: options.ciudataVersion ?? `^${VERSION}`,
    lang: options.lang ?? "es",
  };

  const root = options.templatesDir ?? templatesDir();
  const source = join(root, template);
  const shared = join(root, SHARED_DIR);
  const parent = dirname(target);
  await mkdir(parent, { recursive: true });
  const temp = join(parent, `.${basename(target)}.create-ciudata-${randomBytes(4).toString("hex")}`);
  await mkdir(temp);
  const files: string[] = [];
  try {
    const sources = new Map<string, string>();
    if (await stat(shared).catch(() => null))
      for (const file of await listFiles(shared)) sources.set(relative(shared, file), file);
    for (const file of await listFiles(source)) sources.set(relative(source, file), file);
    for (const [rel, file] of sources) {
      const name = RENAMED[basename(rel)] ?? basename(rel);
      const out = join(dirname(rel), name);
      const bytes = await readFile(file);
      await mkdir(dirname(join(temp, out)), { recursive: true });
      await writeFile(join(temp, out), isText(name) ? fill(bytes.toString("utf8"), values, name) : bytes);
      files.push(out.split("\\").join("/"));
    }
    // An empty target folder is replaced; anything else was refused above.
    if (await stat(target).catch(() => null)) await rmdir(target);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  return { directory: target, projectName, template, portal, challenge, files: files.sort() };
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

const TEXT = new Set([".json", ".md", ".html", ".ts", ".mjs", ".js", ".css", ".txt", ".gitignore", ".npmrc"]);

function isText(name: string): boolean {
  return TEXT.has(extname(name) || name);
}

const HTML: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Replaces `{{name}}` placeholders, escaped for the file: inside JSON strings, in HTML, or as is.
 * Unknown names are left untouched.
 *
 * @example
 * ```ts
 * fill('{"name": "{{projectName}}"}', { projectName: 'a"b' }, "package.json"); //=> '{"name": "a\\"b"}'
 * ```
 */
export function fill(text: string, values: Readonly<Record<string, string>>, fileName: string): string {
  const ext = extname(fileName);
  return text.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => {
    const value = values[key];
    if (value === undefined) return whole;
    if (ext === ".json") return JSON.stringify(value).slice(1, -1);
    if (ext === ".html") return value.replace(/[&<>"']/g, (c) => HTML[c] ?? c);
    return value;
  });
}
