import { CiudataError, createIssue, type Issue, labelKey } from "@ciudata/core";
import type { FieldStats, Records, StandardiseStats } from "../types";
import { standardiseAddress } from "./address";
import { compileDateFormat, detectDateFormat } from "./dates";
import { cleanNationalId, idTypeLabel, resolveIdType } from "./ids";
import { type LinkMapping, mappedColumns, parseLinkMapping } from "./mapping";
import {
  givenWords,
  type NameFields,
  nameFields,
  orderVote,
  splitFullName,
  surnameGroups,
  surnamesOf,
} from "./names";
import { phoneCleaner } from "./phones";
import { spanishPhonetic } from "./phonetic";
import { sexReader } from "./sex";
import { foldOrNull, foldValue, isSentinel } from "./text";

/** Options of {@link standardise}. */
export interface StandardiseOptions {
  /** Which side the records are (`"a"`, `"b"`, or the file name for dedupe). */
  source: string;
  /** The file name shown in messages (default `source`). */
  file?: string;
  /** The year two-digit birth years are read against (default this year). */
  referenceYear?: number;
}

type Column = (string | null)[];

/** Distinct values a per-column cache remembers: names and dates repeat, IDs and phones do not. */
const CACHE_SIZE = 200_000;

/** Up to this many duplicate or missing ids are listed in the error. */
const MAX_ID_ISSUES = 20;

function cached<T>(fn: (raw: string) => T): (raw: string) => T {
  const memo = new Map<string, T>();
  return (raw) => {
    const hit = memo.get(raw);
    if (hit !== undefined || memo.has(raw)) return hit as T;
    const out = fn(raw);
    if (memo.size < CACHE_SIZE) memo.set(raw, out);
    return out;
  };
}

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
  const roles = mappedColumns(map);
  const positions = mappedPositions(header, map, file);

  // Read the mapped cells once, column by column (auto-detection looks at a whole column first).
  const raw: string[][] = roles.map(() => []);
  let count = 0;
  for (const row of rows) {
    for (let k = 0; k < positions.length; k++)
      (raw[k] as string[]).push((row[positions[k] as number] ?? "").trim());
    count++;
  }
  if (count === 0)
    throw new CiudataError([
      createIssue("linkage/empty-side", { params: { file }, note: `${file}: no data rows` }),
    ]);
  const rawOf = (role: string): string[] | undefined => raw[roles.findIndex((r) => r.role === role)];
  const columnOf = (role: string): string => roles.find((r) => r.role === role)?.column ?? "";

  const fields: Record<string, Column> = {};
  const stats: FieldStats[] = [];
  const result: StandardiseStats = { rows: count, fields: stats };
  const statOf = (role: string, values: Column, extra: Partial<FieldStats> = {}): void => {
    let nulls = 0;
    for (const v of values) if (v === null) nulls++;
    if (extra.nulls !== undefined) nulls = extra.nulls;
    stats.push({ role, column: columnOf(role), ...extra, values: count - nulls, nulls });
  };

  const ids = readIds(rawOf("id"), count, file, columnOf("id"));
  readNames(map, rawOf, count, fields, result, statOf);
  readBirthDates(map, rawOf("birthDate"), fields, result, statOf, options.referenceYear);

  const sexRaw = rawOf("sex");
  if (sexRaw) {
    const idType = map.idType === undefined ? undefined : resolveIdType(map.idType);
    const letters = map.sexLetters ?? sexLettersOf(sexRaw) ?? (idType === "mx.curp" ? "curp" : "dni");
    result.sexLetters = { letters, detected: map.sexLetters === undefined };
    const read = cached(sexReader(letters));
    fields.sex = sexRaw.map(read);
    statOf("sex", fields.sex);
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
  }

  const phoneRaw = rawOf("phone");
  if (phoneRaw) {
    let invalid = 0;
    const clean = phoneCleaner(map.phoneCountry);
    fields.phone = phoneRaw.map((v) => {
      const phone = clean(v);
      if (phone.value !== null && !phone.parsed) invalid++;
      return phone.value;
    });
    statOf("phone", fields.phone, { invalid });
  }

  const text = (role: string, name: string, read: (raw: string) => string | null) => {
    const values = rawOf(role);
    if (!values) return;
    fields[name] = values.map(cached(read));
    statOf(role, fields[name]);
  };
  text("address", "address", standardiseAddress);
  text("postcode", "postcode", (v) => foldOrNull(v)?.replace(/ /g, "") ?? null);
  text("locality", "locality", foldOrNull);
  for (const name of Object.keys(map.extra ?? {})) text(`extra.${name}`, name, foldOrNull);

  return {
    source: options.source,
    ids,
    rows: Array.from({ length: count }, (_, i) => i + 1),
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
  const seen = new Map<string, number>();
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
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i + 1);
    else
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

type StatOf = (role: string, values: Column, extra?: Partial<FieldStats>) => void;

function readNames(
  map: LinkMapping,
  rawOf: (role: string) => string[] | undefined,
  count: number,
  fields: Record<string, Column>,
  result: StandardiseStats,
  statOf: StatOf,
): void {
  const full = rawOf("fullName");
  const givenRaw = rawOf("givenNames");
  const s1Raw = rawOf("surname1");
  const s2Raw = rawOf("surname2");
  const bothRaw = rawOf("surnames");
  if (!full && !givenRaw && !s1Raw && !s2Raw && !bothRaw) return;

  const hasGiven = full !== undefined || givenRaw !== undefined;
  const hasSurname =
    full !== undefined || s1Raw !== undefined || s2Raw !== undefined || bothRaw !== undefined;
  const hasSurname2 = full !== undefined || s2Raw !== undefined || bothRaw !== undefined;
  const names = [
    ...(hasGiven ? (["given", "given1", "given1Phon"] as const) : []),
    ...(hasSurname ? (["surname1", "surname1Phon", "surnames"] as const) : []),
    ...(hasSurname2 ? (["surname2", "surname2Phon"] as const) : []),
    "fullName" as const,
  ];
  for (const name of names) fields[name] = new Array(count);
  const write = (i: number, f: NameFields) => {
    for (const name of names) (fields[name] as Column)[i] = f[name];
  };
  // Names repeat: their words and phonetic keys are worked out once per distinct value.
  const phonetic = cached(spanishPhonetic);

  if (full) {
    let order: "given-first" | "surnames-first" =
      map.nameOrder === "surnames-first" ? "surnames-first" : "given-first";
    let commas = 0;
    let votes = 0;
    const detected = map.nameOrder === undefined || map.nameOrder === "auto";
    for (const v of full) {
      if (v.includes(",")) commas++;
      else if (detected) votes += orderVote(v);
    }
    if (detected) order = votes < 0 ? "surnames-first" : "given-first";
    result.nameOrder = { order, detected, commas };
    for (let i = 0; i < count; i++) write(i, nameFields(splitFullName(full[i] as string, order), phonetic));
  } else {
    const given = cached((raw: string) =>
      nameFields({ given: givenWords(raw), surname1: null, surname2: null }, phonetic),
    );
    const groups = cached(surnameGroups);
    const none = nameFields({ given: [], surname1: null, surname2: null });
    for (let i = 0; i < count; i++) {
      let s1: string | null = null;
      let s2: string | null = null;
      if (bothRaw) ({ surname1: s1, surname2: s2 } = surnamesOf(groups(bothRaw[i] as string)));
      else {
        const g1 = s1Raw ? groups(s1Raw[i] as string) : [];
        const g2 = s2Raw ? groups(s2Raw[i] as string) : [];
        // "PEREZ GARCIA" written in the first surname's column, the second one empty: two surnames.
        if (s2Raw && g2.length === 0 && g1.length === 2) [s1, s2] = [g1[0] ?? null, g1[1] ?? null];
        else [s1, s2] = [g1.length > 0 ? g1.join(" ") : null, g2.length > 0 ? g2.join(" ") : null];
      }
      const g = givenRaw ? given(givenRaw[i] as string) : none;
      const surnames = s1 === null ? s2 : s2 === null ? s1 : `${s1} ${s2}`;
      write(i, {
        given: g.given,
        given1: g.given1,
        given1Phon: g.given1Phon,
        surname1: s1,
        surname2: s2,
        surnames,
        fullName: g.given === null ? surnames : surnames === null ? g.given : `${g.given} ${surnames}`,
        surname1Phon: s1 === null ? null : phonetic(s1),
        surname2Phon: s2 === null ? null : phonetic(s2),
      });
    }
  }
  if (full) statOf("fullName", fields.fullName as Column);
  if (givenRaw) statOf("givenNames", fields.given as Column);
  if (s1Raw) statOf("surname1", fields.surname1 as Column);
  if (s2Raw) statOf("surname2", fields.surname2 as Column);
  if (bothRaw) statOf("surnames", fields.surnames as Column);
}

/** Dates that stand for "unknown" in registries. */
const PLACEHOLDER_DATES = new Set(["1900-01-01", "1800-01-01", "1899-12-31", "1899-12-30"]);

function readBirthDates(
  map: LinkMapping,
  values: string[] | undefined,
  fields: Record<string, Column>,
  result: StandardiseStats,
  statOf: StatOf,
  referenceYear: number | undefined,
): void {
  if (!values) return;
  const options = referenceYear === undefined ? {} : { referenceYear };
  const present = (v: string) => !isSentinel(foldValue(v)) && !/^[0\W]*$/.test(v);
  const declared = map.dateFormat !== undefined && map.dateFormat !== "auto";
  let format = map.dateFormat ?? "auto";
  if (!declared) {
    const detection = detectDateFormat(values.filter(present), options);
    format = detection.format;
    result.dateFormat = { format, detected: true, tied: detection.tied };
  } else result.dateFormat = { format, detected: false, tied: [] };
  const parse = cached(compileDateFormat(format, options));
  let unparsed = 0;
  let ambiguous = 0;
  const dates: Column = values.map((v) => {
    if (!present(v)) return null;
    const iso = parse(v);
    if (iso === null) {
      unparsed++;
      return null;
    }
    if (PLACEHOLDER_DATES.has(iso)) return null;
    const month = Number(iso.slice(5, 7));
    const day = Number(iso.slice(8, 10));
    if (day <= 12 && day !== month) ambiguous++;
    return iso;
  });
  fields.birthDate = dates;
  fields.birthYear = dates.map((d) => (d === null ? null : d.slice(0, 4)));
  fields.birthMonthDay = dates.map((d) => (d === null ? null : d.slice(5)));
  let nulls = 0;
  for (const d of dates) if (d === null) nulls++;
  statOf("birthDate", dates, { nulls: nulls - unparsed, unparsed, dayMonthAmbiguous: ambiguous });
}
