import { defineIssueCatalogs } from "@ciudata/core";
import { c, has, p } from "../_shared/params";

/** How the issues of the `freshness` check are worded, in es, en and pt. */
export const freshnessIssues = defineIssueCatalogs({
  es: {
    "quality/stale-data": {
      title: "Datos desactualizados",
      describe: (e, words) =>
        has(e, "newest")
          ? `el dato más reciente es del ${p(e, "newest")}, ${c(e, "ageDays", words, { one: "día", other: "días" })} antes del ${p(e, "asOf")}: supera la antigüedad máxima ${p(e, "maxAge")}`
          : `la columna no tiene fechas válidas para medir su actualidad al ${p(e, "asOf")}`,
    },
  },
  en: {
    "quality/stale-data": {
      title: "Stale data",
      describe: (e, words) =>
        has(e, "newest")
          ? `the newest value is from ${p(e, "newest")}, ${c(e, "ageDays", words, { one: "day", other: "days" })} before ${p(e, "asOf")}: older than the maximum age ${p(e, "maxAge")}`
          : `the column has no valid dates to measure how current it is as of ${p(e, "asOf")}`,
    },
  },
  pt: {
    "quality/stale-data": {
      title: "Dados desatualizados",
      describe: (e, words) =>
        has(e, "newest")
          ? `o dado mais recente é de ${p(e, "newest")}, ${c(e, "ageDays", words, { one: "dia", other: "dias" })} antes de ${p(e, "asOf")}: excede a idade máxima ${p(e, "maxAge")}`
          : `a coluna não tem datas válidas para medir sua atualidade em ${p(e, "asOf")}`,
    },
  },
});
