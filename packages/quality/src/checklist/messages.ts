import { defineIssueCatalogs } from "@ciudata/core";
import { p } from "../checks/_shared/params";

/** How a bad checklist (`checklist-error`) and its expectation codes are worded, in es, en and pt. */
export const checklistIssues = defineIssueCatalogs({
  es: {
    "checklist-error": {
      title: "Lista de controles inválida",
      describe: (e) => `la lista de controles no es válida en ${p(e, "path")}`,
    },
    "expected:check-type": { title: "uno de los tipos de control" },
  },
  en: {
    "checklist-error": {
      title: "Invalid checklist",
      describe: (e) => `the checklist is not valid at ${p(e, "path")}`,
    },
    "expected:check-type": { title: "one of the check types" },
  },
  pt: {
    "checklist-error": {
      title: "Lista de controles inválida",
      describe: (e) => `a lista de controles não é válida em ${p(e, "path")}`,
    },
    "expected:check-type": { title: "um dos tipos de controle" },
  },
});
