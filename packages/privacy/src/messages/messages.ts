import { defineCatalogs } from "@ciudata/core";

/**
 * The privacy package's other words people read, in es, en and pt: the placeholders `redactText` writes
 * and the name of k-anonymity for a given k (`"2-anonimato"`, `"2-anonymity"`), for reports and the CLI.
 *
 * @example
 * ```ts
 * translator(privacyMessages, "en").t("kAnonymity", { k: 2 }); //=> "2-anonymity"
 * ```
 */
export const privacyMessages = defineCatalogs({
  es: {
    "redact.email": "[CORREO]",
    "redact.id": "[DOCUMENTO]",
    "redact.phone": "[TELÉFONO]",
    "redact.person-name": "[NOMBRE]",
    "redact.address": "[DIRECCIÓN]",
    kAnonymity: (p: { k: number }) => `${p.k}-anonimato`,
  },
  en: {
    "redact.email": "[EMAIL]",
    "redact.id": "[ID]",
    "redact.phone": "[PHONE]",
    "redact.person-name": "[NAME]",
    "redact.address": "[ADDRESS]",
    kAnonymity: (p: { k: number }) => `${p.k}-anonymity`,
  },
  pt: {
    "redact.email": "[E-MAIL]",
    "redact.id": "[DOCUMENTO]",
    "redact.phone": "[TELEFONE]",
    "redact.person-name": "[NOME]",
    "redact.address": "[ENDEREÇO]",
    kAnonymity: (p: { k: number }) => `${p.k}-anonimato`,
  },
});
