import type { Lang } from "@ciudata/table";

/** The licences and portal terms the attribution helper knows. */
export const LICENSE_IDS = [
  "CC-BY-4.0",
  "CC-BY-SA-4.0",
  "CC0-1.0",
  "ODbL-1.0",
  "PDDL-1.0",
  "ar-portal-terms",
  "cl-portal-terms",
] as const;
/** One of {@link LICENSE_IDS}. */
export type LicenseId = (typeof LICENSE_IDS)[number];

/** What a licence asks of whoever reuses the data. */
export interface LicenseInfo {
  id: LicenseId;
  /** Its usual name. */
  name: string;
  /** The licence text (the portal, for portal terms). */
  url: string | null;
  /** Credit must be given. */
  attribution: boolean;
  /** Derived data must be shared under the same terms. */
  shareAlike: boolean;
  /** Public domain dedication: credit is a courtesy. */
  publicDomain: boolean;
}

const INFO: Record<LicenseId, LicenseInfo> = {
  "CC-BY-4.0": {
    id: "CC-BY-4.0",
    name: "CC BY 4.0",
    url: "https://creativecommons.org/licenses/by/4.0/",
    attribution: true,
    shareAlike: false,
    publicDomain: false,
  },
  "CC-BY-SA-4.0": {
    id: "CC-BY-SA-4.0",
    name: "CC BY-SA 4.0",
    url: "https://creativecommons.org/licenses/by-sa/4.0/",
    attribution: true,
    shareAlike: true,
    publicDomain: false,
  },
  "CC0-1.0": {
    id: "CC0-1.0",
    name: "CC0 1.0",
    url: "https://creativecommons.org/publicdomain/zero/1.0/",
    attribution: false,
    shareAlike: false,
    publicDomain: true,
  },
  "ODbL-1.0": {
    id: "ODbL-1.0",
    name: "Open Database License (ODbL) v1.0",
    url: "https://opendatacommons.org/licenses/odbl/1-0/",
    attribution: true,
    shareAlike: true,
    publicDomain: false,
  },
  "PDDL-1.0": {
    id: "PDDL-1.0",
    name: "Open Data Commons Public Domain Dedication and License (PDDL) v1.0",
    url: "https://opendatacommons.org/licenses/pddl/1-0/",
    attribution: false,
    shareAlike: false,
    publicDomain: true,
  },
  "ar-portal-terms": {
    id: "ar-portal-terms",
    name: "Términos y condiciones del portal de datos abiertos (Argentina)",
    url: null,
    attribution: true,
    shareAlike: false,
    publicDomain: false,
  },
  "cl-portal-terms": {
    id: "cl-portal-terms",
    name: "Términos de uso del portal de datos abiertos (Chile)",
    url: null,
    attribution: true,
    shareAlike: false,
    publicDomain: false,
  },
};

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/**
 * Recognises a licence as portals write it (CKAN `license_id`, `license_title`, a DCAT URL, an SPDX id).
 * Returns `null` when unknown: show the raw text and ask people to check the terms.
 *
 * @example
 * ```ts
 * resolveLicense("cc-by-4.0")?.id; //=> "CC-BY-4.0"
 * resolveLicense("Creative Commons Attribution Share-Alike 4.0")?.id; //=> "CC-BY-SA-4.0"
 * resolveLicense("odc-odbl")?.id; //=> "ODbL-1.0"
 * resolveLicense("Licencia propia"); //=> null
 * ```
 */
export function resolveLicense(text: string | null | undefined): LicenseInfo | null {
  if (!text) return null;
  const exact = LICENSE_IDS.find((id) => id.toLowerCase() === text.trim().toLowerCase());
  if (exact) return INFO[exact];
  const f = ` ${fold(text)} `;
  const has = (...words: string[]) => words.every((w) => f.includes(` ${w} `));
  if (has("cc0") || has("cc", "zero") || (has("publicdomain", "zero") && f.includes("creativecommons")))
    return INFO["CC0-1.0"];
  if (has("pddl") || has("public", "domain", "dedication", "license")) return INFO["PDDL-1.0"];
  if (has("odbl") || has("open", "database", "license")) return INFO["ODbL-1.0"];
  const byWords =
    has("cc", "by", "sa") ||
    has("by", "sa", "4", "0") ||
    (f.includes("creative commons") && /share ?alike|compartir ?igual|compartilha ?igual/.test(f));
  if (byWords) return INFO["CC-BY-SA-4.0"];
  if (
    has("cc", "by") ||
    f.includes("licenses by 4 0") ||
    (f.includes("creative commons") && /attribution|atribucion|atribuicao|reconocimiento/.test(f))
  )
    return INFO["CC-BY-4.0"];
  if (has("ar", "portal", "terms") || /datos gob ar|datos argentina/.test(f)) return INFO["ar-portal-terms"];
  if (has("cl", "portal", "terms") || /datos gob cl/.test(f)) return INFO["cl-portal-terms"];
  return null;
}

/** What the attribution is about. */
export interface AttributionInput {
  /** The licence as the portal writes it, or a {@link LicenseId}. */
  license: string | null;
  /** The dataset's title. */
  title: string;
  /** Who publishes it (the org unit or the city). */
  publisher: string;
  /** Where it is published (landing page or portal URL). */
  source?: string | null | undefined;
  /** The portal's name, used by portal terms (`datos.gob.ar`). */
  portal?: string | null | undefined;
  /** Set when the data was changed (filtered, joined, aggregated): said in the text, as CC and ODbL ask. */
  modified?: boolean | undefined;
}

/** The attribution to show, with the licence it was written for. */
export interface Attribution {
  /** `null` when the licence is unknown. */
  license: LicenseInfo | null;
  /** The text to show, in the language asked. */
  text: string;
  /** True when the licence requires credit (false for CC0 and PDDL, where it is a courtesy). */
  required: boolean;
}

type Fields = { t: string; p: string; src: string; lic: string; url: string; portal: string; raw: string };

const TEXTS: Record<
  Lang,
  Record<LicenseId | "unknown" | "modified" | "shareAlike", (f: Fields) => string>
> = {
  es: {
    "CC-BY-4.0": (f) => `«${f.t}», de ${f.p}, bajo licencia ${f.lic} (${f.url}).${f.src}`,
    "CC-BY-SA-4.0": (f) => `«${f.t}», de ${f.p}, bajo licencia ${f.lic} (${f.url}).${f.src}`,
    "CC0-1.0": (f) => `«${f.t}», de ${f.p}, dedicado al dominio público (${f.lic}, ${f.url}).${f.src}`,
    "ODbL-1.0": (f) =>
      `Contiene información de «${f.t}», de ${f.p}, disponible bajo la ${f.lic} (${f.url}).${f.src}`,
    "PDDL-1.0": (f) => `«${f.t}», de ${f.p}, en el dominio público bajo la ${f.lic} (${f.url}).${f.src}`,
    "ar-portal-terms": (f) =>
      `Fuente: ${f.p}, «${f.t}»${f.portal}. Reutilizado según los términos y condiciones del portal de datos abiertos.${f.src}`,
    "cl-portal-terms": (f) =>
      `Fuente: ${f.p}, «${f.t}»${f.portal}. Reutilizado según los términos de uso del portal de datos abiertos.${f.src}`,
    unknown: (f) =>
      `Fuente: ${f.p}, «${f.t}». Licencia declarada: ${f.raw}; revise sus términos antes de reutilizar los datos.${f.src}`,
    modified: () => " Los datos fueron modificados.",
    shareAlike: () => " Las obras derivadas deben compartirse bajo la misma licencia.",
  },
  en: {
    "CC-BY-4.0": (f) => `"${f.t}" by ${f.p}, licensed under ${f.lic} (${f.url}).${f.src}`,
    "CC-BY-SA-4.0": (f) => `"${f.t}" by ${f.p}, licensed under ${f.lic} (${f.url}).${f.src}`,
    "CC0-1.0": (f) => `"${f.t}" by ${f.p}, dedicated to the public domain (${f.lic}, ${f.url}).${f.src}`,
    "ODbL-1.0": (f) =>
      `Contains information from "${f.t}" by ${f.p}, which is made available under the ${f.lic} (${f.url}).${f.src}`,
    "PDDL-1.0": (f) => `"${f.t}" by ${f.p}, in the public domain under the ${f.lic} (${f.url}).${f.src}`,
    "ar-portal-terms": (f) =>
      `Source: ${f.p}, "${f.t}"${f.portal}. Reused under the open-data portal's terms and conditions.${f.src}`,
    "cl-portal-terms": (f) =>
      `Source: ${f.p}, "${f.t}"${f.portal}. Reused under the open-data portal's terms of use.${f.src}`,
    unknown: (f) =>
      `Source: ${f.p}, "${f.t}". Declared licence: ${f.raw}; check its terms before reusing the data.${f.src}`,
    modified: () => " The data was modified.",
    shareAlike: () => " Derived works must be shared under the same licence.",
  },
  pt: {
    "CC-BY-4.0": (f) => `"${f.t}", de ${f.p}, sob a licença ${f.lic} (${f.url}).${f.src}`,
    "CC-BY-SA-4.0": (f) => `"${f.t}", de ${f.p}, sob a licença ${f.lic} (${f.url}).${f.src}`,
    "CC0-1.0": (f) => `"${f.t}", de ${f.p}, dedicado ao domínio público (${f.lic}, ${f.url}).${f.src}`,
    "ODbL-1.0": (f) =>
      `Contém informações de "${f.t}", de ${f.p}, disponibilizadas sob a ${f.lic} (${f.url}).${f.src}`,
    "PDDL-1.0": (f) => `"${f.t}", de ${f.p}, em domínio público sob a ${f.lic} (${f.url}).${f.src}`,
    "ar-portal-terms": (f) =>
      `Fonte: ${f.p}, "${f.t}"${f.portal}. Reutilizado segundo os termos e condições do portal de dados abertos.${f.src}`,
    "cl-portal-terms": (f) =>
      `Fonte: ${f.p}, "${f.t}"${f.portal}. Reutilizado segundo os termos de uso do portal de dados abertos.${f.src}`,
    unknown: (f) =>
      `Fonte: ${f.p}, "${f.t}". Licença declarada: ${f.raw}; verifique os termos antes de reutilizar os dados.${f.src}`,
    modified: () => " Os dados foram modificados.",
    shareAlike: () => " As obras derivadas devem ser compartilhadas sob a mesma licença.",
  },
};

const SOURCE: Record<Lang, string> = { es: "Fuente", en: "Source", pt: "Fonte" };
const ON: Record<Lang, string> = { es: "en", en: "on", pt: "em" };
const NONE: Record<Lang, string> = {
  es: "sin licencia declarada",
  en: "no licence declared",
  pt: "sem licença declarada",
};

/**
 * The attribution text to show next to reused data (title, author, source, licence), in es, en or pt,
 * for CC BY 4.0, CC BY-SA 4.0, CC0, ODbL, PDDL and the Argentine and Chilean portals' terms.
 * Says when the data was modified and, for share-alike licences, that derived works keep the licence.
 *
 * @example
 * ```ts
 * attribution({ license: "cc-by-4.0", title: "Barrios", publisher: "Municipalidad de Mendoza",
 *   source: "https://ckan.ciudaddemendoza.gov.ar/dataset/barrios" }, "es").text;
 * //=> "«Barrios», de Municipalidad de Mendoza, bajo licencia CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Fuente: https://ckan.ciudaddemendoza.gov.ar/dataset/barrios."
 * ```
 */
export function attribution(input: AttributionInput, lang: Lang = "es"): Attribution {
  const info = resolveLicense(input.license);
  const t = TEXTS[lang];
  const fields: Fields = {
    t: input.title,
    p: input.publisher,
    src: input.source ? ` ${SOURCE[lang]}: ${input.source}.` : "",
    lic: info?.name ?? "",
    url: info?.url ?? "",
    portal: input.portal ? ` ${ON[lang]} ${input.portal}` : "",
    raw: input.license?.trim() ? input.license.trim() : NONE[lang],
  };
  let text = info ? t[info.id](fields) : t.unknown(fields);
  if (input.modified) text += t.modified(fields);
  if (info?.shareAlike) text += t.shareAlike(fields);
  return { license: info, text, required: info ? info.attribution : true };
}
