import {
  defineCatalogs,
  defineIssueCatalogs,
  type Issue,
  type IssueCatalog,
  type IssueText,
  LANGS,
  type Lang,
  type PerLang,
} from "@ciudata/core";
import { p } from "../checks/_shared/params";

/** Titles and sentences of the profile error types, per language. */
const wording = defineIssueCatalogs({
  es: {
    "expected:no-such-key": { title: "ninguna clave con ese nombre (revise la ortografía)" },
    "expected:pattern": { title: "un texto con el formato" },
    "expected:profile-rule": {
      title: "una regla de la guía o un control con espacio de nombres (quality/stale-data); las reglas son",
    },
    "expected:profile-check": {
      title: "un control que ciudata conoce (quality/stale-data, quality/deviated-value…); los controles son",
    },
    "expected:unique-rule-id": { title: "un id que no use otra regla" },
    "expected:code-list-name": { title: "una lista definida en codeLists" },
    "expected:regex": { title: "una expresión regular válida" },
    "expected:range-bound": { title: "un mínimo, un máximo o ambos" },
    "expected:json-text": { title: "un texto JSON" },
    "quality/profile-error": {
      title: "Perfil inválido",
      describe: (e) => `el perfil no es válido en ${p(e, "path") || "la raíz"}`,
    },
    "quality/profile/encoding": {
      title: "Codificación distinta de UTF-8",
      describe: (e) =>
        p(e, "reason") === "bom"
          ? "el archivo empieza con una marca BOM"
          : `el archivo está codificado en ${p(e, "received")}`,
    },
    "quality/profile/delimiter": {
      title: "Separador distinto de coma",
      describe: () => "las columnas no están separadas por comas",
    },
    "quality/profile/quote-char": {
      title: 'Comillas distintas de "',
      describe: () => "los valores se encierran con otro carácter",
    },
    "quality/profile/header-row": {
      title: "Sin fila de encabezado",
      describe: () => "la primera fila no tiene los nombres de las columnas",
    },
    "quality/profile/header-name": {
      title: "Nombre de columna fuera de la guía",
      describe: () => "el nombre de la columna no sigue la guía",
    },
    "quality/profile/unique-headers": {
      title: "Nombres de columna que se confunden",
      describe: (e) =>
        `«${p(e, "label")}» se confunde con «${p(e, "other")}» (columna ${p(e, "firstFieldNumber")})`,
    },
    "quality/profile/trimmed-values": {
      title: "Espacios al principio o al final",
      describe: () => "el valor tiene espacios al principio o al final",
    },
    "quality/profile/decimal-point": {
      title: "Número con coma o separador de miles",
      describe: () => "el número no usa punto decimal sin separador de miles",
    },
    "quality/profile/currency-symbol": {
      title: "Símbolo de moneda en un número",
      describe: () => "el número lleva un símbolo o código de moneda",
    },
    "quality/profile/iso-date": {
      title: "Fecha fuera de ISO 8601",
      describe: () => "la fecha no está escrita en ISO 8601",
    },
    "quality/profile/boolean-values": {
      title: "Lógico distinto de true/false",
      describe: () => "el valor lógico no es true ni false",
    },
    "quality/profile/coordinates": {
      title: "Coordenada fuera de la guía",
      describe: (e) =>
        p(e, "reason") === "name"
          ? "la columna de coordenadas debe llamarse latitud o longitud"
          : p(e, "reason") === "range"
            ? "la coordenada está fuera de rango"
            : "la coordenada no está en grados decimales",
    },
    "quality/profile/code-list": {
      title: "Valor fuera de la lista",
      describe: (e) => `el valor no está en la lista «${p(e, "list")}» (regla ${p(e, "rule")})`,
    },
    "quality/profile/pattern": {
      title: "Valor con formato incorrecto",
      describe: (e) => `el valor no tiene el formato de la regla ${p(e, "rule")}`,
    },
    "quality/profile/required": {
      title: "Falta un valor obligatorio",
      describe: (e) => `la celda está vacía y la regla ${p(e, "rule")} la exige`,
    },
    "quality/profile/range": {
      title: "Valor fuera de rango",
      describe: (e) => `el valor está fuera del rango de la regla ${p(e, "rule")}`,
    },
    "quality/profile/compare": {
      title: "Columnas que se contradicen",
      describe: (e) => `no se cumple ${p(e, "rule")}: ${p(e, "condition")}`,
    },
  },
  en: {
    "expected:no-such-key": { title: "no key by that name (check the spelling)" },
    "expected:pattern": { title: "a text in the format" },
    "expected:profile-rule": {
      title: "a guide rule or a namespaced check (quality/stale-data); the rules are",
    },
    "expected:profile-check": {
      title: "a check ciudata knows (quality/stale-data, quality/deviated-value…); the checks are",
    },
    "expected:unique-rule-id": { title: "an id no other rule uses" },
    "expected:code-list-name": { title: "a list defined in codeLists" },
    "expected:regex": { title: "a valid regular expression" },
    "expected:range-bound": { title: "a minimum, a maximum or both" },
    "expected:json-text": { title: "a JSON text" },
    "quality/profile-error": {
      title: "Invalid profile",
      describe: (e) => `the profile is not valid at ${p(e, "path") || "the root"}`,
    },
    "quality/profile/encoding": {
      title: "Encoding is not UTF-8",
      describe: (e) =>
        p(e, "reason") === "bom"
          ? "the file starts with a BOM"
          : `the file is encoded in ${p(e, "received")}`,
    },
    "quality/profile/delimiter": {
      title: "Delimiter is not a comma",
      describe: () => "columns are not separated by commas",
    },
    "quality/profile/quote-char": {
      title: 'Quote character is not "',
      describe: () => "values are quoted with another character",
    },
    "quality/profile/header-row": {
      title: "No header row",
      describe: () => "the first row does not hold the column names",
    },
    "quality/profile/header-name": {
      title: "Column name off the guide",
      describe: () => "the column name does not follow the guide",
    },
    "quality/profile/unique-headers": {
      title: "Column names that clash",
      describe: (e) =>
        `"${p(e, "label")}" clashes with "${p(e, "other")}" (column ${p(e, "firstFieldNumber")})`,
    },
    "quality/profile/trimmed-values": {
      title: "Leading or trailing spaces",
      describe: () => "the value has leading or trailing spaces",
    },
    "quality/profile/decimal-point": {
      title: "Number with comma or thousands separator",
      describe: () => "the number does not use a decimal point without thousands separators",
    },
    "quality/profile/currency-symbol": {
      title: "Currency symbol in a number",
      describe: () => "the number carries a currency symbol or code",
    },
    "quality/profile/iso-date": {
      title: "Date not in ISO 8601",
      describe: () => "the date is not written in ISO 8601",
    },
    "quality/profile/boolean-values": {
      title: "Boolean other than true/false",
      describe: () => "the boolean value is neither true nor false",
    },
    "quality/profile/coordinates": {
      title: "Coordinate off the guide",
      describe: (e) =>
        p(e, "reason") === "name"
          ? "the coordinate column must be named latitud or longitud"
          : p(e, "reason") === "range"
            ? "the coordinate is out of range"
            : "the coordinate is not in decimal degrees",
    },
    "quality/profile/code-list": {
      title: "Value not in the list",
      describe: (e) => `the value is not in the list "${p(e, "list")}" (rule ${p(e, "rule")})`,
    },
    "quality/profile/pattern": {
      title: "Value with a wrong format",
      describe: (e) => `the value does not have the format of rule ${p(e, "rule")}`,
    },
    "quality/profile/required": {
      title: "Required value missing",
      describe: (e) => `the cell is empty and rule ${p(e, "rule")} requires it`,
    },
    "quality/profile/range": {
      title: "Value out of range",
      describe: (e) => `the value is out of the range of rule ${p(e, "rule")}`,
    },
    "quality/profile/compare": {
      title: "Columns that contradict each other",
      describe: (e) => `${p(e, "rule")} does not hold: ${p(e, "condition")}`,
    },
  },
  pt: {
    "expected:no-such-key": { title: "nenhuma chave com esse nome (revise a ortografia)" },
    "expected:pattern": { title: "um texto no formato" },
    "expected:profile-rule": {
      title: "uma regra do guia ou um controle com espaço de nomes (quality/stale-data); as regras são",
    },
    "expected:profile-check": {
      title:
        "um controle que o ciudata conhece (quality/stale-data, quality/deviated-value…); os controles são",
    },
    "expected:unique-rule-id": { title: "um id que nenhuma outra regra use" },
    "expected:code-list-name": { title: "uma lista definida em codeLists" },
    "expected:regex": { title: "uma expressão regular válida" },
    "expected:range-bound": { title: "um mínimo, um máximo ou ambos" },
    "expected:json-text": { title: "um texto JSON" },
    "quality/profile-error": {
      title: "Perfil inválido",
      describe: (e) => `o perfil não é válido em ${p(e, "path") || "a raiz"}`,
    },
    "quality/profile/encoding": {
      title: "Codificação diferente de UTF-8",
      describe: (e) =>
        p(e, "reason") === "bom"
          ? "o arquivo começa com uma marca BOM"
          : `o arquivo está codificado em ${p(e, "received")}`,
    },
    "quality/profile/delimiter": {
      title: "Separador diferente de vírgula",
      describe: () => "as colunas não estão separadas por vírgulas",
    },
    "quality/profile/quote-char": {
      title: 'Aspas diferentes de "',
      describe: () => "os valores são delimitados por outro caractere",
    },
    "quality/profile/header-row": {
      title: "Sem linha de cabeçalho",
      describe: () => "a primeira linha não tem os nomes das colunas",
    },
    "quality/profile/header-name": {
      title: "Nome de coluna fora do guia",
      describe: () => "o nome da coluna não segue o guia",
    },
    "quality/profile/unique-headers": {
      title: "Nomes de coluna que se confundem",
      describe: (e) =>
        `«${p(e, "label")}» se confunde com «${p(e, "other")}» (coluna ${p(e, "firstFieldNumber")})`,
    },
    "quality/profile/trimmed-values": {
      title: "Espaços no início ou no fim",
      describe: () => "o valor tem espaços no início ou no fim",
    },
    "quality/profile/decimal-point": {
      title: "Número com vírgula ou separador de milhar",
      describe: () => "o número não usa ponto decimal sem separador de milhar",
    },
    "quality/profile/currency-symbol": {
      title: "Símbolo de moeda em um número",
      describe: () => "o número leva um símbolo ou código de moeda",
    },
    "quality/profile/iso-date": {
      title: "Data fora da ISO 8601",
      describe: () => "a data não está escrita em ISO 8601",
    },
    "quality/profile/boolean-values": {
      title: "Lógico diferente de true/false",
      describe: () => "o valor lógico não é true nem false",
    },
    "quality/profile/coordinates": {
      title: "Coordenada fora do guia",
      describe: (e) =>
        p(e, "reason") === "name"
          ? "a coluna de coordenadas deve se chamar latitud ou longitud"
          : p(e, "reason") === "range"
            ? "a coordenada está fora da faixa"
            : "a coordenada não está em graus decimais",
    },
    "quality/profile/code-list": {
      title: "Valor fora da lista",
      describe: (e) => `o valor não está na lista «${p(e, "list")}» (regra ${p(e, "rule")})`,
    },
    "quality/profile/pattern": {
      title: "Valor com formato incorreto",
      describe: (e) => `o valor não tem o formato da regra ${p(e, "rule")}`,
    },
    "quality/profile/required": {
      title: "Falta um valor obrigatório",
      describe: (e) => `a célula está vazia e a regra ${p(e, "rule")} a exige`,
    },
    "quality/profile/range": {
      title: "Valor fora da faixa",
      describe: (e) => `o valor está fora da faixa da regra ${p(e, "rule")}`,
    },
    "quality/profile/compare": {
      title: "Colunas que se contradizem",
      describe: (e) => `não se cumpre ${p(e, "rule")}: ${p(e, "condition")}`,
    },
  },
});

/** Said of any rule whose column is not in the file. */
const MISSING_FIELD: Readonly<Record<Lang, (e: Issue) => string>> = {
  es: (e) => `la columna «${p(e, "field")}» que usa la regla ${p(e, "rule")} no está en el archivo`,
  en: (e) => `the column "${p(e, "field")}" used by rule ${p(e, "rule")} is not in the file`,
  pt: (e) => `a coluna «${p(e, "field")}» usada pela regra ${p(e, "rule")} não está no arquivo`,
};

/**
 * How the profile error types (`quality/profile/*`, `quality/profile-error`) are worded in es, en and pt,
 * as a catalog value; any rule whose column is missing (`params.reason` = `missing-field`) says so.
 *
 * @example
 * ```ts
 * issueTitle("quality/profile/iso-date", "es", profileIssues); //=> "Fecha fuera de ISO 8601"
 * ```
 */
export const profileIssues: PerLang<IssueCatalog> = withMissingField(wording);

function withMissingField(catalogs: PerLang<IssueCatalog>): PerLang<IssueCatalog> {
  const out: Record<Lang, Record<string, IssueText>> = { es: {}, en: {}, pt: {} };
  for (const lang of LANGS)
    for (const [type, text] of Object.entries(catalogs[lang])) {
      const own = text.describe;
      out[lang][type] = {
        title: text.title,
        describe: (e, words) =>
          e.params.reason === "missing-field" ? MISSING_FIELD[lang](e) : own ? own(e, words) : text.title,
      };
    }
  return out;
}

/**
 * The slice of {@link profileIssues} one guide rule emits (`quality/profile/<rule>`), for its descriptor.
 *
 * @example
 * ```ts
 * ruleIssues("iso-date").es["quality/profile/iso-date"]?.title; //=> "Fecha fuera de ISO 8601"
 * ```
 */
export function ruleIssues(rule: string): PerLang<IssueCatalog> {
  const type = `quality/profile/${rule}`;
  const out: Record<Lang, Record<string, IssueText>> = { es: {}, en: {}, pt: {} };
  for (const lang of LANGS) {
    const text = profileIssues[lang][type];
    if (text) out[lang][type] = text;
  }
  return out;
}

type Bounds = { minimum: number; maximum: number };

/** What a city's own rule expects (`params.expected` of its findings), in es, en and pt. */
export const cityRuleTexts = defineCatalogs({
  es: {
    "code-list": (p: { list: string }) => `un valor de la lista «${p.list}»`,
    pattern: (p: { pattern: string }) => `un valor con el formato ${p.pattern}`,
    required: "un valor",
    "range.between": (p: Bounds, w) =>
      `entre ${w.number(Number(p.minimum))} y ${w.number(Number(p.maximum))}`,
    "range.min": (p: Pick<Bounds, "minimum">, w) => `≥ ${w.number(Number(p.minimum))}`,
    "range.max": (p: Pick<Bounds, "maximum">, w) => `≤ ${w.number(Number(p.maximum))}`,
  },
  en: {
    "code-list": (p: { list: string }) => `a value of the list "${p.list}"`,
    pattern: (p: { pattern: string }) => `a value with the format ${p.pattern}`,
    required: "a value",
    "range.between": (p: Bounds, w) =>
      `between ${w.number(Number(p.minimum))} and ${w.number(Number(p.maximum))}`,
    "range.min": (p: Pick<Bounds, "minimum">, w) => `≥ ${w.number(Number(p.minimum))}`,
    "range.max": (p: Pick<Bounds, "maximum">, w) => `≤ ${w.number(Number(p.maximum))}`,
  },
  pt: {
    "code-list": (p: { list: string }) => `um valor da lista «${p.list}»`,
    pattern: (p: { pattern: string }) => `um valor com o formato ${p.pattern}`,
    required: "um valor",
    "range.between": (p: Bounds, w) =>
      `entre ${w.number(Number(p.minimum))} e ${w.number(Number(p.maximum))}`,
    "range.min": (p: Pick<Bounds, "minimum">, w) => `≥ ${w.number(Number(p.minimum))}`,
    "range.max": (p: Pick<Bounds, "maximum">, w) => `≤ ${w.number(Number(p.maximum))}`,
  },
});
