import { defineIssueCatalogs } from "@ciudata/core";
import { p } from "../_shared/params";

/** How the issues of the `age-consistency` check are worded, in es, en and pt. */
export const ageConsistencyIssues = defineIssueCatalogs({
  es: {
    "quality/age-mismatch": {
      title: "Edad inconsistente",
      describe: (e) =>
        `la edad no coincide con la fecha de nacimiento al ${p(e, "asOf")} (tolerancia ±${p(e, "tolerance")})`,
    },
  },
  en: {
    "quality/age-mismatch": {
      title: "Inconsistent age",
      describe: (e) =>
        `the age does not match the date of birth as of ${p(e, "asOf")} (tolerance ±${p(e, "tolerance")})`,
    },
  },
  pt: {
    "quality/age-mismatch": {
      title: "Idade inconsistente",
      describe: (e) =>
        `a idade não coincide com a data de nascimento em ${p(e, "asOf")} (tolerância ±${p(e, "tolerance")})`,
    },
  },
});
