import type { PortalError, PortalErrorKind } from "./errors";

/** A language the messages are written in. */
export type MessageLang = "es" | "en" | "pt";

const TEXTS: Record<PortalErrorKind, Record<MessageLang, string>> = {
  not_found: {
    es: "el portal no encontró lo pedido: revise el identificador o la dirección",
    en: "the portal did not find it: check the identifier or the address",
    pt: "o portal não encontrou o pedido: confira o identificador ou o endereço",
  },
  forbidden: {
    es: "el portal negó el acceso: hace falta una clave o el recurso es privado",
    en: "the portal denied access: a key is needed or the resource is private",
    pt: "o portal negou o acesso: é preciso uma chave ou o recurso é privado",
  },
  rate_limited: {
    es: "el portal pide esperar (demasiadas consultas): pruebe más tarde o use una clave de aplicación",
    en: "the portal asks to slow down (too many requests): retry later or use an app token",
    pt: "o portal pede para esperar (requisições demais): tente mais tarde ou use um token de aplicativo",
  },
  bad_query: {
    es: "el portal rechazó la consulta: revise filtros, campos y orden",
    en: "the portal rejected the query: check filters, fields and sort",
    pt: "o portal rejeitou a consulta: confira filtros, campos e ordenação",
  },
  server: {
    es: "el portal tuvo un error interno: pruebe de nuevo más tarde",
    en: "the portal failed internally: try again later",
    pt: "o portal teve um erro interno: tente novamente mais tarde",
  },
  network: {
    es: "no se pudo conectar con el portal o la conexión se cortó",
    en: "could not reach the portal or the connection was cut",
    pt: "não foi possível conectar ao portal ou a conexão caiu",
  },
  timeout: {
    es: "el portal tardó demasiado en responder: suba el tiempo de espera o pida menos filas",
    en: "the portal took too long: raise the timeout or ask for fewer rows",
    pt: "o portal demorou demais: aumente o tempo limite ou peça menos linhas",
  },
  blocked: {
    es: "llegó una página HTML donde se esperaba JSON: un firewall o un proxy bloqueó la consulta",
    en: "an HTML page came where JSON was expected: a firewall or proxy blocked the request",
    pt: "chegou uma página HTML onde se esperava JSON: um firewall ou proxy bloqueou a requisição",
  },
  invalid_response: {
    es: "la respuesta del portal no se puede leer (JSON cortado o con otra forma)",
    en: "the portal's answer cannot be read (truncated JSON or another shape)",
    pt: "a resposta do portal não pode ser lida (JSON cortado ou com outra forma)",
  },
  redirect: {
    es: "el portal redirige demasiadas veces o hacia una dirección que no es web (http o https): revise la dirección o pida la correcta a quien publica",
    en: "the portal redirects too many times or to an address that is not web (http or https): check the address or ask the publisher for the right one",
    pt: "o portal redireciona vezes demais ou para um endereço que não é web (http ou https): confira o endereço ou peça o correto a quem publica",
  },
  too_large: {
    es: "la respuesta supera el tamaño máximo permitido: suba el límite o descargue por partes",
    en: "the answer exceeds the size cap: raise the cap or download in parts",
    pt: "a resposta excede o tamanho máximo: aumente o limite ou baixe por partes",
  },
  aborted: {
    es: "la consulta se canceló",
    en: "the request was cancelled",
    pt: "a requisição foi cancelada",
  },
  unsupported: {
    es: "esta plataforma no ofrece esa operación",
    en: "this platform does not offer that operation",
    pt: "esta plataforma não oferece essa operação",
  },
};

/**
 * A sentence a person can act on, in Spanish (default), English or Portuguese, with where it happened.
 * Never includes query strings, so tokens and keys are not shown.
 *
 * @example
 * ```ts
 * describePortalError(err, "es");
 * //=> "GET https://datos.gob.ar/api/3/action/package_show (404): el portal no encontró lo pedido: …"
 * ```
 */
export function describePortalError(error: PortalError, lang: MessageLang = "es"): string {
  const where = `${error.method} ${error.url}${error.status === null ? "" : ` (${error.status})`}`;
  const said = error.serverMessage ? ` — «${error.serverMessage}»` : "";
  return `${where}: ${TEXTS[error.kind][lang]}${said}`;
}
