// The page's words in Spanish (first), English and Portuguese. `?lang=en` or `?lang=pt` switches.
import type { TextCategory } from "@ciudata/privacy";

export type Lang = "es" | "en" | "pt";

export const MESSAGES = {
  es: {
    title: "Buzón de sugerencias",
    intro:
      "Contanos qué mejorarías en tu barrio. Antes de enviar, esta página oculta los datos personales del texto (DNI, CUIT/CUIL, correos, teléfonos, nombres, direcciones): al servidor solo llega la vista previa.",
    name: "Tu nombre (opcional; no se envía, solo lo usamos para agradecerte)",
    barrio: "Barrio",
    noBarrio: "Prefiero no decirlo",
    message: "Tu sugerencia",
    preview: "Lo que vamos a enviar",
    previewEmpty: "(escribí tu sugerencia)",
    hidden: "Ocultamos: {list}.",
    nothingHidden: "No encontramos datos personales en el texto.",
    send: "Enviar sugerencia",
    sending: "Enviando…",
    thanks: "¡Gracias{name}! Recibimos tu sugerencia.",
    empty: "Escribí tu sugerencia antes de enviarla.",
    offline: "No pudimos conectarnos con el servidor. Probá de nuevo en un rato.",
  },
  en: {
    title: "Suggestion box",
    intro:
      "Tell us what you would improve in your neighbourhood. Before sending, this page hides the personal data in the text (IDs, tax numbers, e-mails, phones, names, addresses): only the preview reaches the server.",
    name: "Your name (optional; it is not sent, we only use it to thank you)",
    barrio: "Neighbourhood",
    noBarrio: "I'd rather not say",
    message: "Your suggestion",
    preview: "What we will send",
    previewEmpty: "(write your suggestion)",
    hidden: "Hidden: {list}.",
    nothingHidden: "We found no personal data in the text.",
    send: "Send suggestion",
    sending: "Sending…",
    thanks: "Thank you{name}! We received your suggestion.",
    empty: "Write your suggestion before sending it.",
    offline: "We could not reach the server. Try again in a while.",
  },
  pt: {
    title: "Caixa de sugestões",
    intro:
      "Conte o que você melhoraria no seu bairro. Antes de enviar, esta página oculta os dados pessoais do texto (documentos, CPF/CUIT, e-mails, telefones, nomes, endereços): só a prévia chega ao servidor.",
    name: "Seu nome (opcional; não é enviado, só o usamos para agradecer)",
    barrio: "Bairro",
    noBarrio: "Prefiro não dizer",
    message: "Sua sugestão",
    preview: "O que vamos enviar",
    previewEmpty: "(escreva sua sugestão)",
    hidden: "Ocultamos: {list}.",
    nothingHidden: "Não encontramos dados pessoais no texto.",
    send: "Enviar sugestão",
    sending: "Enviando…",
    thanks: "Obrigado{name}! Recebemos sua sugestão.",
    empty: "Escreva sua sugestão antes de enviá-la.",
    offline: "Não conseguimos falar com o servidor. Tente de novo daqui a pouco.",
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type MessageKey = keyof (typeof MESSAGES)["es"];

/** What each kind of personal data is called, one and many. */
export const CATEGORY_NAMES: Record<Lang, Record<TextCategory, [string, string]>> = {
  es: {
    email: ["correo", "correos"],
    id: ["documento", "documentos"],
    phone: ["teléfono", "teléfonos"],
    "person-name": ["nombre", "nombres"],
    address: ["dirección", "direcciones"],
  },
  en: {
    email: ["e-mail", "e-mails"],
    id: ["ID", "IDs"],
    phone: ["phone", "phones"],
    "person-name": ["name", "names"],
    address: ["address", "addresses"],
  },
  pt: {
    email: ["e-mail", "e-mails"],
    id: ["documento", "documentos"],
    phone: ["telefone", "telefones"],
    "person-name": ["nome", "nomes"],
    address: ["endereço", "endereços"],
  },
};

/** The language asked for with `?lang=`, Spanish by default. */
export function langFrom(params: URLSearchParams): Lang {
  const lang = params.get("lang");
  return lang === "en" || lang === "pt" ? lang : "es";
}

/** A message with its `{placeholders}` filled in. */
export function t(lang: Lang, key: MessageKey, values: Record<string, string | number> = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""));
}
