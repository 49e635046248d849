import type { IssueCatalog, IssueText, Lang, PerLang } from "@ciudata/core";
import type { TableError } from "@ciudata/table";

type Wording = { title: string; describe: (e: TableError) => string };

const p = (e: TableError, k: string) => String(e.params[k] ?? "");

/** Titles and sentences of the profile error types, per language. */
const WORDING: Record<string, Record<Lang, Wording>> = {
  "quality/profile-error": {
    es: {
      title: "Perfil inválido",
      describe: (e) => `el perfil no es válido en ${p(e, "path") || "la raíz"}`,
    },
    en: {
      title: "Invalid profile",
      describe: (e) => `the profile is not valid at ${p(e, "path") || "the root"}`,
    },
    pt: { title: "Perfil inválido", describe: (e) => `o perfil não é válido em ${p(e, "path") || "a raiz"}` },
  },
  "quality/profile/encoding": {
    es: {
      title: "Codificación distinta de UTF-8",
      describe: (e) =>
        p(e, "reason") === "bom"
          ? "el archivo empieza con una marca BOM"
          : `el archivo está codificado en ${p(e, "received")}`,
    },
    en: {
      title: "Encoding is not UTF-8",
      describe: (e) =>
        p(e, "reason") === "bom"
          ? "the file starts with a BOM"
          : `the file is encoded in ${p(e, "received")}`,
    },
    pt: {
      title: "Codificação diferente de UTF-8",
      describe: (e) =>
        p(e, "reason") === "bom"
          ? "o arquivo começa com uma marca BOM"
          : `o arquivo está codificado em ${p(e, "received")}`,
    },
  },
  "quality/profile/delimiter": {
    es: { title: "Separador distinto de coma", describe: () => "las columnas no están separadas por comas" },
    en: { title: "Delimiter is not a comma", describe: () => "columns are not separated by commas" },
    pt: {
      title: "Separador diferente de vírgula",
      describe: () => "as colunas não estão separadas por vírgulas",
    },
  },
  "quality/profile/quote-char": {
    es: { title: 'Comillas distintas de "', describe: () => "los valores se encierran con otro carácter" },
    en: { title: 'Quote character is not "', describe: () => "values are quoted with another character" },
    pt: { title: 'Aspas diferentes de "', describe: () => "os valores são delimitados por outro caractere" },
  },
  "quality/profile/header-row": {
    es: {
      title: "Sin fila de encabezado",
      describe: () => "la primera fila no tiene los nombres de las columnas",
    },
    en: { title: "No header row", describe: () => "the first row does not hold the column names" },
    pt: { title: "Sem linha de cabeçalho", describe: () => "a primeira linha não tem os nomes das colunas" },
  },
  "quality/profile/header-name": {
    es: {
      title: "Nombre de columna fuera de la guía",
      describe: () => "el nombre de la columna no sigue la guía",
    },
    en: { title: "Column name off the guide", describe: () => "the column name does not follow the guide" },
    pt: { title: "Nome de coluna fora do guia", describe: () => "o nome da coluna não segue o guia" },
  },
  "quality/profile/unique-headers": {
    es: {
      title: "Nombres de columna que se confunden",
      describe: (e) =>
        `«${p(e, "label")}» se confunde con «${p(e, "other")}» (columna ${p(e, "firstFieldNumber")})`,
    },
    en: {
      title: "Column names that clash",
      describe: (e) =>
        `"${p(e, "label")}" clashes with "${p(e, "other")}" (column ${p(e, "firstFieldNumber")})`,
    },
    pt: {
      title: "Nomes de coluna que se confundem",
      describe: (e) =>
        `«${p(e, "label")}» se confunde com «${p(e, "other")}» (coluna ${p(e, "firstFieldNumber")})`,
    },
  },
  "quality/profile/trimmed-values": {
    es: {
      title: "Espacios al principio o al final",
      describe: () => "el valor tiene espacios al principio o al final",
    },
    en: { title: "Leading or trailing spaces", describe: () => "the value has leading or trailing spaces" },
    pt: { title: "Espaços no início ou no fim", describe: () => "o valor tem espaços no início ou no fim" },
  },
  "quality/profile/decimal-point": {
    es: {
      title: "Número con coma o separador de miles",
      describe: () => "el número no usa punto decimal sin separador de miles",
    },
    en: {
      title: "Number with comma or thousands separator",
      describe: () => "the number does not use a decimal point without thousands separators",
    },
    pt: {
      title: "Número com vírgula ou separador de milhar",
      describe: () => "o número não usa ponto decimal sem separador de milhar",
    },
  },
  "quality/profile/currency-symbol": {
    es: {
      title: "Símbolo de moneda en un número",
      describe: () => "el número lleva un símbolo o código de moneda",
    },
    en: {
      title: "Currency symbol in a number",
      describe: () => "the number carries a currency symbol or code",
    },
    pt: {
      title: "Símbolo de moeda em um número",
      describe: () => "o número leva um símbolo ou código de moeda",
    },
  },
  "quality/profile/iso-date": {
    es: { title: "Fecha fuera de ISO 8601", describe: () => "la fecha no está escrita en ISO 8601" },
    en: { title: "Date not in ISO 8601", describe: () => "the date is not written in ISO 8601" },
    pt: { title: "Data fora da ISO 8601", describe: () => "a data não está escrita em ISO 8601" },
  },
  "quality/profile/boolean-values": {
    es: { title: "Lógico distinto de true/false", describe: () => "el valor lógico no es true ni false" },
    en: {
      title: "Boolean other than true/false",
      describe: () => "the boolean value is neither true nor false",
    },
    pt: { title: "Lógico diferente de true/false", describe: () => "o valor lógico não é true nem false" },
  },
  "quality/profile/coordinates": {
    es: {
      title: "Coordenada fuera de la guía",
      describe: (e) =>
        p(e, "reason") === "name"
          ? "la columna de coordenadas debe llamarse latitud o longitud"
          : p(e, "reason") === "range"
            ? "la coordenada está fuera de rango"
            : "la coordenada no está en grados decimales",
    },
    en: {
      title: "Coordinate off the guide",
      describe: (e) =>
        p(e, "reason") === "name"
          ? "the coordinate column must be named latitud or longitud"
          : p(e, "reason") === "range"
            ? "the coordinate is out of range"
            : "the coordinate is not in decimal degrees",
    },
    pt: {
      title: "Coordenada fora do guia",
      describe: (e) =>
        p(e, "reason") === "name"
          ? "a coluna de coordenadas deve se chamar latitud ou longitud"
          : p(e, "reason") === "range"
            ? "a coordenada está fora da faixa"
            : "a coordenada não está em graus decimais",
    },
  },
  "quality/profile/code-list": {
    es: {
      title: "Valor fuera de la lista",
      describe: (e) => `el valor no está en la lista «${p(e, "list")}» (regla ${p(e, "rule")})`,
    },
    en: {
      title: "Value not in the list",
      describe: (e) => `the value is not in the list "${p(e, "list")}" (rule ${p(e, "rule")})`,
    },
    pt: {
      title: "Valor fora da lista",
      describe: (e) => `o valor não está na lista «${p(e, "list")}» (regra ${p(e, "rule")})`,
    },
  },
  "quality/profile/pattern": {
    es: {
      title: "Valor con formato incorrecto",
      describe: (e) => `el valor no tiene el formato de la regla ${p(e, "rule")}`,
    },
    en: {
      title: "Value with a wrong format",
      describe: (e) => `the value does not have the format of rule ${p(e, "rule")}`,
    },
    pt: {
      title: "Valor com formato incorreto",
      describe: (e) => `o valor não tem o formato da regra ${p(e, "rule")}`,
    },
  },
  "quality/profile/required": {
    es: {
      title: "Falta un valor obligatorio",
      describe: (e) => `la celda está vacía y la regla ${p(e, "rule")} la exige`,
    },
    en: {
      title: "Required value missing",
      describe: (e) => `the cell is empty and rule ${p(e, "rule")} requires it`,
    },
    pt: {
      title: "Falta um valor obrigatório",
      describe: (e) => `a célula está vazia e a regra ${p(e, "rule")} a exige`,
    },
  },
  "quality/profile/range": {
    es: {
      title: "Valor fuera de rango",
      describe: (e) => `el valor está fuera del rango de la regla ${p(e, "rule")}`,
    },
    en: {
      title: "Value out of range",
      describe: (e) => `the value is out of the range of rule ${p(e, "rule")}`,
    },
    pt: {
      title: "Valor fora da faixa",
      describe: (e) => `o valor está fora da faixa da regra ${p(e, "rule")}`,
    },
  },
  "quality/profile/compare": {
    es: {
      title: "Columnas que se contradicen",
      describe: (e) => `no se cumple ${p(e, "rule")}: ${p(e, "condition")}`,
    },
    en: {
      title: "Columns that contradict each other",
      describe: (e) => `${p(e, "rule")} does not hold: ${p(e, "condition")}`,
    },
    pt: {
      title: "Colunas que se contradizem",
      describe: (e) => `não se cumpre ${p(e, "rule")}: ${p(e, "condition")}`,
    },
  },
};

/** Said of any rule whose column is not in the file. */
const MISSING_FIELD: Record<Lang, (e: TableError) => string> = {
  es: (e) => `la columna «${p(e, "field")}» que usa la regla ${p(e, "rule")} no está en el archivo`,
  en: (e) => `the column "${p(e, "field")}" used by rule ${p(e, "rule")} is not in the file`,
  pt: (e) => `a coluna «${p(e, "field")}» usada pela regra ${p(e, "rule")} não está no arquivo`,
};

function catalogOf(lang: Lang): IssueCatalog {
  const out: Record<string, IssueText> = {};
  for (const [type, langs] of Object.entries(WORDING)) {
    const { title, describe } = langs[lang];
    out[type] = {
      title,
      describe: (e) => (e.params.reason === "missing-field" ? MISSING_FIELD[lang](e) : describe(e)),
    };
  }
  return out;
}

/**
 * How the profile error types (`quality/profile/*`, `quality/profile-error`) are worded in es, en and
 * pt, as a catalog value (a thin wrapper over the wording above until the profiles own their catalogs).
 *
 * @example
 * ```ts
 * issueTitle("quality/profile/iso-date", "es", profileIssues); //=> "Fecha fuera de ISO 8601"
 * ```
 */
export const profileIssues: PerLang<IssueCatalog> = {
  es: catalogOf("es"),
  en: catalogOf("en"),
  pt: catalogOf("pt"),
};

/**
 * Nothing to register any more: the wording is the {@link profileIssues} catalog value. Kept as a no-op
 * until the profiles stop calling it.
 * @internal
 *
 * @example
 * ```ts
 * registerProfileMessages(); // does nothing
 * ```
 */
export function registerProfileMessages(): void {}
