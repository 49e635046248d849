import { CiudataError, resolveLang } from "@ciudata/core";
import {
  type Check,
  createReport,
  type ForeignKey,
  isOpenedSource,
  localize,
  openSource,
  parseTableSchema,
  type Report,
  type TableSchema,
  tableError,
  type ValidateInput,
  type ValidateOptions,
  validateTable,
} from "@ciudata/table";
import { parseChecklist } from "./checklist";
import { oneFindingPerProblem } from "./checks";
import { collectKeys, foreignKey } from "./checks/foreign-key";
import { integrity } from "./checks/integrity";
import { primaryKey } from "./checks/primary-key";
import { uniqueValues } from "./checks/unique-error";
import { uniqueKeys } from "./checks/unique-keys";
import { dimensionOf } from "./dimensions";
import { qualityIssues } from "./quality-issues";

/** Options of {@link validate}: those of `validateTable` plus the quality checks to run. */
export interface QualityOptions extends ValidateOptions {
  /** A frictionless Checklist descriptor: `{ checks: [{ type: "duplicate-row" }, …], pickErrors, skipErrors }`. */
  checklist?: unknown;
  /** The file's declared hash (MD5 unless prefixed, e.g. `"sha256:…"`): `hash-count` when it differs. */
  hash?: string;
  /** The file's declared size in bytes: `byte-count` when it differs. */
  bytes?: number;
  /** The declared number of data rows: `row-count` when it differs. */
  rows?: number;
  /**
   * Keys of the tables the schema's foreign keys reference, by foreign-key position (see `collectKeys`);
   * `validatePackage` fills it. A key to this same table needs nothing: it is read beforehand when the
   * input can be read twice, else checked at the end of the one pass.
   */
  foreignKeyLookups?: ReadonlyMap<number, ReadonlySet<string>>;
}

/** Inputs that can be read a second time (to gather a self-referencing foreign key's keys first). */
const rereadable = (x: ValidateInput): boolean =>
  typeof x === "string" ||
  x instanceof Uint8Array ||
  x instanceof ArrayBuffer ||
  x instanceof URL ||
  (typeof Blob !== "undefined" && x instanceof Blob);

/**
 * Reads a table once (frictionless' lookup read) and returns the keys of `fieldNames`.
 * @internal
 */
export async function readKeys(
  input: ValidateInput,
  fieldNames: readonly string[],
  options: ValidateOptions,
): Promise<Set<string>> {
  const { check, keys } = collectKeys(fieldNames);
  const { checks: _checks, pickErrors: _p, skipErrors: _s, ...rest } = options;
  await validateTable(input, { ...rest, checks: [check], pickErrors: ["#none"], limitErrors: 1 });
  return keys;
}

/** The integrity checks the schema itself asks for: unique fields, primary key, unique keys, foreign keys. */
async function schemaChecks(
  input: ValidateInput,
  schema: TableSchema,
  options: QualityOptions,
): Promise<Check[]> {
  const checks: Check[] = [];
  if (schema.fields.some((f) => f.constraints?.unique === true)) checks.push(uniqueValues());
  if (schema.primaryKey?.length) checks.push(primaryKey());
  if (schema.uniqueKeys?.length) checks.push(uniqueKeys());
  const fks: readonly ForeignKey[] = schema.foreignKeys ?? [];
  for (const [i, fk] of fks.entries()) {
    const reference = { resource: fk.reference.resource ?? "", fields: fk.reference.fields };
    const given = options.foreignKeyLookups?.get(i);
    if (given) {
      checks.push(foreignKey({ fields: fk.fields, reference, keys: given }));
    } else if (fk.reference.resource === undefined) {
      if (rereadable(input)) {
        const { foreignKeys: _fk, ...own } = schema;
        const keys = await readKeys(input, fk.reference.fields, { ...options, schema: own });
        checks.push(foreignKey({ fields: fk.fields, reference, keys }));
      } else checks.push(foreignKey({ fields: fk.fields, reference }));
    } else {
      const note = `package is required for foreign keys to other resources: "${fk.reference.resource}"`;
      checks.push({
        name: "foreign-key/package",
        onStart: (ctx) =>
          ctx.report(tableError("resource-error", { note, params: { reference: reference.resource } })),
      });
    }
  }
  return checks;
}

/**
 * Validates a table against the quality standard in ONE pass: the Table Schema (types, constraints,
 * unique, primary, unique and foreign keys), the file's declared hash/bytes/rows, and the checks of a
 * frictionless Checklist or given as Check objects — one report, errors localised (Spanish first).
 *
 * @example
 * ```ts
 * const report = await validate("id\n1\n1\n", { schema: { fields: [{ name: "id", type: "integer" }], primaryKey: ["id"] } });
 * report.valid; //=> false (primary-key on row 3)
 * ```
 */
export async function validate(input: ValidateInput, options: QualityOptions = {}): Promise<Report> {
  const lang = resolveLang(options.lang);
  const { checklist, hash, bytes, rows, foreignKeyLookups: _l, ...tableOptions } = options;
  const checks: Check[] = [];
  let pickErrors = options.pickErrors;
  let skipErrors = options.skipErrors;
  let listed: Check[] = [];
  if (checklist !== undefined) {
    const parsed = parseChecklist(checklist);
    if (!parsed.ok) return localize(createReport([], parsed.errors), lang, qualityIssues);
    listed = parsed.checks;
    if (parsed.pickErrors) pickErrors = [...(pickErrors ?? []), ...parsed.pickErrors];
    if (parsed.skipErrors) skipErrors = [...(skipErrors ?? []), ...parsed.skipErrors];
  }

  let source: ValidateInput = input;
  if (hash !== undefined || bytes !== undefined || rows !== undefined) {
    const check = integrity({
      ...(hash === undefined ? {} : { hash }),
      ...(bytes === undefined ? {} : { bytes }),
      ...(rows === undefined ? {} : { rows }),
    });
    try {
      const opened = isOpenedSource(input)
        ? input
        : await openSource(input, {
            ...(options.signal ? { signal: options.signal } : {}),
            ...(options.fetch ? { fetch: options.fetch } : {}),
          });
      source = check.wrap(opened);
      checks.push(check);
    } catch (cause) {
      if (!(cause instanceof CiudataError)) throw cause;
      // Let the runner report the source error as it always does.
    }
  }

  if (options.schema !== undefined) {
    const maxDepth = options.limits?.maxJsonDepth;
    const parsed = parseTableSchema(options.schema, maxDepth === undefined ? {} : { maxDepth });
    if (parsed.ok) checks.push(...(await schemaChecks(input, parsed.schema, options)));
  }
  checks.push(...listed, ...(options.checks ?? []));
  // One wording pass: the runner words every finding with quality's catalog and the caller's.
  const given = options.catalogs;
  const catalogs =
    given === undefined ? [qualityIssues] : [qualityIssues, ...(Array.isArray(given) ? given : [given])];
  return validateTable(source, {
    ...tableOptions,
    catalogs,
    checks: oneFindingPerProblem(checks),
    ...(pickErrors ? { pickErrors } : {}),
    ...(skipErrors ? { skipErrors } : {}),
    // Findings are also counted by dimension, so a score stays exact when the list is capped.
    countBy: options.countBy ?? ((e) => dimensionOf(e)),
  });
}
