import { defineIssueCatalogs } from "@ciudata/core";
import { c, p } from "../_shared/params";

/** How the issues of the `letter-case` check are worded, in es, en and pt. */
export const letterCaseIssues = defineIssueCatalogs({
  es: {
    "quality/letter-case": {
      title: "Mayúsculas o acentos inconsistentes",
      describe: (e, words) => {
        const parts: string[] = [];
        if (Number(e.params.groups ?? 0) > 0)
          parts.push(
            `${c(e, "groups", words, { one: "valor aparece", other: "valores aparecen" })} con distintas mayúsculas o acentos (p. ej. ${p(e, "variants")})`,
          );
        if (Number(e.params.irregular ?? 0) > 0)
          parts.push(
            `${c(e, "irregular", words, { one: "valor tiene", other: "valores tienen" })} mayúsculas irregulares (p. ej. «${p(e, "irregularExample")}»)`,
          );
        return parts.join("; ");
      },
    },
  },
  en: {
    "quality/letter-case": {
      title: "Inconsistent case or accents",
      describe: (e, words) => {
        const parts: string[] = [];
        if (Number(e.params.groups ?? 0) > 0)
          parts.push(
            `${c(e, "groups", words, { one: "value appears", other: "values appear" })} with different case or accents (e.g. ${p(e, "variants")})`,
          );
        if (Number(e.params.irregular ?? 0) > 0)
          parts.push(
            `${c(e, "irregular", words, { one: "value has", other: "values have" })} irregular capitalisation (e.g. "${p(e, "irregularExample")}")`,
          );
        return parts.join("; ");
      },
    },
  },
  pt: {
    "quality/letter-case": {
      title: "Maiúsculas ou acentos inconsistentes",
      describe: (e, words) => {
        const parts: string[] = [];
        if (Number(e.params.groups ?? 0) > 0)
          parts.push(
            `${c(e, "groups", words, { one: "valor aparece", other: "valores aparecem" })} com maiúsculas ou acentos diferentes (p. ex. ${p(e, "variants")})`,
          );
        if (Number(e.params.irregular ?? 0) > 0)
          parts.push(
            `${c(e, "irregular", words, { one: "valor tem", other: "valores têm" })} maiúsculas irregulares (p. ex. «${p(e, "irregularExample")}»)`,
          );
        return parts.join("; ");
      },
    },
  },
});
