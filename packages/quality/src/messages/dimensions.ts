import { defineCatalogs } from "@ciudata/core";

/** The names and definitions of the quality dimensions. */
export const dimensionMessages = defineCatalogs({
  es: {
    "validity.label": "Validez",
    "validity.definition":
      "Los valores respetan el tipo, el formato y la sintaxis declarados (esquema, dialecto, perfil de publicación).",
    "completeness.label": "Completitud",
    "completeness.definition":
      "No faltan celdas, filas ni columnas que deberían estar (valores obligatorios, celdas faltantes, filas vacías).",
    "uniqueness.label": "Unicidad",
    "uniqueness.definition": "Cada entidad aparece una sola vez: sin filas duplicadas ni claves repetidas.",
    "consistency.label": "Consistencia",
    "consistency.definition":
      "Los datos no se contradicen: claves foráneas que existen, reglas entre columnas, categorías escritas siempre igual.",
    "accuracy.label": "Exactitud",
    "accuracy.definition":
      "Los valores representan bien la realidad: dentro de rangos plausibles, de listas oficiales, sin desvíos atípicos.",
    "timeliness.label": "Actualidad",
    "timeliness.definition":
      "Los datos están al día: la última fecha y la última actualización respetan la periodicidad declarada.",
    "bias.label": "Sesgo",
    "bias.definition":
      "Los datos representan a toda la población: faltantes parejos entre grupos, todos los territorios, datos desagregados.",
    "privacy.label": "Privacidad",
    "privacy.definition":
      "Los datos publicados no permiten reidentificar personas: cada combinación de cuasi-identificadores la comparten al menos k registros.",
  },
  en: {
    "validity.label": "Validity",
    "validity.definition":
      "Values follow the declared type, format and syntax (schema, dialect, publishing profile).",
    "completeness.label": "Completeness",
    "completeness.definition":
      "No cells, rows or columns that should be there are missing (required values, missing cells, blank rows).",
    "uniqueness.label": "Uniqueness",
    "uniqueness.definition": "Each entity appears once: no duplicate rows or repeated keys.",
    "consistency.label": "Consistency",
    "consistency.definition":
      "Data does not contradict itself: foreign keys that exist, rules across columns, categories always spelled the same.",
    "accuracy.label": "Accuracy",
    "accuracy.definition":
      "Values represent reality well: within plausible ranges and official lists, without outliers.",
    "timeliness.label": "Timeliness",
    "timeliness.definition":
      "Data is up to date: the latest date and the last update keep to the declared frequency.",
    "bias.label": "Bias",
    "bias.definition":
      "Data represents the whole population: even missingness across groups, every territory, disaggregated data.",
    "privacy.label": "Privacy",
    "privacy.definition":
      "Published data does not let anyone re-identify people: each combination of quasi-identifiers is shared by at least k records.",
  },
  pt: {
    "validity.label": "Validade",
    "validity.definition":
      "Os valores seguem o tipo, o formato e a sintaxe declarados (esquema, dialeto, perfil de publicação).",
    "completeness.label": "Completude",
    "completeness.definition":
      "Não faltam células, linhas nem colunas que deveriam estar (valores obrigatórios, células faltantes, linhas vazias).",
    "uniqueness.label": "Unicidade",
    "uniqueness.definition": "Cada entidade aparece uma só vez: sem linhas duplicadas nem chaves repetidas.",
    "consistency.label": "Consistência",
    "consistency.definition":
      "Os dados não se contradizem: chaves estrangeiras que existem, regras entre colunas, categorias sempre escritas igual.",
    "accuracy.label": "Exatidão",
    "accuracy.definition":
      "Os valores representam bem a realidade: dentro de faixas plausíveis e listas oficiais, sem desvios atípicos.",
    "timeliness.label": "Atualidade",
    "timeliness.definition":
      "Os dados estão em dia: a última data e a última atualização respeitam a periodicidade declarada.",
    "bias.label": "Viés",
    "bias.definition":
      "Os dados representam toda a população: faltantes equilibrados entre grupos, todos os territórios, dados desagregados.",
    "privacy.label": "Privacidade",
    "privacy.definition":
      "Os dados publicados não permitem reidentificar pessoas: cada combinação de quase-identificadores é compartilhada por pelo menos k registros.",
  },
});
