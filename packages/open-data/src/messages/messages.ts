import { defineCatalogs } from "@ciudata/core";

/**
 * What the local portal (`servePortal`) answers when it refuses a request, and the title of a mirror,
 * in es, en and pt. The language of an answer comes from the request's `Accept-Language`.
 */
export const openDataMessages = defineCatalogs({
  es: {
    notFound: "No encontrado",
    notFoundDataset: "No encontrado: dataset",
    notFoundOrganization: "No encontrado: organización",
    notFoundResource: "No encontrado: recurso",
    notFoundFile: "No encontrado: archivo",
    noDatastore: "No encontrado: recurso sin DataStore",
    outsideCopy: "Acceso denegado: el archivo sale de la copia",
    readOnly: "Acceso denegado: este portal local es de solo lectura",
    hostNotAllowed: "Host no permitido: use 127.0.0.1",
    unknownAction: "Pedido inválido: acción desconocida",
    badFilters: "filters: JSON inválido",
    unknownFilterField: (p: { field: string }) => `filters: campo desconocido ${p.field}`,
    badAddress: "dirección inválida",
    badPathEncoding: "ruta mal codificada",
    badBody: "cuerpo JSON inválido",
    methodNotAllowed: "método no permitido",
    internalError: "error interno",
    tooManyRequests: (p: { seconds: number }) =>
      `Demasiados pedidos: espere ${p.seconds} s y vuelva a intentar`,
    bodyTooLarge: (p: { max: number }, w) =>
      `cuerpo demasiado grande: como máximo ${w.count(p.max, { one: "byte", other: "bytes" })}`,
    urlTooLong: (p: { max: number }, w) =>
      `dirección demasiado larga: como máximo ${w.count(p.max, { one: "byte", other: "bytes" })}`,
    requestTimeout: "el pedido tardó demasiado en llegar",
    tableRefused: (p: { columns: string }) =>
      `Acceso denegado: esta tabla tiene identificadores directos (${p.columns}) y ciudata-serve.json no dice enmascararlos, quitarlos ni permitirlos`,
    badSearch: (p: { key: string; detail: string }) => `${p.key}: ${p.detail}`,
    sqlDisabled: "Acceso denegado: datastore_search_sql está apagado en ciudata-serve.json",
    sqlRefused: (p: { reason: string; word: string }) =>
      `Acceso denegado: solo se acepta una consulta SELECT sobre las tablas servidas (${p.reason}${p.word ? `: ${p.word}` : ""})`,
    sqlTimeout: (p: { ms: number }, w) =>
      `la consulta tardó más de ${w.count(p.ms, { one: "milisegundo", other: "milisegundos" })} y se interrumpió`,
    sqlFailed: (p: { detail: string }) => `la consulta falló: ${p.detail}`,
    shuttingDown: "el portal se está cerrando",
    mirrorTitle: (p: { url: string }) => `Copia de ${p.url}`,
    mirrorDescription: (p: { url: string }) => `Copia sin conexión de ${p.url} hecha con ciudata.`,
  },
  en: {
    notFound: "Not found",
    notFoundDataset: "Not found: dataset",
    notFoundOrganization: "Not found: organization",
    notFoundResource: "Not found: resource",
    notFoundFile: "Not found: file",
    noDatastore: "Not found: resource without DataStore",
    outsideCopy: "Access denied: the file lies outside the copy",
    readOnly: "Access denied: this local portal is read-only",
    hostNotAllowed: "Host not allowed: use 127.0.0.1",
    unknownAction: "Bad request: unknown action",
    badFilters: "filters: invalid JSON",
    unknownFilterField: (p) => `filters: unknown field ${p.field}`,
    badAddress: "invalid address",
    badPathEncoding: "badly encoded path",
    badBody: "invalid JSON body",
    methodNotAllowed: "method not allowed",
    internalError: "internal error",
    tooManyRequests: (p: { seconds: number }) => `Too many requests: wait ${p.seconds} s and try again`,
    bodyTooLarge: (p, w) => `body too large: at most ${w.count(p.max, { one: "byte", other: "bytes" })}`,
    urlTooLong: (p, w) => `address too long: at most ${w.count(p.max, { one: "byte", other: "bytes" })}`,
    requestTimeout: "the request took too long to arrive",
    tableRefused: (p: { columns: string }) =>
      `Access denied: this table has direct identifiers (${p.columns}) and ciudata-serve.json does not say to mask, drop or allow them`,
    badSearch: (p: { key: string; detail: string }) => `${p.key}: ${p.detail}`,
    sqlDisabled: "Access denied: datastore_search_sql is off in ciudata-serve.json",
    sqlRefused: (p: { reason: string; word: string }) =>
      `Access denied: only one SELECT over the served tables is accepted (${p.reason}${p.word ? `: ${p.word}` : ""})`,
    sqlTimeout: (p, w) =>
      `the query took longer than ${w.count(p.ms, { one: "millisecond", other: "milliseconds" })} and was interrupted`,
    sqlFailed: (p: { detail: string }) => `the query failed: ${p.detail}`,
    shuttingDown: "the portal is shutting down",
    mirrorTitle: (p) => `Copy of ${p.url}`,
    mirrorDescription: (p) => `Offline copy of ${p.url} made with ciudata.`,
  },
  pt: {
    notFound: "Não encontrado",
    notFoundDataset: "Não encontrado: conjunto de dados",
    notFoundOrganization: "Não encontrado: organização",
    notFoundResource: "Não encontrado: recurso",
    notFoundFile: "Não encontrado: arquivo",
    noDatastore: "Não encontrado: recurso sem DataStore",
    outsideCopy: "Acesso negado: o arquivo sai da cópia",
    readOnly: "Acesso negado: este portal local é somente leitura",
    hostNotAllowed: "Host não permitido: use 127.0.0.1",
    unknownAction: "Pedido inválido: ação desconhecida",
    badFilters: "filters: JSON inválido",
    unknownFilterField: (p) => `filters: campo desconhecido ${p.field}`,
    badAddress: "endereço inválido",
    badPathEncoding: "caminho mal codificado",
    badBody: "corpo JSON inválido",
    methodNotAllowed: "método não permitido",
    internalError: "erro interno",
    tooManyRequests: (p: { seconds: number }) => `Pedidos demais: espere ${p.seconds} s e tente de novo`,
    bodyTooLarge: (p, w) =>
      `corpo grande demais: no máximo ${w.count(p.max, { one: "byte", other: "bytes" })}`,
    urlTooLong: (p, w) =>
      `endereço longo demais: no máximo ${w.count(p.max, { one: "byte", other: "bytes" })}`,
    requestTimeout: "o pedido demorou demais para chegar",
    tableRefused: (p: { columns: string }) =>
      `Acesso negado: esta tabela tem identificadores diretos (${p.columns}) e ciudata-serve.json não diz para mascará-los, removê-los nem permiti-los`,
    badSearch: (p: { key: string; detail: string }) => `${p.key}: ${p.detail}`,
    sqlDisabled: "Acesso negado: datastore_search_sql está desligado em ciudata-serve.json",
    sqlRefused: (p: { reason: string; word: string }) =>
      `Acesso negado: só se aceita uma consulta SELECT sobre as tabelas servidas (${p.reason}${p.word ? `: ${p.word}` : ""})`,
    sqlTimeout: (p, w) =>
      `a consulta demorou mais de ${w.count(p.ms, { one: "milissegundo", other: "milissegundos" })} e foi interrompida`,
    sqlFailed: (p: { detail: string }) => `a consulta falhou: ${p.detail}`,
    shuttingDown: "o portal está fechando",
    mirrorTitle: (p) => `Cópia de ${p.url}`,
    mirrorDescription: (p) => `Cópia offline de ${p.url} feita com ciudata.`,
  },
});
