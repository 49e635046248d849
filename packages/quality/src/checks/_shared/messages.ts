import { defineIssueCatalogs } from "@ciudata/core";
import { has, p } from "./params";

/** How the issues every check may report (a misconfigured check) are worded, in es, en and pt. */
export const sharedIssues = defineIssueCatalogs({
  es: {
    "check-error": {
      title: "Control mal configurado",
      describe: (e) =>
        has(e, "fieldName")
          ? `el control no puede correr: revise la columna «${p(e, "fieldName")}»`
          : "el control no puede correr con la configuración dada",
    },
    "quality/check-error": {
      title: "Control mal configurado",
      describe: (e) => `el control «${p(e, "check")}» no encontró la columna «${p(e, "field")}»`,
    },
  },
  en: {
    "check-error": {
      title: "Misconfigured check",
      describe: (e) =>
        has(e, "fieldName")
          ? `the check cannot run: check the column "${p(e, "fieldName")}"`
          : "the check cannot run as configured",
    },
    "quality/check-error": {
      title: "Misconfigured check",
      describe: (e) => `the "${p(e, "check")}" check did not find the column "${p(e, "field")}"`,
    },
  },
  pt: {
    "check-error": {
      title: "Controle mal configurado",
      describe: (e) =>
        has(e, "fieldName")
          ? `o controle não pode ser executado: revise a coluna «${p(e, "fieldName")}»`
          : "o controle não pode ser executado com a configuração dada",
    },
    "quality/check-error": {
      title: "Controle mal configurado",
      describe: (e) => `o controle «${p(e, "check")}» não encontrou a coluna «${p(e, "field")}»`,
    },
  },
});
