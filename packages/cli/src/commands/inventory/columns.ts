// The inventory template's columns: one key per DCAT-AR field (plus owner area, periodicity, personal data
// and access level), with its header in each language; an import accepts the headers of any of them.
import { createIssue, type Issue, LANGS, type Lang, labelKey } from "@ciudata/core";
import { isPeriodicity, isRealDate } from "@ciudata/strategy";
import { suggest } from "../../suggest";

/** One column of the template. */
interface Column {
  key: string;
  header: Record<Lang, string>;
  required?: boolean;
  example: string;
}

const col = (key: string, es: string, en: string, pt: string, example: string, required = false): Column => ({
  key,
  header: { es, en, pt },
  example,
  ...(required ? { required } : {}),
});

/** The template's columns, in order. */
export const COLUMNS: readonly Column[] = [
  col("id", "id", "id", "id", "reclamos-2026", true),
  col("title", "titulo", "title", "titulo", "Reclamos vecinales 2026", true),
  col("description", "descripcion", "description", "descricao", "Reclamos recibidos por la línea 147"),
  col("area", "area", "area", "area", "atencion-ciudadana", true),
  col("areaName", "area_nombre", "area_name", "area_nome", "Atención Ciudadana"),
  col("publisher", "publicador", "publisher", "publicador", "Municipalidad"),
  col("contact", "contacto", "contact", "contato", "Mesa de datos"),
  col("contactEmail", "contacto_email", "contact_email", "contato_email", "datos@ciudad.gob.ar"),
  col("superTheme", "tema_global", "super_theme", "tema_global", "GOVE"),
  col("theme", "tema", "theme", "tema", "reclamos"),
  col("keyword", "palabras_clave", "keywords", "palavras_chave", "reclamos; 147"),
  col("downloadURL", "url_descarga", "download_url", "url_download", "datos/reclamos-2026.csv"),
  col("accessURL", "url_acceso", "access_url", "url_acesso", ""),
  col("format", "formato", "format", "formato", "CSV"),
  col("license", "licencia", "license", "licenca", "CC-BY-4.0"),
  col("periodicity", "periodicidad", "periodicity", "periodicidade", "R/P1M"),
  col("issued", "fecha_publicacion", "issued", "data_publicacao", "2026-01-10"),
  col("modified", "fecha_actualizacion", "modified", "data_atualizacao", "2026-03-01"),
  col("personalData", "datos_personales", "personal_data", "dados_pessoais", "no"),
  col("accessLevel", "nivel_acceso", "access_level", "nivel_acesso", "public", true),
  col("state", "estado", "state", "estado", "existing", true),
];

/** The template as CSV: the header in the language asked for and one example row. */
export function templateCsv(lang: Lang): string {
  const quote = (v: string) => (/[",;\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return `${COLUMNS.map((c) => c.header[lang]).join(",")}\n${COLUMNS.map((c) => quote(c.example)).join(",")}\n`;
}

const BY_HEADER = new Map<string, string>();
for (const c of COLUMNS)
  for (const h of [c.key, ...LANGS.map((l) => c.header[l])]) BY_HEADER.set(labelKey(h), c.key);

/**
 * A located issue of an imported row or header (`inventory/import-row`, `inventory/import-columns`; the
 * strategy sheet's `strategy/import-row` and `strategy/import-columns` too).
 */
export function rowIssue(
  type: string,
  at: { row: number | null; column: number | null; name: string | null },
  expected: string,
  received?: string,
  hint?: string,
): Issue {
  return createIssue(type, {
    rowNumber: at.row,
    fieldNumber: at.column,
    fieldName: at.name,
    params: {
      expected,
      ...(received === undefined ? {} : { received }),
      ...(hint === undefined ? {} : { hint }),
    },
    note: `row ${at.row}, column ${at.name}: expected ${expected}, received ${received}`,
  });
}

/** The column key of each header (`null` for none), and the problems: unknown or missing columns. */
export function mapHeader(labels: readonly string[]): { keys: (string | null)[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const keys = labels.map((label, i) => {
    const key = BY_HEADER.get(labelKey(label)) ?? null;
    if (key === null && label.trim() !== "") {
      const close = suggest(labelKey(label), [...BY_HEADER.keys()]);
      issues.push(
        rowIssue(
          "inventory/import-columns",
          { row: 1, column: i + 1, name: label },
          "template-columns",
          label,
          close ? `${close}?` : COLUMNS.map((c) => c.header.es).join(", "),
        ),
      );
    }
    return key;
  });
  for (const c of COLUMNS.filter((x) => x.required && !keys.includes(x.key)))
    issues.push(
      rowIssue(
        "inventory/import-columns",
        { row: 1, column: null, name: c.header.es },
        "template-columns",
        undefined,
        c.header.es,
      ),
    );
  return { keys, issues };
}

/** Words for the access levels and states in every language, to their values. */
const WORDS: Record<string, Record<string, string>> = {
  accessLevel: {
    public: "public",
    publico: "public",
    internal: "internal",
    interno: "internal",
    restricted: "restricted",
    restringido: "restricted",
    restrito: "restricted",
    non_public: "non-public",
    no_publico: "non-public",
    nao_publico: "non-public",
  },
  state: {
    existing: "existing",
    existente: "existing",
    planned: "planned",
    planificado: "planned",
    planejado: "planned",
    published: "published",
    publicado: "published",
    retired: "retired",
    retirado: "retired",
  },
  personalData: {
    si: "true",
    yes: "true",
    sim: "true",
    true: "true",
    no: "false",
    nao: "false",
    false: "false",
  },
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One row of the spreadsheet as an inventory entry (as written in the file), or its located problems. */
export function rowToEntry(
  cells: readonly string[],
  keys: readonly (string | null)[],
  labels: readonly string[],
  row: number,
): { entry: Record<string, unknown>; areaName: string | null; issues: Issue[] } {
  const issues: Issue[] = [];
  const v: Record<string, string> = {};
  const where: Record<string, { row: number; column: number; name: string }> = {};
  keys.forEach((k, i) => {
    const cell = (cells[i] ?? "").trim();
    if (k === null || cell === "") return;
    v[k] = cell;
    where[k] = { row, column: i + 1, name: labels[i] ?? k };
  });
  const bad = (key: string, expected: string) =>
    issues.push(
      rowIssue("inventory/import-row", where[key] ?? { row, column: null, name: key }, expected, v[key]),
    );
  for (const c of COLUMNS.filter((x) => x.required && v[x.key] === undefined))
    issues.push(
      rowIssue(
        "inventory/import-row",
        { row, column: keys.indexOf(c.key) + 1 || null, name: c.header.es },
        "required",
      ),
    );
  if (v.id !== undefined && !SLUG.test(v.id)) bad("id", "slug");
  if (v.area !== undefined && !SLUG.test(v.area)) bad("area", "slug");
  if (v.periodicity !== undefined && !isPeriodicity(v.periodicity)) bad("periodicity", "periodicity");
  for (const k of ["issued", "modified"])
    if (v[k] !== undefined && !isRealDate(v[k] as string)) bad(k, "date");
  const word = (key: string) => {
    if (v[key] === undefined) return undefined;
    const w = WORDS[key]?.[labelKey(v[key] as string)];
    if (w === undefined)
      bad(key, key === "personalData" ? "yes-no" : key === "state" ? "dataset-state" : "access-level");
    return w;
  };
  const accessLevel = word("accessLevel");
  const state = word("state");
  const personal = word("personalData");
  const list = (key: string) =>
    v[key]
      ? (v[key] as string)
          .split(/[;|]/)
          .map((s) => s.trim())
          .filter(Boolean)
      : undefined;
  const url = v.downloadURL ?? v.accessURL;
  const entry: Record<string, unknown> = {
    id: v.id,
    title: v.title,
    ...(v.description ? { description: v.description } : {}),
    ...(v.publisher ? { publisher: { name: v.publisher } } : {}),
    ...(v.contact || v.contactEmail
      ? {
          contactPoint: {
            fn: v.contact ?? v.contactEmail,
            ...(v.contactEmail ? { hasEmail: v.contactEmail } : {}),
          },
        }
      : {}),
    ...(v.superTheme ? { superTheme: list("superTheme")?.map((s) => s.toUpperCase()) } : {}),
    ...(v.theme ? { theme: list("theme") } : {}),
    ...(v.keyword ? { keyword: list("keyword") } : {}),
    ...(v.issued ? { issued: v.issued } : {}),
    ...(v.modified ? { modified: v.modified } : {}),
    ...(v.periodicity ? { accrualPeriodicity: v.periodicity } : {}),
    ...(v.license ? { license: v.license } : {}),
    ...(url
      ? {
          distribution: [
            {
              identifier: `${v.id}-1`,
              title: v.format ?? v.title ?? "",
              ...(v.downloadURL ? { downloadURL: v.downloadURL } : {}),
              ...(v.accessURL ? { accessURL: v.accessURL } : {}),
              ...(v.format ? { format: v.format } : {}),
            },
          ],
        }
      : {}),
    accessLevel,
    ...(personal === undefined ? {} : { personalData: personal === "true" }),
    state,
    orgUnitId: v.area,
  };
  return { entry, areaName: v.areaName ?? null, issues };
}
