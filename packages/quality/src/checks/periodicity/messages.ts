import { defineIssueCatalogs } from "@ciudata/core";
import { c, p } from "../_shared/params";

/** How the issues of the `periodicity` check are worded, in es, en and pt. */
export const periodicityIssues = defineIssueCatalogs({
  es: {
    "quality/overdue-update": {
      title: "Actualización atrasada",
      describe: (e, words) =>
        `la última actualización es del ${p(e, "modified")} y, con periodicidad ${p(e, "periodicity")}, la siguiente vencía el ${p(e, "due")} (${c(e, "daysOverdue", words, { one: "día", other: "días" })} de atraso al ${p(e, "asOf")})`,
    },
    "quality/update-metadata": {
      title: "Metadatos de actualización incompletos",
      describe: (e) => {
        switch (p(e, "reason")) {
          case "missing-periodicity":
            return "el recurso no declara su periodicidad de actualización (accrualPeriodicity)";
          case "invalid-periodicity":
            return `la periodicidad «${p(e, "value")}» no es un intervalo ISO 8601 (R/P1M) ni un valor DCAT-AR conocido`;
          case "missing-modified":
            return "el recurso no declara su fecha de última actualización (modified)";
          default:
            return `la fecha de actualización «${p(e, "value")}» no es una fecha ISO 8601`;
        }
      },
    },
  },
  en: {
    "quality/overdue-update": {
      title: "Overdue update",
      describe: (e, words) =>
        `last updated on ${p(e, "modified")}; with periodicity ${p(e, "periodicity")} the next update was due on ${p(e, "due")} (${c(e, "daysOverdue", words, { one: "day", other: "days" })} overdue as of ${p(e, "asOf")})`,
    },
    "quality/update-metadata": {
      title: "Incomplete update metadata",
      describe: (e) => {
        switch (p(e, "reason")) {
          case "missing-periodicity":
            return "the resource does not declare its update periodicity (accrualPeriodicity)";
          case "invalid-periodicity":
            return `the periodicity "${p(e, "value")}" is neither an ISO 8601 interval (R/P1M) nor a known DCAT-AR value`;
          case "missing-modified":
            return "the resource does not declare when it was last updated (modified)";
          default:
            return `the update date "${p(e, "value")}" is not an ISO 8601 date`;
        }
      },
    },
  },
  pt: {
    "quality/overdue-update": {
      title: "Atualização atrasada",
      describe: (e, words) =>
        `a última atualização é de ${p(e, "modified")} e, com periodicidade ${p(e, "periodicity")}, a seguinte vencia em ${p(e, "due")} (${c(e, "daysOverdue", words, { one: "dia", other: "dias" })} de atraso em ${p(e, "asOf")})`,
    },
    "quality/update-metadata": {
      title: "Metadados de atualização incompletos",
      describe: (e) => {
        switch (p(e, "reason")) {
          case "missing-periodicity":
            return "o recurso não declara sua periodicidade de atualização (accrualPeriodicity)";
          case "invalid-periodicity":
            return `a periodicidade «${p(e, "value")}» não é um intervalo ISO 8601 (R/P1M) nem um valor DCAT-AR conhecido`;
          case "missing-modified":
            return "o recurso não declara a data da última atualização (modified)";
          default:
            return `a data de atualização «${p(e, "value")}» não é uma data ISO 8601`;
        }
      },
    },
  },
});
