import type { Profile } from "../schema";

/**
 * Argentina's national publishing guide as a profile: "Guía para la publicación de datos en formatos
 * abiertos" (Decreto 117/2016, datosgobar/paquete-apertura-datos). Every rule is a check with a code
 * (`quality/profile/<rule>`):
 *
 * | rule | the guide says |
 * |---|---|
 * | `encoding` | UTF-8 (a BOM is a warning) |
 * | `delimiter` | `,` separates columns |
 * | `quote-char` | `"` quotes values |
 * | `header-row` | the first row holds the column names |
 * | `header-name` | names in lowercase `a-z`, `0-9`, `_`, at most 50 characters |
 * | `unique-headers` | names unique (also once written as the guide asks) |
 * | `trimmed-values` | no leading or trailing spaces in values |
 * | `decimal-point` | `.` as decimal mark, no thousands separator |
 * | `currency-symbol` | no currency symbols in numbers |
 * | `iso-date` | dates in ISO 8601 |
 * | `boolean-values` | booleans as `true` / `false` |
 * | `coordinates` | decimal degrees in `latitud` / `longitud` |
 *
 * No dialect is set, so the reader sniffs how the file is really written and the file rules judge it.
 * No thresholds: the guide is a standard, any error fails.
 */
export const AR_DATOS_ABIERTOS: Profile = {
  id: "ar-datos-abiertos",
  name: {
    es: "Guía de publicación de datos abiertos de Argentina (Decreto 117/2016)",
    en: "Argentina's open data publishing guide (Decree 117/2016)",
    pt: "Guia de publicação de dados abertos da Argentina (Decreto 117/2016)",
  },
  description: {
    es: "Reglas de formato de la guía nacional: UTF-8, coma, encabezados en minúsculas, números con punto, fechas ISO 8601, true/false, latitud/longitud.",
    en: "Format rules of the national guide: UTF-8, comma, lowercase headers, numbers with a point, ISO 8601 dates, true/false, latitud/longitud.",
    pt: "Regras de formato do guia nacional: UTF-8, vírgula, cabeçalhos em minúsculas, números com ponto, datas ISO 8601, true/false, latitud/longitud.",
  },
  version: "1.0",
  checks: [
    { rule: "encoding" },
    { rule: "delimiter" },
    { rule: "quote-char" },
    { rule: "header-row" },
    { rule: "header-name" },
    { rule: "unique-headers" },
    { rule: "trimmed-values" },
    { rule: "decimal-point" },
    { rule: "currency-symbol" },
    { rule: "iso-date" },
    { rule: "boolean-values" },
    { rule: "coordinates" },
  ],
  thresholds: {},
  codeLists: {},
  rules: [],
};

/** The built-in profiles, by id. */
export const BUILTIN_PROFILES: Readonly<Record<string, Profile>> = {
  [AR_DATOS_ABIERTOS.id]: AR_DATOS_ABIERTOS,
};
