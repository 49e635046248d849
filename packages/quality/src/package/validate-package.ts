import { resolveLang } from "@ciudata/core";
import {
  createReport,
  type DataPackage,
  isOpenedSource,
  localize,
  openSource,
  parsePackage,
  parseResource,
  type Report,
  type ReportTask,
  type Resource,
  type TableError,
  type TableSchema,
  tableError,
  type ValidateInput,
  type ValidateOptions,
} from "@ciudata/table";
import { qualityIssues } from "../quality-issues";
import { type QualityOptions, readKeys, validate } from "../validate";
import { inlineCsv } from "./inline";

/** Options of {@link validatePackage} and {@link validateResource}. */
export interface PackageOptions
  extends Omit<QualityOptions, "schema" | "dialect" | "name" | "hash" | "bytes"> {
  /**
   * Gives the bytes of a relative `path` (a data file, or a schema/dialect JSON file), e.g. read from
   * disk (`validatePackageFile` does it) or fetched. Without it, only inline data and URLs are read.
   */
  resolve?: (path: string) => Promise<ValidateInput>;
}

/** A resource ready to read: its input and the options that describe it. */
interface Prepared {
  name: string;
  input: () => Promise<ValidateInput>;
  options: ValidateOptions & { hash?: string; bytes?: number };
  schema: TableSchema | null;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const isUrl = (p: string) => /^https?:\/\//i.test(p);

async function open(path: string, resolve: PackageOptions["resolve"]): Promise<ValidateInput> {
  if (resolve) return resolve(path);
  if (isUrl(path)) return new URL(path);
  throw Object.assign(new Error(`no resolver for "${path}"`), { path });
}

async function readJson(value: unknown, resolve: PackageOptions["resolve"]): Promise<unknown> {
  if (typeof value !== "string") return value;
  const source = await open(value, resolve);
  if (typeof source === "string") return JSON.parse(source);
  const opened = isOpenedSource(source) ? source : await openSource(source);
  const parts: Uint8Array[] = [];
  for await (const chunk of opened.chunks) parts.push(chunk);
  return JSON.parse(new TextDecoder().decode(concat(parts)));
}

/** frictionless raises a FieldError for an unknown field type; ciudata reports it the same way. */
function asFieldErrors(errors: readonly TableError[]): TableError[] {
  return errors.map((e) => {
    const path = String(e.params.path ?? "");
    if (!/fields\[\d+\]\.type$/.test(path)) return e;
    const received = String(e.params.received ?? "").replace(/^"|"$/g, "");
    return tableError("field-error", {
      note: `field type "${received}" is not supported`,
      params: { ...e.params },
    });
  });
}

async function prepare(
  resource: Resource,
  index: number,
  options: PackageOptions,
): Promise<Prepared | TableError> {
  const name = resource.name ?? `resource${index + 1}`;
  const at = (reason: string, note: string, detail?: string) =>
    tableError("resource-error", {
      note,
      params: { resource: name, reason, ...(detail === undefined ? {} : { detail }) },
    });
  let schema: TableSchema | null = null;
  let dialect: unknown;
  try {
    if (resource.schema !== undefined)
      schema = (await readJson(resource.schema, options.resolve)) as TableSchema;
    if (resource.dialect !== undefined) dialect = await readJson(resource.dialect, options.resolve);
  } catch (cause) {
    const message = (cause as Error).message;
    return at("descriptor", `cannot read the schema or dialect of "${name}": ${message}`, message);
  }
  const base: Prepared["options"] = {
    name,
    ...(schema ? { schema } : {}),
    ...(resource.encoding ? { encoding: resource.encoding } : {}),
    ...(resource.hash ? { hash: resource.hash } : {}),
    ...(resource.bytes !== undefined ? { bytes: resource.bytes } : {}),
  };
  if (resource.data !== undefined) {
    const csv = inlineCsv(resource.data);
    if (csv === null) return at("inline-data", `the inline data of "${name}" is not a list of rows`);
    return {
      name,
      input: async () => csv,
      options: { ...base, dialect: { delimiter: ",", quoteChar: '"', header: true } },
      schema,
    };
  }
  const paths = typeof resource.path === "string" ? [resource.path] : (resource.path ?? []);
  const path = paths[0];
  if (path === undefined) return at("no-data", `"${name}" has neither a path nor inline data`);
  return {
    name,
    input: () => open(path, options.resolve),
    options: { ...base, ...(dialect ? { dialect: dialect as ValidateOptions["dialect"] & object } : {}) },
    schema,
  };
}

/**
 * Validates a Data Package: every resource (inline `data` or `path`s) is one task of ONE report, with
 * its schema, dialect, encoding, hash and bytes; foreign keys are checked across resources (the
 * referenced resource is read first, as frictionless-py does; a key to the same resource too).
 * An invalid descriptor gives located `package-error`/`schema-error`s.
 *
 * @example
 * ```ts
 * const report = await validatePackage(descriptor, { resolve: async (p) => (await fetch(new URL(p, base))).body! });
 * report.tasks.map((t) => [t.name, t.valid]);
 * ```
 */
export async function validatePackage(descriptor: unknown, options: PackageOptions = {}): Promise<Report> {
  const lang = resolveLang(options.lang);
  const parsed = parsePackage(descriptor);
  if (!parsed.ok) return localize(createReport([], asFieldErrors(parsed.errors)), lang, qualityIssues);
  return validateResources(parsed.package, options);
}

async function validateResources(pkg: DataPackage, options: PackageOptions): Promise<Report> {
  const lang = resolveLang(options.lang);
  const { resolve: _r, ...rest } = options;
  const prepared = await Promise.all(pkg.resources.map((r, i) => prepare(r, i, options)));
  const byName = new Map<string, Prepared>();
  for (const p of prepared) if (!("type" in p)) byName.set(p.name, p);
  const lookups = new Map<string, Promise<Set<string>>>();
  const keysOf = (target: Prepared, fields: readonly string[]) => {
    const id = `${target.name}\u0000${fields.join("\u0000")}`;
    let found = lookups.get(id);
    if (!found) {
      const { foreignKeys: _fk, ...schema } = target.schema ?? { fields: [] };
      const { hash: _h, bytes: _b, ...read } = target.options;
      found = target
        .input()
        .then((input) => readKeys(input, fields, { ...read, ...(target.schema ? { schema } : {}), lang }));
      lookups.set(id, found);
    }
    return found;
  };

  const tasks: ReportTask[] = [];
  const errors: TableError[] = [];
  const warnings: string[] = [];
  for (const p of prepared) {
    if ("type" in p) {
      errors.push(p);
      continue;
    }
    const fkLookups = new Map<number, ReadonlySet<string>>();
    const fks = p.schema && Array.isArray(p.schema.foreignKeys) ? p.schema.foreignKeys : [];
    for (const [i, fk] of fks.entries()) {
      const targetName = fk.reference.resource || p.name;
      const target = byName.get(targetName);
      const fields = typeof fk.reference.fields === "string" ? [fk.reference.fields] : fk.reference.fields;
      if (target) fkLookups.set(i, await keysOf(target, fields));
    }
    let input: ValidateInput;
    try {
      input = await p.input();
    } catch (cause) {
      errors.push(
        tableError("resource-error", {
          note: `cannot read "${p.name}": ${(cause as Error).message}`,
          params: { resource: p.name, reason: "unreadable", detail: (cause as Error).message },
        }),
      );
      continue;
    }
    const report = await validate(input, { ...rest, ...p.options, foreignKeyLookups: fkLookups });
    tasks.push(...report.tasks);
    errors.push(...report.errors);
    warnings.push(...report.warnings);
  }
  return localize(createReport(tasks, errors, warnings), lang, qualityIssues);
}

/**
 * Validates one Data Resource descriptor (inline `data` or a `path`), as a one-resource package: a bad
 * descriptor (e.g. a field of type `"bad"`) gives a located `field-error`/`schema-error`, as
 * frictionless-py raises.
 *
 * @example
 * ```ts
 * const report = await validateResource({ name: "edades", data: [["name", "age"], ["Alex", "33"]],
 *   schema: { fields: [{ name: "name", type: "string" }, { name: "age", type: "integer" }] } });
 * ```
 */
export async function validateResource(descriptor: unknown, options: PackageOptions = {}): Promise<Report> {
  const lang = resolveLang(options.lang);
  const parsed = parseResource(descriptor);
  if (!parsed.ok) return localize(createReport([], asFieldErrors(parsed.errors)), lang, qualityIssues);
  return validateResources({ resources: [parsed.resource] } as DataPackage, options);
}
