import type { Lang } from "@ciudata/core";
import type { TableError } from "@ciudata/table";

const p = (e: TableError, k: string) => String(e.params[k] ?? "");
const has = (e: TableError, k: string) =>
  e.params[k] !== undefined && e.params[k] !== null && e.params[k] !== "";

/** The wording of one error type in one language. */
export interface ExtraMessage {
  title: string;
  describe: (e: TableError) => string;
}

/** Every error type emitted by the timeliness, consistency and bias checks. */
export const EXTRA_ERROR_TYPES = [
  "quality/stale-data",
  "quality/overdue-update",
  "quality/update-metadata",
  "quality/category-variants",
  "quality/distinct-limit",
  "quality/whitespace",
  "quality/letter-case",
  "quality/cross-field",
  "quality/age-mismatch",
  "quality/missing-by-group",
  "quality/territory-coverage",
  "quality/missing-dimension",
  "quality/check-error",
] as const;

/** One of {@link EXTRA_ERROR_TYPES}. */
export type ExtraErrorType = (typeof EXTRA_ERROR_TYPES)[number];

const DIMENSIONS: Record<Lang, Record<string, string>> = {
  es: { sexo: "sexo", edad: "edad", territorio: "territorio" },
  en: { sexo: "sex", edad: "age", territorio: "territory" },
  pt: { sexo: "sexo", edad: "idade", territorio: "território" },
};
const dim = (lang: Lang, e: TableError) => DIMENSIONS[lang][p(e, "dimension")] ?? p(e, "dimension");

const es: Record<ExtraErrorType, ExtraMessage> = {
  "quality/stale-data": {
    title: "Datos desactualizados",
    describe: (e) =>
      has(e, "newest")
        ? `el dato más reciente es del ${p(e, "newest")}, ${p(e, "ageDays")} días antes del ${p(e, "asOf")}: supera la antigüedad máxima ${p(e, "maxAge")}`
        : `la columna no tiene fechas válidas para medir su actualidad al ${p(e, "asOf")}`,
  },
  "quality/overdue-update": {
    title: "Actualización atrasada",
    describe: (e) =>
      `la última actualización es del ${p(e, "modified")} y, con periodicidad ${p(e, "periodicity")}, la siguiente vencía el ${p(e, "due")} (${p(e, "daysOverdue")} días de atraso al ${p(e, "asOf")})`,
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
  "quality/category-variants": {
    title: "Categoría escrita de varias formas",
    describe: (e) =>
      `${p(e, "variantCount")} escrituras distintas parecen la misma categoría: ${p(e, "variants")}`,
  },
  "quality/distinct-limit": {
    title: "Demasiados valores distintos",
    describe: (e) =>
      `la columna tiene más de ${p(e, "limit")} valores distintos: el control «${p(e, "check")}» analizó solo los primeros`,
  },
  "quality/whitespace": {
    title: "Espacios de más",
    describe: (e) =>
      `${p(e, "cells")} celdas tienen espacios de más (${p(e, "leading")} al inicio, ${p(e, "trailing")} al final, ${p(e, "double")} dobles${
        Number(e.params.unusual ?? 0) > 0 ? `, ${p(e, "unusual")} con espacios no estándar` : ""
      }); primeras filas: ${p(e, "rows")}`,
  },
  "quality/letter-case": {
    title: "Mayúsculas o acentos inconsistentes",
    describe: (e) => {
      const parts: string[] = [];
      if (Number(e.params.groups ?? 0) > 0)
        parts.push(
          `${p(e, "groups")} valores aparecen con distintas mayúsculas o acentos (p. ej. ${p(e, "variants")})`,
        );
      if (Number(e.params.irregular ?? 0) > 0)
        parts.push(
          `${p(e, "irregular")} valores tienen mayúsculas irregulares (p. ej. «${p(e, "irregularExample")}»)`,
        );
      return parts.join("; ");
    },
  },
  "quality/cross-field": {
    title: "Regla entre columnas no cumplida",
    describe: (e) => `no se cumple la regla ${p(e, "rule")}`,
  },
  "quality/age-mismatch": {
    title: "Edad inconsistente",
    describe: (e) =>
      `la edad no coincide con la fecha de nacimiento al ${p(e, "asOf")} (tolerancia ±${p(e, "tolerance")})`,
  },
  "quality/missing-by-group": {
    title: "Faltantes concentrados en un grupo",
    describe: (e) =>
      `en el grupo ${p(e, "groupBy")} = «${has(e, "group") ? p(e, "group") : "(vacío)"}» falta «${p(e, "field")}» en el ${p(e, "rate")} % de las filas (${p(e, "missing")} de ${p(e, "rows")}), frente al ${p(e, "overallRate")} % del total`,
  },
  "quality/territory-coverage": {
    title: "Cobertura territorial incompleta",
    describe: (e) =>
      `faltan ${p(e, "missingCount")} de ${p(e, "total")} unidades territoriales de la lista de códigos: ${p(e, "missing")}`,
  },
  "quality/missing-dimension": {
    title: "Falta una desagregación",
    describe: (e) => `no hay una columna para desagregar por ${dim("es", e)}`,
  },
  "quality/check-error": {
    title: "Control mal configurado",
    describe: (e) => `el control «${p(e, "check")}» no encontró la columna «${p(e, "field")}»`,
  },
};

const en: Record<ExtraErrorType, ExtraMessage> = {
  "quality/stale-data": {
    title: "Stale data",
    describe: (e) =>
      has(e, "newest")
        ? `the newest value is from ${p(e, "newest")}, ${p(e, "ageDays")} days before ${p(e, "asOf")}: older than the maximum age ${p(e, "maxAge")}`
        : `the column has no valid dates to measure how current it is as of ${p(e, "asOf")}`,
  },
  "quality/overdue-update": {
    title: "Overdue update",
    describe: (e) =>
      `last updated on ${p(e, "modified")}; with periodicity ${p(e, "periodicity")} the next update was due on ${p(e, "due")} (${p(e, "daysOverdue")} days overdue as of ${p(e, "asOf")})`,
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
  "quality/category-variants": {
    title: "Category spelled several ways",
    describe: (e) =>
      `${p(e, "variantCount")} different spellings look like the same category: ${p(e, "variants")}`,
  },
  "quality/distinct-limit": {
    title: "Too many distinct values",
    describe: (e) =>
      `the column has more than ${p(e, "limit")} distinct values: the "${p(e, "check")}" check only analysed the first ones`,
  },
  "quality/whitespace": {
    title: "Extra whitespace",
    describe: (e) =>
      `${p(e, "cells")} cells have extra whitespace (${p(e, "leading")} leading, ${p(e, "trailing")} trailing, ${p(e, "double")} double${
        Number(e.params.unusual ?? 0) > 0 ? `, ${p(e, "unusual")} with non-standard spaces` : ""
      }); first rows: ${p(e, "rows")}`,
  },
  "quality/letter-case": {
    title: "Inconsistent case or accents",
    describe: (e) => {
      const parts: string[] = [];
      if (Number(e.params.groups ?? 0) > 0)
        parts.push(
          `${p(e, "groups")} values appear with different case or accents (e.g. ${p(e, "variants")})`,
        );
      if (Number(e.params.irregular ?? 0) > 0)
        parts.push(
          `${p(e, "irregular")} values have irregular capitalisation (e.g. "${p(e, "irregularExample")}")`,
        );
      return parts.join("; ");
    },
  },
  "quality/cross-field": {
    title: "Cross-field rule broken",
    describe: (e) => `the rule ${p(e, "rule")} does not hold`,
  },
  "quality/age-mismatch": {
    title: "Inconsistent age",
    describe: (e) =>
      `the age does not match the date of birth as of ${p(e, "asOf")} (tolerance ±${p(e, "tolerance")})`,
  },
  "quality/missing-by-group": {
    title: "Missing values concentrated in a group",
    describe: (e) =>
      `in group ${p(e, "groupBy")} = "${has(e, "group") ? p(e, "group") : "(empty)"}", "${p(e, "field")}" is missing in ${p(e, "rate")} % of rows (${p(e, "missing")} of ${p(e, "rows")}) against ${p(e, "overallRate")} % overall`,
  },
  "quality/territory-coverage": {
    title: "Incomplete territorial coverage",
    describe: (e) =>
      `${p(e, "missingCount")} of ${p(e, "total")} territorial units of the code list have no rows: ${p(e, "missing")}`,
  },
  "quality/missing-dimension": {
    title: "Missing disaggregation",
    describe: (e) => `there is no column to disaggregate by ${dim("en", e)}`,
  },
  "quality/check-error": {
    title: "Misconfigured check",
    describe: (e) => `the "${p(e, "check")}" check did not find the column "${p(e, "field")}"`,
  },
};

const pt: Record<ExtraErrorType, ExtraMessage> = {
  "quality/stale-data": {
    title: "Dados desatualizados",
    describe: (e) =>
      has(e, "newest")
        ? `o dado mais recente é de ${p(e, "newest")}, ${p(e, "ageDays")} dias antes de ${p(e, "asOf")}: excede a idade máxima ${p(e, "maxAge")}`
        : `a coluna não tem datas válidas para medir sua atualidade em ${p(e, "asOf")}`,
  },
  "quality/overdue-update": {
    title: "Atualização atrasada",
    describe: (e) =>
      `a última atualização é de ${p(e, "modified")} e, com periodicidade ${p(e, "periodicity")}, a seguinte vencia em ${p(e, "due")} (${p(e, "daysOverdue")} dias de atraso em ${p(e, "asOf")})`,
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
  "quality/category-variants": {
    title: "Categoria escrita de várias formas",
    describe: (e) =>
      `${p(e, "variantCount")} grafias diferentes parecem a mesma categoria: ${p(e, "variants")}`,
  },
  "quality/distinct-limit": {
    title: "Valores distintos demais",
    describe: (e) =>
      `a coluna tem mais de ${p(e, "limit")} valores distintos: o controle «${p(e, "check")}» analisou só os primeiros`,
  },
  "quality/whitespace": {
    title: "Espaços a mais",
    describe: (e) =>
      `${p(e, "cells")} células têm espaços a mais (${p(e, "leading")} no início, ${p(e, "trailing")} no final, ${p(e, "double")} duplos${
        Number(e.params.unusual ?? 0) > 0 ? `, ${p(e, "unusual")} com espaços não padrão` : ""
      }); primeiras linhas: ${p(e, "rows")}`,
  },
  "quality/letter-case": {
    title: "Maiúsculas ou acentos inconsistentes",
    describe: (e) => {
      const parts: string[] = [];
      if (Number(e.params.groups ?? 0) > 0)
        parts.push(
          `${p(e, "groups")} valores aparecem com maiúsculas ou acentos diferentes (p. ex. ${p(e, "variants")})`,
        );
      if (Number(e.params.irregular ?? 0) > 0)
        parts.push(
          `${p(e, "irregular")} valores têm maiúsculas irregulares (p. ex. «${p(e, "irregularExample")}»)`,
        );
      return parts.join("; ");
    },
  },
  "quality/cross-field": {
    title: "Regra entre colunas não cumprida",
    describe: (e) => `a regra ${p(e, "rule")} não se cumpre`,
  },
  "quality/age-mismatch": {
    title: "Idade inconsistente",
    describe: (e) =>
      `a idade não coincide com a data de nascimento em ${p(e, "asOf")} (tolerância ±${p(e, "tolerance")})`,
  },
  "quality/missing-by-group": {
    title: "Faltantes concentrados em um grupo",
    describe: (e) =>
      `no grupo ${p(e, "groupBy")} = «${has(e, "group") ? p(e, "group") : "(vazio)"}» falta «${p(e, "field")}» em ${p(e, "rate")} % das linhas (${p(e, "missing")} de ${p(e, "rows")}), contra ${p(e, "overallRate")} % do total`,
  },
  "quality/territory-coverage": {
    title: "Cobertura territorial incompleta",
    describe: (e) =>
      `faltam ${p(e, "missingCount")} de ${p(e, "total")} unidades territoriais da lista de códigos: ${p(e, "missing")}`,
  },
  "quality/missing-dimension": {
    title: "Falta uma desagregação",
    describe: (e) => `não há uma coluna para desagregar por ${dim("pt", e)}`,
  },
  "quality/check-error": {
    title: "Controle mal configurado",
    describe: (e) => `o controle «${p(e, "check")}» não encontrou a coluna «${p(e, "field")}»`,
  },
};

/** The wording of every extra error type, per language. */
export const EXTRA_MESSAGES: Readonly<Record<Lang, Readonly<Record<ExtraErrorType, ExtraMessage>>>> = {
  es,
  en,
  pt,
};
