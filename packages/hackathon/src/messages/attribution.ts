import { defineCatalogs } from "@ciudata/core";

/** What an attribution sentence is made of. @internal */
export interface AttributionFields {
  /** Title. */
  t: string;
  /** Publisher. */
  p: string;
  /** Licence name. */
  lic: string;
  /** Licence URL. */
  url: string;
  /** The licence as declared. */
  raw: string;
}

type F = AttributionFields;

/**
 * Attribution sentences per licence in es, en and pt. `src:` and `portal:` add the source and the
 * portal; `none` stands for a licence nobody declared.
 * @internal
 */
export const attributionMessages = defineCatalogs({
  es: {
    "CC-BY-4.0": (f: F) => `«${f.t}», de ${f.p}, bajo licencia ${f.lic} (${f.url}).`,
    "CC-BY-SA-4.0": (f: F) => `«${f.t}», de ${f.p}, bajo licencia ${f.lic} (${f.url}).`,
    "CC0-1.0": (f: F) => `«${f.t}», de ${f.p}, dedicado al dominio público (${f.lic}, ${f.url}).`,
    "ODbL-1.0": (f: F) =>
      `Contiene información de «${f.t}», de ${f.p}, disponible bajo la ${f.lic} (${f.url}).`,
    "PDDL-1.0": (f: F) => `«${f.t}», de ${f.p}, en el dominio público bajo la ${f.lic} (${f.url}).`,
    "ar-portal-terms": (f: F & { portal: string }) =>
      `Fuente: ${f.p}, «${f.t}»${f.portal}. Reutilizado según los términos y condiciones del portal de datos abiertos.`,
    "cl-portal-terms": (f: F & { portal: string }) =>
      `Fuente: ${f.p}, «${f.t}»${f.portal}. Reutilizado según los términos de uso del portal de datos abiertos.`,
    unknown: (f: F) =>
      `Fuente: ${f.p}, «${f.t}». Licencia declarada: ${f.raw}; revise sus términos antes de reutilizar los datos.`,
    modified: " Los datos fueron modificados.",
    shareAlike: " Las obras derivadas deben compartirse bajo la misma licencia.",
    source: (p: { source: string }) => ` Fuente: ${p.source}.`,
    portal: (p: { portal: string }) => ` en ${p.portal}`,
    none: "sin licencia declarada",
  },
  en: {
    "CC-BY-4.0": (f) => `"${f.t}" by ${f.p}, licensed under ${f.lic} (${f.url}).`,
    "CC-BY-SA-4.0": (f) => `"${f.t}" by ${f.p}, licensed under ${f.lic} (${f.url}).`,
    "CC0-1.0": (f) => `"${f.t}" by ${f.p}, dedicated to the public domain (${f.lic}, ${f.url}).`,
    "ODbL-1.0": (f) =>
      `Contains information from "${f.t}" by ${f.p}, which is made available under the ${f.lic} (${f.url}).`,
    "PDDL-1.0": (f) => `"${f.t}" by ${f.p}, in the public domain under the ${f.lic} (${f.url}).`,
    "ar-portal-terms": (f) =>
      `Source: ${f.p}, "${f.t}"${f.portal}. Reused under the open-data portal's terms and conditions.`,
    "cl-portal-terms": (f) =>
      `Source: ${f.p}, "${f.t}"${f.portal}. Reused under the open-data portal's terms of use.`,
    unknown: (f) =>
      `Source: ${f.p}, "${f.t}". Declared licence: ${f.raw}; check its terms before reusing the data.`,
    modified: " The data was modified.",
    shareAlike: " Derived works must be shared under the same licence.",
    source: (p) => ` Source: ${p.source}.`,
    portal: (p) => ` on ${p.portal}`,
    none: "no licence declared",
  },
  pt: {
    "CC-BY-4.0": (f) => `"${f.t}", de ${f.p}, sob a licença ${f.lic} (${f.url}).`,
    "CC-BY-SA-4.0": (f) => `"${f.t}", de ${f.p}, sob a licença ${f.lic} (${f.url}).`,
    "CC0-1.0": (f) => `"${f.t}", de ${f.p}, dedicado ao domínio público (${f.lic}, ${f.url}).`,
    "ODbL-1.0": (f) =>
      `Contém informações de "${f.t}", de ${f.p}, disponibilizadas sob a ${f.lic} (${f.url}).`,
    "PDDL-1.0": (f) => `"${f.t}", de ${f.p}, em domínio público sob a ${f.lic} (${f.url}).`,
    "ar-portal-terms": (f) =>
      `Fonte: ${f.p}, "${f.t}"${f.portal}. Reutilizado segundo os termos e condições do portal de dados abertos.`,
    "cl-portal-terms": (f) =>
      `Fonte: ${f.p}, "${f.t}"${f.portal}. Reutilizado segundo os termos de uso do portal de dados abertos.`,
    unknown: (f) =>
      `Fonte: ${f.p}, "${f.t}". Licença declarada: ${f.raw}; verifique os termos antes de reutilizar os dados.`,
    modified: " Os dados foram modificados.",
    shareAlike: " As obras derivadas devem ser compartilhadas sob a mesma licença.",
    source: (p) => ` Fonte: ${p.source}.`,
    portal: (p) => ` em ${p.portal}`,
    none: "sem licença declarada",
  },
});
