import { defineIssueCatalogs } from "@ciudata/core";
import { c, p } from "../_shared/params";

/** How the issues of the `category-variants` check are worded, in es, en and pt. */
export const categoryVariantsIssues = defineIssueCatalogs({
  es: {
    "quality/category-variants": {
      title: "Categoría escrita de varias formas",
      describe: (e, words) =>
        `${c(e, "variantCount", words, { one: "escritura distinta parece", other: "escrituras distintas parecen" })} la misma categoría: ${p(e, "variants")}`,
    },
    "quality/distinct-limit": {
      title: "Demasiados valores distintos",
      describe: (e, words) =>
        `la columna tiene más de ${c(e, "limit", words, { one: "valor distinto", other: "valores distintos" })}: el control «${p(e, "check")}» analizó solo los primeros`,
    },
  },
  en: {
    "quality/category-variants": {
      title: "Category spelled several ways",
      describe: (e, words) =>
        `${c(e, "variantCount", words, { one: "different spelling looks", other: "different spellings look" })} like the same category: ${p(e, "variants")}`,
    },
    "quality/distinct-limit": {
      title: "Too many distinct values",
      describe: (e, words) =>
        `the column has more than ${c(e, "limit", words, { one: "distinct value", other: "distinct values" })}: the "${p(e, "check")}" check only analysed the first ones`,
    },
  },
  pt: {
    "quality/category-variants": {
      title: "Categoria escrita de várias formas",
      describe: (e, words) =>
        `${c(e, "variantCount", words, { one: "grafia diferente parece", other: "grafias diferentes parecem" })} a mesma categoria: ${p(e, "variants")}`,
    },
    "quality/distinct-limit": {
      title: "Valores distintos demais",
      describe: (e, words) =>
        `a coluna tem mais de ${c(e, "limit", words, { one: "valor distinto", other: "valores distintos" })}: o controle «${p(e, "check")}» analisou só os primeiros`,
    },
  },
});
