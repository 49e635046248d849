import { labelKey } from "@ciudata/core";
import type { OpenedSource, SourceInput } from "@ciudata/table";
import { type StreamRowsOptions, streamRows } from "../read/rows";
import type { Category, Jurisdiction } from "./categories";
import { type ColumnFinding, classifyColumn, type PlaceNames } from "./column";
import { headerHints } from "./headers";
import { looksLikeInstitution } from "./values";

/** Options of {@link scanTable}. */
export interface ScanOptions extends StreamRowsOptions {
  /** Rows sampled from the start of the table (default 2000). */
  sampleRows?: number;
  /** Jurisdictions whose sensitive-data laws are cited (default AR, CL, MX, BR). */
  jurisdictions?: readonly Jurisdiction[];
  /**
   * Tells names of places (e.g. `(v) => territoryCandidates(v).length > 0` with the territory code lists of
   * `@ciudata/disaggregation`): a `nombre` column of place names (cabeceras, localidades) names places,
   * not people. Without it only the header tells (`nombre_localidad`).
   */
  isPlaceName?: PlaceNames;
}

/**
 * Why {@link scanTable} guessed that each row is an institution, not a person: a name column whose
 * values look like institution names, or no column that names or describes a person at all. A guess,
 * reported as one.
 */
export interface InstitutionRows {
  /** `names`: a name column holds institution names; `no-people`: no column names or describes a person. */
  reason: "names" | "no-people";
  /** The name column (for `names`). */
  column?: string;
  /** Values of that column that look like institution names, and values looked at (for `names`). */
  matched?: number;
  sampled?: number;
  /** The columns whose findings became `institutional`. */
  columns: string[];
}

/** What {@link scanTable} found. */
export interface ScanReport {
  labels: string[];
  rowsSampled: number;
  /**
   * Findings, column by column (a column may have several, best first). A contact field of an
   * institution (phone, e-mail, address, location) has the role `institutional` and `downgradedFrom`
   * when the rows look like institutions (see `institutions`).
   */
  findings: ColumnFinding[];
  /** Columns with a finding that may identify a person (every role but `institutional`). */
  personalColumns: string[];
  /** Present when the rows look like institutions, not people: why (a guess). */
  institutions?: InstitutionRows;
}

/** Contact fields that are an institution's, not a person's, when the rows are institutions. */
const CONTACT: ReadonlySet<Category> = new Set(["phone", "email", "address", "coordinates"]);
/** Findings that say the rows are about people (whatever else the table holds). */
const PEOPLE: ReadonlySet<Category> = new Set([
  "national-id",
  "birth-date",
  "age",
  "sex",
  "nationality",
  "physical-description",
  "pseudonymous-id",
  "health",
  "ethnicity",
  "religion",
  "politics",
  "union",
  "sexual-life",
  "gender-identity",
  "biometric",
  "socioeconomic",
]);
/** Header words of a column that names the row's subject. */
const NAME_HEADER =
  /^(?:nombre|nombres|name|nome|nom|nom_map|denominacion|razon_social|establecimiento|institucion|entidad|organismo|efector|sede)$/;
/** Header words of a person who holds a post in an institution (its director, its contact). */
const POST =
  /^(?:director|directora|responsable|titular|contacto|referente|encargado|encargada|jefe|jefa|autoridad|coordinador|coordinadora|rector|rectora|presidente|intendente|gerente|delegado|delegada)$/;
/** E-mail domains of people, not institutions. */
const WEBMAIL = /@(?:gmail|hotmail|yahoo|outlook|live|icloud|aol|protonmail|uol|bol|terra)\./i;

/**
 * Guesses whether the rows are institutions (hospitals, schools, offices), not people: no column holds
 * an attribute of a person (ID, birth date, age, sex, a sensitive category…) or a person's name (a
 * post such as `director` is allowed), and either a name column holds mostly institution names or no
 * column names a person at all.
 */
function institutionRows(
  labels: readonly string[],
  columns: readonly string[][],
  findings: readonly ColumnFinding[],
): Omit<InstitutionRows, "columns"> | null {
  if (findings.some((f) => PEOPLE.has(f.category))) return null;
  // A person-name column that is not a post (`nombre`, `apellido`, not `director`): the rows are people.
  const people = findings.filter((f) => f.category === "person-name");
  if (
    people.some(
      (f) =>
        !labelKey(f.column)
          .split("_")
          .some((w) => POST.test(w)),
    )
  )
    return null;
  for (const [i, label] of labels.entries()) {
    const key = labelKey(label);
    if (!NAME_HEADER.test(key) && !key.split("_").some((w) => NAME_HEADER.test(w))) continue;
    const values = (columns[i] ?? []).map((v) => v.trim()).filter(Boolean);
    const matched = values.filter(looksLikeInstitution).length;
    if (values.length >= 3 && matched >= 0.6 * values.length)
      return { reason: "names", column: label, matched, sampled: values.length };
  }
  return people.length ? null : { reason: "no-people" };
}

/** Whether a contact finding may become `institutional`: not a person's (`telefono_director`, webmail). */
function institutionalContact(f: ColumnFinding, values: readonly string[]): boolean {
  if (!CONTACT.has(f.category) || headerHints(f.column).includes("person-name")) return false;
  if (f.category !== "email") return true;
  const mails = values.filter((v) => v.includes("@"));
  return mails.filter((v) => WEBMAIL.test(v)).length <= 0.2 * mails.length;
}

/**
 * Scans a table for personal and sensitive data: every column is classified from its header and a
 * sample of its values (see {@link classifyColumn}). Samples in the report are masked. When the rows
 * look like institutions (a name column of hospitals, schools, ministries…, or no column about people
 * at all), their contact fields (phone, fax, e-mail, address, location) are reported as `institutional`,
 * not personal, and `institutions` says why: a guess, reported as one.
 *
 * @example
 * ```ts
 * const r = await scanTable("nombre;cuil\nAna Pérez;20-10123456-9\n");
 * r.personalColumns; //=> ["nombre", "cuil"]
 * ```
 */
export async function scanTable(
  input: SourceInput | OpenedSource,
  options: ScanOptions = {},
): Promise<ScanReport> {
  const limit = options.sampleRows ?? 2000;
  const table = await streamRows(input, options);
  const columns: string[][] = table.labels.map(() => []);
  let rows = 0;
  outer: for await (const batch of table.rows) {
    for (const row of batch) {
      if (rows >= limit) break outer;
      if (row.cells.every((c) => c === "")) continue;
      rows++;
      for (let i = 0; i < row.cells.length; i++) columns[i]?.push(row.cells[i] as string);
    }
  }
  let findings = table.labels.flatMap((label, i) =>
    classifyColumn(label, i + 1, columns[i] ?? [], options.jurisdictions, options.isPlaceName),
  );
  const guess = institutionRows(table.labels, columns, findings);
  let institutions: InstitutionRows | undefined;
  if (guess) {
    const downgraded = new Set<string>();
    findings = findings.map((f) => {
      if (!institutionalContact(f, columns[f.fieldNumber - 1] ?? [])) return f;
      downgraded.add(f.column);
      return { ...f, role: "institutional", downgradedFrom: f.role };
    });
    if (downgraded.size) institutions = { ...guess, columns: [...downgraded] };
  }
  const personalColumns = [
    ...new Set(findings.filter((f) => f.role !== "institutional").map((f) => f.column)),
  ];
  return {
    labels: table.labels,
    rowsSampled: rows,
    findings,
    personalColumns,
    ...(institutions ? { institutions } : {}),
  };
}
