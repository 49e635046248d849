import { readdir, readFile, stat } from "node:fs/promises";
import { basename, dirname, extname, resolve } from "node:path";
import { CiudataError, createIssue, foldAccents, type Issue } from "@ciudata/core";
import { parsePackage } from "@ciudata/table";
import { resolveWithin } from "@ciudata/table/node";

/** One table found in a served folder: a CSV/TSV file, or a Data Package resource. */
export interface FoundTable {
  /** The resource id and DataStore table name (lowercase ASCII, `-`, `_`), unique in the folder. */
  id: string;
  /** The name given to it (file name without extension, or the resource's `name`). */
  name: string;
  title: string;
  description: string | null;
  /** The file, inside the served folder (links followed). */
  path: string;
  /** The file's path relative to the served folder, with `/`. */
  relPath: string;
  /** The Table Schema the Data Package gave, or `null` (then it is inferred). */
  schema: unknown;
  /** The Data Package resource's dialect, if any. */
  dialect: unknown;
  /** `keywords` of the Data Package (every table of it). */
  keywords: string[];
  /** The resource's licence, else the Data Package's (its first `licenses` entry), or `null`. */
  license: FoundLicense | null;
}

/** A Data Package licence: its title (or name) and its URL when it gives one. */
export interface FoundLicense {
  title: string;
  url: string | null;
}

/** Who answers questions about a folder's data (a Data Package contributor with an email). */
export interface FoundContact {
  name: string;
  email: string;
}

/** What a served folder holds. */
export interface FoundFolder {
  /** The served folder (the folder of the `datapackage.json`, when one was named). */
  root: string;
  title: string;
  /** The Data Package's `name` and `description`, when it has them. */
  name?: string;
  description?: string;
  /** The Data Package's maintainer or publisher with an email (`contributors`), when it has one. */
  contact?: FoundContact;
  tables: FoundTable[];
}

/**
 * A name as CKAN accepts it (`^[a-z0-9_-]{2,100}$`).
 *
 * @example
 * ```ts
 * ckanName("Padrón 2026"); //=> "padron-2026"
 * ```
 */
export function ckanName(text: string): string {
  const name = foldAccents(text)
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 100);
  return name.length >= 2 ? name : `t-${name || "x"}`;
}

const TABLE_FILE = /\.(csv|tsv)$/i;

/**
 * Finds the tables of a folder or a `datapackage.json`: the Data Package's resources with their
 * Table Schemas (a `datapackage.json` inside the folder wins), else every `.csv`/`.tsv` file at
 * the top of the folder, in name order. Paths go through `resolveWithin` (never out of the folder).
 *
 * @example
 * ```ts
 * const { tables } = await findTables("datos/");
 * tables.map((t) => t.id); //=> ["barrios", "reclamos"]
 * ```
 */
export async function findTables(target: string): Promise<FoundFolder> {
  const full = resolve(target);
  const info = await stat(full);
  if (info.isFile()) return fromPackage(dirname(full), full);
  const names = await readdir(full);
  if (names.includes("datapackage.json")) return fromPackage(full, resolve(full, "datapackage.json"));
  const files = names.filter((n) => TABLE_FILE.test(n) && !n.startsWith(".")).sort();
  if (files.length === 0)
    throw new CiudataError([createIssue("portal/no-tables", { params: { place: full } })]);
  const taken = new Set<string>();
  const tables = files.map((file) => {
    const name = file.replace(TABLE_FILE, "");
    return {
      id: unique(ckanName(name), taken),
      name,
      title: name,
      description: null,
      path: resolveWithin(full, file, { mustExist: true }),
      relPath: file,
      schema: null,
      dialect: null,
      keywords: [],
      license: null,
    };
  });
  return { root: full, title: basename(full), tables };
}

async function fromPackage(root: string, file: string): Promise<FoundFolder> {
  const outcome = parsePackage(await readFile(file, "utf8"));
  if (!outcome.ok) throw new CiudataError(outcome.errors as [Issue, ...Issue[]]);
  const pkg = outcome.package as Record<string, unknown> & { resources: Record<string, unknown>[] };
  const keywords = Array.isArray(pkg.keywords) ? pkg.keywords.map(String) : [];
  const packageLicense = licenseOf(pkg.licenses);
  const contact = contactOf(pkg.contributors);
  const taken = new Set<string>();
  const tables: FoundTable[] = [];
  for (const [i, r] of pkg.resources.entries()) {
    const path = Array.isArray(r.path) ? r.path[0] : r.path;
    if (typeof path !== "string" || /^[a-z]+:\/\//i.test(path)) continue;
    const name = typeof r.name === "string" ? r.name : basename(path, extname(path)) || `table-${i + 1}`;
    const schema = typeof r.schema === "string" ? await readSchema(root, r.schema) : (r.schema ?? null);
    tables.push({
      id: unique(ckanName(name), taken),
      name,
      title: typeof r.title === "string" ? r.title : name,
      description: typeof r.description === "string" ? r.description : null,
      path: resolveWithin(root, path, { mustExist: true }),
      relPath: path.replace(/\\/g, "/"),
      schema,
      dialect: r.dialect ?? null,
      keywords,
      license: licenseOf(r.licenses) ?? packageLicense,
    });
  }
  if (tables.length === 0)
    throw new CiudataError([createIssue("portal/no-tables", { params: { place: file } })]);
  const title =
    typeof pkg.title === "string" ? pkg.title : typeof pkg.name === "string" ? pkg.name : basename(root);
  return {
    root,
    title,
    ...(typeof pkg.name === "string" ? { name: pkg.name } : {}),
    ...(typeof pkg.description === "string" ? { description: pkg.description } : {}),
    ...(contact ? { contact } : {}),
    tables,
  };
}

const text = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v : null);

/** The first licence of a Data Package `licenses` list (`name`, `title`, `path`). */
function licenseOf(list: unknown): FoundLicense | null {
  const first: unknown = Array.isArray(list) ? list[0] : null;
  if (typeof first !== "object" || first === null) return null;
  const l = first as Record<string, unknown>;
  const url = text(l.path);
  const title = text(l.title) ?? text(l.name) ?? url;
  return title ? { title, url: url && /^https?:\/\//i.test(url) ? url : null } : null;
}

/** The first contributor with an email, maintainers and publishers first. */
function contactOf(list: unknown): FoundContact | undefined {
  const people = (Array.isArray(list) ? list : []).filter(
    (c): c is Record<string, unknown> => typeof c === "object" && c !== null && text(c.email) !== null,
  );
  const rank = (c: Record<string, unknown>) => (["maintainer", "publisher"].includes(String(c.role)) ? 0 : 1);
  const best = people.sort((a, b) => rank(a) - rank(b))[0];
  return best ? { name: text(best.title) ?? String(best.email), email: String(best.email) } : undefined;
}

async function readSchema(root: string, path: string): Promise<unknown> {
  return JSON.parse(await readFile(resolveWithin(root, path, { mustExist: true }), "utf8"));
}

function unique(name: string, taken: Set<string>): string {
  let id = name;
  for (let n = 2; taken.has(id); n++) id = `${name}-${n}`;
  taken.add(id);
  return id;
}
