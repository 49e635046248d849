import { defineIssueCatalogs } from "@ciudata/core";
import { n, p } from "../_shared/params";

/** How the issues of the `age-consistency` check are worded, in es, en and pt. */
export const ageConsistencyIssues = defineIssueCatalogs({
  es: {
    "quality/age-mismatch": {
      title: "Edad inconsistente",
      describe: (e, words) =>
        `la edad no coincide con la fecha de nacimiento al ${p(e, "asOf")} (tolerancia ±${n(e, "tolerance", words)})`,
    },
  },
  en: {
    "quality/age-mismatch": {
      title: "Inconsistent age",
      describe: (e, words) =>
        `the age does not match the date of birth as of ${p(e, "asOf")} (tolerance ±${n(e, "tolerance", words)})`,
    },
  },
  pt: {
    "quality/age-mismatch": {
      title: "Idade inconsistente",
      describe: (e, words) =>
        `a idade não coincide com a data de nascimento em ${p(e, "asOf")} (tolerância ±${n(e, "tolerance", words)})`,
    },
  },
});
