import { foldText, type Lang, translator } from "@ciudata/core";
import { attributionMessages } from "./messages/attribution";

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
  foldText(s)
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
  const { t } = translator(attributionMessages, lang);
  const portal = input.portal ? t("portal", { portal: input.portal }) : "";
  const fields = {
    t: input.title,
    p: input.publisher,
    lic: info?.name ?? "",
    url: info?.url ?? "",
    raw: input.license?.trim() ? input.license.trim() : t("none"),
    portal,
  };
  let text = info ? t(info.id, fields) : t("unknown", fields);
  if (input.source) text += t("source", { source: input.source });
  if (input.modified) text += t("modified");
  if (info?.shareAlike) text += t("shareAlike");
  return { license: info, text, required: info ? info.attribution : true };
}
