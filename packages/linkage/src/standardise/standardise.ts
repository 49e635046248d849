import { CiudataError, createIssue, type Issue, labelKey } from "@ciudata/core";
import { textHash } from "../compare/encode";
import type { FieldStats, Records, StandardiseStats } from "../types";
import { standardiseAddress } from "./address";
import { type Column, cached, type Shared, shared } from "./column";
import { cleanNationalId, idTypeLabel, resolveIdType } from "./ids";
import { type LinkMapping, mappedColumns, parseLinkMapping } from "./mapping";
import { phoneCleaner } from "./phones";
import { readBirthDates } from "./read-dates";
import { readNames } from "./read-names";
import { sexReader } from "./sex";
import { foldOrNull, foldValue } from "./text";

/** Options of {@link standardise}. */
export interface StandardiseOptions {
  /** Which side the records are (`"a"`, `"b"`, or the file name for dedupe). */
  source: string;
  /** The file name shown in messages (default `source`). */
  file?: string;
  /** The year two-digit birth years are read against (default this year). */
  referenceYear?: number;
}

/** How `standardiseColumns` reads one chunk of a side (see `createStandardiser`). */
export interface ChunkOptions {
  /** Data rows (default: the length of the first column; given when the mapping has no column left). */
  rows?: number;
  /** What the side's chunks share: repeated values' strings and the standardisers' memos. */
  shared?: Shared;
  /** `false`: no ids (and no rows) for this chunk, whose records are merged into others. */
  ids?: boolean;
}

/** Up to this many duplicate or missing ids are listed in the error. */
const MAX_ID_ISSUES = 20;

/** The position of a mapped column in the header: as written, else trimmed, else by its folded key. */
function findColumn(header: readonly string[], column: string): number {
  const exact = header.indexOf(column);
  if (exact >= 0) return exact;
  const trimmed = header.findIndex((h) => h.trim() === column.trim());
  if (trimmed >= 0) return trimmed;
  const key = labelKey(column);
  return header.findIndex((h) => labelKey(h) === key);
}

/**
 * Where each column a mapping names sits in a header (in `mappedColumns` order), or a `CiudataError`
 * with one `linkage/missing-column` issue per column the header lacks. Columns are found as written,
 * else trimmed, else by their folded key (`Fecha Nac.` finds `fecha_nac`).
 *
 * @example
 * ```ts
 * mappedPositions(["id", " nombre"], { id: "id", fullName: "nombre" }, "a.csv"); //=> [0, 1]
 * ```
 */
export function mappedPositions(header: readonly string[], mapping: LinkMapping, file: string): number[] {
  const roles = mappedColumns(mapping);
  const positions = roles.map((r) => findColumn(header, r.column));
  const missing = roles.filter((_, k) => (positions[k] as number) < 0);
  if (missing.length > 0) {
    const columns = header.map((h) => h.trim()).join(", ");
    throw new CiudataError(
      missing.map((m) =>
        createIssue("linkage/missing-column", {
          params: { file, column: m.column, columns, role: m.role },
          note: `${file}: mapped column "${m.column}" (${m.role}) is not in the header`,
        }),
      ) as [Issue, ...Issue[]],
    );
  }
  return positions;
}

/**
 * Standardises one side into comparable fields, column by column, from a mapping: names folded and
 * taken apart (particles, compound given names, full names in either order), birth dates in the declared
 * or detected format, sex codes, national IDs cleaned and validated, phones in E.164, addresses with
 * their abbreviations expanded, placeholders (S/D, SIN DATO, 00000000) as `null`. `stats` counts what was
 * read per column. Throws a `CiudataError` before reading any row when a mapped column is not in the
 * header (`linkage/missing-column`), and after reading when there are no rows (`linkage/empty-side`) or
 * an id is missing or repeated (`linkage/missing-id`, `linkage/duplicate-id`).
 *
 * @example
 * ```ts
 * const records = standardise(
 *   ["id", "nombre", "fnac"],
 *   [["7", "Pérez García, María José", "07/03/1990"]],
 *   { id: "id", fullName: "nombre", birthDate: "fnac", dateFormat: "dd/MM/yyyy" },
 *   { source: "a" },
 * );
 * records.fields.surname2?.[0]; //=> "GARCIA"
 * records.fields.birthDate?.[0]; //=> "1990-03-07"
 * ```
 */
export function standardise(
  header: readonly string[],
  rows: Iterable<readonly string[]>,
  mapping: LinkMapping,
  options: StandardiseOptions,
): Records {
  const map = parseLinkMapping(mapping);
  const file = options.file ?? options.source;
  const positions = mappedPositions(header, map, file);
  // Read the mapped cells once, column by column (auto-detection looks at a whole column first).
  const raw: string[][] = positions.map(() => []);
  for (const row of rows)
    for (let k = 0; k < positions.length; k++) (raw[k] as string[]).push(row[positions[k] as number] ?? "");
  return standardiseColumns(raw, map, options);
}

/**
 * {@link standardise} on the mapped columns already read, in `mappedColumns(mapping)` order (what
 * `readRecords` collects while reading, without keeping rows). Cells are trimmed here. `raw` is consumed:
 * each column is let go once standardised, so a million rows never hold raw and standardised cells at once.
 */
export function standardiseColumns(
  raw: string[][],
  mapping: LinkMapping,
  options: StandardiseOptions,
  chunk: ChunkOptions = {},
): Records {
  const map = parseLinkMapping(mapping);
  const file = options.file ?? options.source;
  const roles = mappedColumns(map);
  for (const column of raw) for (let i = 0; i < column.length; i++) column[i] = (column[i] as string).trim();
  const count = chunk.rows ?? raw[0]?.length ?? 0;
  const share = chunk.shared ?? shared();
  if (count === 0)
    throw new CiudataError([
      createIssue("linkage/empty-side", { params: { file }, note: `${file}: no data rows` }),
    ]);
  const rawOf = (role: string): string[] | undefined => raw[roles.findIndex((r) => r.role === role)];
  const columnOf = (role: string): string => roles.find((r) => r.role === role)?.column ?? "";
  /** Lets the raw cells of roles already standardised go (the memory of a million-row side). */
  const release = (...done: string[]): void => {
    for (const role of done) {
      const k = roles.findIndex((r) => r.role === role);
      if (k >= 0) raw[k] = [];
    }
  };

  const fields: Record<string, Column> = {};
  const stats: FieldStats[] = [];
  const result: StandardiseStats = { rows: count, fields: stats };
  const statOf = (role: string, values: Column, extra: Partial<FieldStats> = {}): void => {
    let nulls = 0;
    for (const v of values) if (v === null) nulls++;
    if (extra.nulls !== undefined) nulls = extra.nulls;
    stats.push({ role, column: columnOf(role), ...extra, values: count - nulls, nulls });
  };

  const ids = chunk.ids === false ? [] : readIds(rawOf("id"), count, file, columnOf("id"));
  release("id");
  readNames(map, rawOf, count, fields, result, statOf, share);
  release("fullName", "givenNames", "surname1", "surname2", "surnames");
  readBirthDates(map, rawOf("birthDate"), fields, result, statOf, options.referenceYear, share);
  release("birthDate");

  const sexRaw = rawOf("sex");
  if (sexRaw) {
    const idType = map.idType === undefined ? undefined : resolveIdType(map.idType);
    const letters = map.sexLetters ?? sexLettersOf(sexRaw) ?? (idType === "mx.curp" ? "curp" : "dni");
    result.sexLetters = { letters, detected: map.sexLetters === undefined };
    const read = share.once("sex", () => cached(sexReader(letters)));
    fields.sex = sexRaw.map(read);
    statOf("sex", fields.sex);
    release("sex");
  }

  const idRaw = rawOf("nationalId");
  if (idRaw) {
    const type = map.idType === undefined ? undefined : resolveIdType(map.idType);
    const values: Column = new Array(count);
    const valid: Column = new Array(count);
    let invalid = 0;
    for (let i = 0; i < count; i++) {
      const id = cleanNationalId(idRaw[i] as string, type);
      values[i] = id.value;
      valid[i] = id.valid;
      if (id.valid === "0") invalid++;
    }
    fields.nationalId = values;
    if (type !== undefined) {
      const label = idTypeLabel(type);
      fields.nationalIdType = values.map((v) => (v === null ? null : label));
      fields.nationalIdValid = valid;
    }
    statOf("nationalId", values, type === undefined ? {} : { invalid });
    release("nationalId");
  }

  const phoneRaw = rawOf("phone");
  if (phoneRaw) {
    let invalid = 0;
    const clean = share.once("phone", () => phoneCleaner(map.phoneCountry));
    fields.phone = phoneRaw.map((v) => {
      const phone = clean(v);
      if (phone.value !== null && !phone.parsed) invalid++;
      return phone.value;
    });
    statOf("phone", fields.phone, { invalid });
    release("phone");
  }

  const text = (role: string, name: string, read: (raw: string) => string | null) => {
    const values = rawOf(role);
    if (!values) return;
    fields[name] = values.map(share.once(`text:${role}`, () => cached(read)));
    statOf(role, fields[name]);
    release(role);
  };
  text("address", "address", standardiseAddress);
  text("postcode", "postcode", (v) => foldOrNull(v)?.replace(/ /g, "") ?? null);
  text("locality", "locality", foldOrNull);
  for (const name of Object.keys(map.extra ?? {})) text(`extra.${name}`, name, foldOrNull);

  return {
    source: options.source,
    ids,
    rows: chunk.ids === false ? [] : Array.from({ length: count }, (_, i) => i + 1),
    fields,
    stats: result,
  };
}

/**
 * How a column writes one-letter sex codes, from its values: H (hombre) means the CURP scheme (M =
 * mujer), F means the DNI scheme (M = masculino); neither or both cannot tell (`undefined`).
 */
function sexLettersOf(values: readonly string[]): "dni" | "curp" | undefined {
  const letters = new Set<string>();
  for (const v of values) if (v.length <= 2) letters.add(foldValue(v));
  const h = letters.has("H");
  const f = letters.has("F");
  return h === f ? undefined : h ? "curp" : "dni";
}

function readIds(values: string[] | undefined, count: number, file: string, column: string): string[] {
  if (!values) return Array.from({ length: count }, (_, i) => String(i + 1));
  // Each id's first row, in an open-addressing table of row numbers: a million ids take 8 MB (a Map of
  // them, 50 MB or more, was the peak of reading a side).
  const slots = new Int32Array(2 ** Math.ceil(Math.log2(Math.max(2, count * 2))));
  const mask = slots.length - 1;
  const issues: Issue[] = [];
  for (let i = 0; i < count && issues.length < MAX_ID_ISSUES; i++) {
    const id = values[i] as string;
    if (id === "") {
      issues.push(
        createIssue("linkage/missing-id", {
          params: { file, column, row: i + 1 },
          note: `${file}: data row ${i + 1} has no id`,
        }),
      );
      continue;
    }
    let slot = textHash(id) & mask;
    let first = 0;
    for (;;) {
      const row = slots[slot] as number;
      if (row === 0) {
        slots[slot] = i + 1;
        break;
      }
      if (values[row - 1] === id) {
        first = row;
        break;
      }
      slot = (slot + 1) & mask;
    }
    if (first !== 0)
      issues.push(
        createIssue("linkage/duplicate-id", {
          params: { file, column, row: i + 1, first },
          note: `${file}: the id of data row ${i + 1} repeats that of data row ${first}`,
        }),
      );
  }
  if (issues.length > 0) throw new CiudataError(issues as [Issue, ...Issue[]]);
  return values.slice(0, count);
}
