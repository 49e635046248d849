import { defineCatalogs } from "@ciudata/core";

/** The texts the `iso-date` rule puts in its findings' params (expected, hint…), in es, en and pt. */
export const isoDateTexts = defineCatalogs({
  es: {
    expected: "fecha ISO 8601: AAAA-MM-DD (o AAAA-MM-DDThh:mm:ss, AAAA-MM)",
    hint: "escriba las fechas año-mes-día con guiones; en una planilla, formato de celda personalizado aaaa-mm-dd",
  },
  en: {
    expected: "an ISO 8601 date: YYYY-MM-DD (or YYYY-MM-DDThh:mm:ss, YYYY-MM)",
    hint: "write dates as year-month-day with hyphens; in a spreadsheet, custom cell format yyyy-mm-dd",
  },
  pt: {
    expected: "data ISO 8601: AAAA-MM-DD (ou AAAA-MM-DDThh:mm:ss, AAAA-MM)",
    hint: "escreva as datas ano-mês-dia com hífens; numa planilha, formato de célula personalizado aaaa-mm-dd",
  },
});
