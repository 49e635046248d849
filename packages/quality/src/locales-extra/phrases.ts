import { defineCatalogs, type Lang } from "@ciudata/core";

/** Short texts the checks put in `params` (`hint`, `expected`), per language, with `{name}` placeholders. */
export const PHRASES = defineCatalogs({
  es: {
    "stale-data.hint":
      "publique datos más recientes o declare una antigüedad máxima acorde a la periodicidad",
    "stale-data.expected": "una fecha desde el {cutoff}",
    "overdue-update.hint":
      "actualice el recurso o corrija accrualPeriodicity (use «eventual» si no tiene periodicidad fija)",
    "overdue-update.expected": "una actualización desde el {since}",
    "update-metadata.hint":
      "declare accrualPeriodicity como intervalo ISO 8601 (R/P1M, R/P1Y…) o «eventual», y modified como fecha ISO 8601",
    "category-variants.hint": "unifique la escritura de la categoría (use siempre la misma forma)",
    "distinct-limit.hint":
      "indique las columnas categóricas en la opción fields o suba el límite maxDistinct",
    "whitespace.hint": "quite los espacios al inicio y al final y los espacios dobles",
    "letter-case.hint": "use siempre la misma escritura (mayúsculas y acentos) para el mismo valor",
    "cross-field.hint": "revise las dos columnas: una de ellas tiene un valor imposible o invertido",
    "age-mismatch.hint": "recalcule la edad a partir de la fecha de nacimiento o revise ambas columnas",
    "missing-by-group.hint":
      "revise la carga de datos de ese grupo: los faltantes concentrados sesgan los análisis por grupo",
    "territory-coverage.hint":
      "verifique si faltan filas de esas unidades o si sus nombres o códigos están escritos de otra forma",
    "missing-dimension.hint":
      "agregue la columna de desagregación (p. ej. {examples}) o documente por qué no está disponible",
    "missing-dimension.expected": "una columna como {examples}",
    "check-error.hint": "revise el nombre de la columna en la configuración del control",
  },
  en: {
    "stale-data.hint": "publish more recent data or declare a maximum age that matches the periodicity",
    "stale-data.expected": "a date on or after {cutoff}",
    "overdue-update.hint":
      'update the resource or fix accrualPeriodicity (use "eventual" if it has no fixed schedule)',
    "overdue-update.expected": "an update on or after {since}",
    "update-metadata.hint":
      'declare accrualPeriodicity as an ISO 8601 interval (R/P1M, R/P1Y…) or "eventual", and modified as an ISO 8601 date',
    "category-variants.hint": "spell the category one way only",
    "distinct-limit.hint": "list the categorical columns in the fields option or raise maxDistinct",
    "whitespace.hint": "remove leading, trailing and double spaces",
    "letter-case.hint": "write the same value with the same case and accents everywhere",
    "cross-field.hint": "check both columns: one of them holds an impossible or swapped value",
    "age-mismatch.hint": "recompute the age from the date of birth or check both columns",
    "missing-by-group.hint":
      "review how data is collected for that group: concentrated gaps bias analyses by group",
    "territory-coverage.hint":
      "check whether rows for those units are missing or their names or codes are written differently",
    "missing-dimension.hint":
      "add the disaggregation column (e.g. {examples}) or document why it is not available",
    "missing-dimension.expected": "a column such as {examples}",
    "check-error.hint": "check the column name in the check's options",
  },
  pt: {
    "stale-data.hint":
      "publique dados mais recentes ou declare uma idade máxima de acordo com a periodicidade",
    "stale-data.expected": "uma data a partir de {cutoff}",
    "overdue-update.hint":
      "atualize o recurso ou corrija accrualPeriodicity (use «eventual» se não tiver periodicidade fixa)",
    "overdue-update.expected": "uma atualização a partir de {since}",
    "update-metadata.hint":
      "declare accrualPeriodicity como intervalo ISO 8601 (R/P1M, R/P1Y…) ou «eventual», e modified como data ISO 8601",
    "category-variants.hint": "unifique a grafia da categoria (use sempre a mesma forma)",
    "distinct-limit.hint": "indique as colunas categóricas na opção fields ou aumente o limite maxDistinct",
    "whitespace.hint": "remova os espaços no início, no final e os espaços duplos",
    "letter-case.hint": "use sempre a mesma grafia (maiúsculas e acentos) para o mesmo valor",
    "cross-field.hint": "revise as duas colunas: uma delas tem um valor impossível ou invertido",
    "age-mismatch.hint": "recalcule a idade a partir da data de nascimento ou revise as duas colunas",
    "missing-by-group.hint":
      "revise a coleta de dados desse grupo: faltantes concentrados enviesam as análises por grupo",
    "territory-coverage.hint":
      "verifique se faltam linhas dessas unidades ou se seus nomes ou códigos estão escritos de outra forma",
    "missing-dimension.hint":
      "adicione a coluna de desagregação (p. ex. {examples}) ou documente por que não está disponível",
    "missing-dimension.expected": "uma coluna como {examples}",
    "check-error.hint": "revise o nome da coluna na configuração do controle",
  },
});

/** A key of the phrases table. */
export type PhraseKey = keyof (typeof PHRASES)["es"] & string;

/**
 * A short text for `params` in the report's language, with `{name}` placeholders filled.
 *
 * @example
 * ```ts
 * phrase("es", "stale-data.expected", { cutoff: "2024-05-01" }); //=> "una fecha desde el 2024-05-01"
 * ```
 */
export function phrase(lang: Lang, key: PhraseKey, vars: Record<string, string | number> = {}): string {
  return PHRASES[lang][key].replace(/\{(\w+)\}/gu, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
