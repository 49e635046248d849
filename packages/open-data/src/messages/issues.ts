import { defineIssueCatalogs, type Issue } from "@ciudata/core";

/** What the portal itself said (CKAN `error.message`…), quoted after the sentence; never a token. */
const said = (issue: Issue): string => {
  const server = issue.params.server;
  return typeof server === "string" && server !== "" ? ` — «${server}»` : "";
};

/** The sentence of a `portal/network` issue: by its cause when the system named one. */
const network =
  (texts: Record<"refused" | "dns" | "tls" | "reset" | "unreachable" | "other", string>) =>
  (issue: Issue): string => {
    const cause = issue.params.network;
    const key = typeof cause === "string" && cause in texts ? (cause as keyof typeof texts) : "other";
    return `${texts[key]}${said(issue)}`;
  };

/** A sentence for an issue type, followed by what the server said. */
const tell =
  (text: string) =>
  (issue: Issue): string =>
    `${text}${said(issue)}`;

/**
 * How every portal issue type (`portal/not-found`, `portal/redirect`…) is worded in es, en and pt.
 * Pass it to `renderIssue`/`renderMessage` with the other catalogs to print a {@link PortalError}.
 *
 * @example
 * ```ts
 * import { renderIssue } from "@ciudata/core";
 * renderIssue(error.errors[0], "en", openDataIssues);
 * //=> "At GET https://datos.gob.ar/api/3/action/package_show (404): the portal did not find it: …"
 * ```
 */
export const openDataIssues = defineIssueCatalogs({
  es: {
    "portal/database-url": {
      title: "Base de datos no admitida",
      describe: (issue) =>
        `--database espera una dirección de PostgreSQL (postgres://usuario@servidor:puerto/base) y recibió ${String(issue.params.url ?? "")}: corríjala, o quite --database para usar DuckDB`,
    },
    "portal/database-unreachable": {
      title: "No se pudo usar la base de datos",
      describe: (issue) =>
        `no se pudo conectar o cargar las tablas en ${String(issue.params.url ?? "")}: ${String(issue.params.detail ?? "")}; revise que PostgreSQL esté en marcha, la dirección y los permisos del usuario`,
    },
    "portal/duckdb-missing": {
      title: "Falta DuckDB",
      describe: () =>
        "para servir una carpeta hace falta @duckdb/node-api: instálelo con «npm install @duckdb/node-api»",
    },
    "portal/serve-config": {
      title: "Configuración de servicio inválida",
      describe: (issue) =>
        `ciudata-serve.json no es válido en ${String(issue.params.path ?? "/")}: ${String(issue.params.problem ?? "")}; corríjalo o bórrelo`,
    },
    "portal/no-tables": {
      title: "Nada que servir",
      describe: (issue) =>
        `no hay tablas CSV ni TSV en ${String(issue.params.place ?? "")}: ponga allí archivos .csv o un datapackage.json`,
    },
    "portal/not-found": {
      title: "No encontrado en el portal",
      describe: tell("el portal no encontró lo pedido: revise el identificador o la dirección"),
    },
    "portal/forbidden": {
      title: "Acceso denegado por el portal",
      describe: tell("el portal negó el acceso: hace falta una clave o el recurso es privado"),
    },
    "portal/rate-limited": {
      title: "Demasiadas consultas",
      describe: tell(
        "el portal pide esperar (demasiadas consultas): pruebe más tarde o use una clave de aplicación",
      ),
    },
    "portal/bad-query": {
      title: "Consulta rechazada",
      describe: tell("el portal rechazó la consulta: revise filtros, campos y orden"),
    },
    "portal/server": {
      title: "Error interno del portal",
      describe: tell("el portal tuvo un error interno: pruebe de nuevo más tarde"),
    },
    "portal/network": {
      title: "Portal inalcanzable",
      describe: network({
        refused:
          "se rechazó la conexión: nada atiende en esa dirección y puerto (el servidor está apagado o la dirección está mal)",
        dns: "no se encontró el nombre del servidor (DNS): revise la dirección y la conexión a internet",
        tls: "falló la conexión segura (TLS): el certificado no es válido o el servidor no habla https en esa dirección",
        reset: "el portal cortó la conexión antes de terminar de responder: pruebe de nuevo más tarde",
        unreachable: "no hay ruta de red hasta el servidor: revise la conexión a internet o la red",
        other: "no se pudo conectar con el portal o la conexión se cortó",
      }),
    },
    "portal/timeout": {
      title: "El portal no respondió a tiempo",
      describe: tell("el portal tardó demasiado en responder: suba el tiempo de espera o pida menos filas"),
    },
    "portal/blocked": {
      title: "Consulta bloqueada",
      describe: tell(
        "llegó una página HTML donde se esperaba JSON: un firewall o un proxy bloqueó la consulta",
      ),
    },
    "portal/invalid-response": {
      title: "Respuesta ilegible",
      describe: tell("la respuesta del portal no se puede leer (JSON cortado o con otra forma)"),
    },
    "portal/redirect": {
      title: "Redirección rechazada",
      describe: tell(
        "el portal redirige demasiadas veces o hacia una dirección que no es web (http o https): revise la dirección o pida la correcta a quien publica",
      ),
    },
    "portal/too-large": {
      title: "Respuesta demasiado grande",
      describe: tell("la respuesta supera el tamaño máximo permitido: suba el límite o descargue por partes"),
    },
    "portal/aborted": {
      title: "Consulta cancelada",
      describe: tell("la consulta se canceló"),
    },
    "portal/unsupported": {
      title: "Operación no disponible",
      describe: tell("esta plataforma no ofrece esa operación"),
    },
    "portal/undetected": {
      title: "Plataforma no reconocida",
      describe: tell(
        "el portal responde, pero no como CKAN, OpenDataSoft, Socrata, ArcGIS ni un catálogo data.json: revise la dirección o indique la plataforma",
      ),
    },
  },
  en: {
    "portal/database-url": {
      title: "Unsupported database",
      describe: (issue) =>
        `--database expects a PostgreSQL address (postgres://user@host:port/database) and got ${String(issue.params.url ?? "")}: fix it, or leave out --database to use DuckDB`,
    },
    "portal/database-unreachable": {
      title: "Could not use the database",
      describe: (issue) =>
        `could not connect to or load the tables into ${String(issue.params.url ?? "")}: ${String(issue.params.detail ?? "")}; check that PostgreSQL is running, the address and the user's permissions`,
    },
    "portal/duckdb-missing": {
      title: "DuckDB is missing",
      describe: () =>
        "serving a folder needs @duckdb/node-api: install it with “npm install @duckdb/node-api”",
    },
    "portal/serve-config": {
      title: "Invalid serve configuration",
      describe: (issue) =>
        `ciudata-serve.json is not valid at ${String(issue.params.path ?? "/")}: ${String(issue.params.problem ?? "")}; fix it or delete it`,
    },
    "portal/no-tables": {
      title: "Nothing to serve",
      describe: (issue) =>
        `there are no CSV or TSV tables in ${String(issue.params.place ?? "")}: put .csv files or a datapackage.json there`,
    },
    "portal/not-found": {
      title: "Not found on the portal",
      describe: tell("the portal did not find it: check the identifier or the address"),
    },
    "portal/forbidden": {
      title: "Access denied by the portal",
      describe: tell("the portal denied access: a key is needed or the resource is private"),
    },
    "portal/rate-limited": {
      title: "Too many requests",
      describe: tell("the portal asks to slow down (too many requests): retry later or use an app token"),
    },
    "portal/bad-query": {
      title: "Query rejected",
      describe: tell("the portal rejected the query: check filters, fields and sort"),
    },
    "portal/server": {
      title: "Portal internal error",
      describe: tell("the portal failed internally: try again later"),
    },
    "portal/network": {
      title: "Portal unreachable",
      describe: network({
        refused:
          "the connection was refused: nothing is listening at that address and port (the server is down or the address is wrong)",
        dns: "the server name was not found (DNS): check the address and the internet connection",
        tls: "the secure connection (TLS) failed: the certificate is not valid or the server does not speak https at that address",
        reset: "the portal cut the connection before finishing its answer: try again later",
        unreachable: "there is no network route to the server: check the internet connection or the network",
        other: "could not reach the portal or the connection was cut",
      }),
    },
    "portal/timeout": {
      title: "The portal did not answer in time",
      describe: tell("the portal took too long: raise the timeout or ask for fewer rows"),
    },
    "portal/blocked": {
      title: "Request blocked",
      describe: tell("an HTML page came where JSON was expected: a firewall or proxy blocked the request"),
    },
    "portal/invalid-response": {
      title: "Unreadable answer",
      describe: tell("the portal's answer cannot be read (truncated JSON or another shape)"),
    },
    "portal/redirect": {
      title: "Redirect refused",
      describe: tell(
        "the portal redirects too many times or to an address that is not web (http or https): check the address or ask the publisher for the right one",
      ),
    },
    "portal/too-large": {
      title: "Answer too large",
      describe: tell("the answer exceeds the size cap: raise the cap or download in parts"),
    },
    "portal/aborted": {
      title: "Request cancelled",
      describe: tell("the request was cancelled"),
    },
    "portal/unsupported": {
      title: "Operation not available",
      describe: tell("this platform does not offer that operation"),
    },
    "portal/undetected": {
      title: "Platform not recognised",
      describe: tell(
        "the portal answers, but not like CKAN, OpenDataSoft, Socrata, ArcGIS or a data.json catalog: check the address or name the platform",
      ),
    },
  },
  pt: {
    "portal/database-url": {
      title: "Banco de dados não suportado",
      describe: (issue) =>
        `--database espera um endereço do PostgreSQL (postgres://usuario@servidor:porta/banco) e recebeu ${String(issue.params.url ?? "")}: corrija, ou tire --database para usar o DuckDB`,
    },
    "portal/database-unreachable": {
      title: "Não foi possível usar o banco de dados",
      describe: (issue) =>
        `não foi possível conectar ou carregar as tabelas em ${String(issue.params.url ?? "")}: ${String(issue.params.detail ?? "")}; verifique se o PostgreSQL está rodando, o endereço e as permissões do usuário`,
    },
    "portal/duckdb-missing": {
      title: "Falta o DuckDB",
      describe: () =>
        "para servir uma pasta é preciso @duckdb/node-api: instale com «npm install @duckdb/node-api»",
    },
    "portal/serve-config": {
      title: "Configuração de serviço inválida",
      describe: (issue) =>
        `ciudata-serve.json não é válido em ${String(issue.params.path ?? "/")}: ${String(issue.params.problem ?? "")}; corrija ou apague`,
    },
    "portal/no-tables": {
      title: "Nada para servir",
      describe: (issue) =>
        `não há tabelas CSV nem TSV em ${String(issue.params.place ?? "")}: coloque ali arquivos .csv ou um datapackage.json`,
    },
    "portal/not-found": {
      title: "Não encontrado no portal",
      describe: tell("o portal não encontrou o pedido: confira o identificador ou o endereço"),
    },
    "portal/forbidden": {
      title: "Acesso negado pelo portal",
      describe: tell("o portal negou o acesso: é preciso uma chave ou o recurso é privado"),
    },
    "portal/rate-limited": {
      title: "Requisições demais",
      describe: tell(
        "o portal pede para esperar (requisições demais): tente mais tarde ou use um token de aplicativo",
      ),
    },
    "portal/bad-query": {
      title: "Consulta rejeitada",
      describe: tell("o portal rejeitou a consulta: confira filtros, campos e ordenação"),
    },
    "portal/server": {
      title: "Erro interno do portal",
      describe: tell("o portal teve um erro interno: tente novamente mais tarde"),
    },
    "portal/network": {
      title: "Portal inalcançável",
      describe: network({
        refused:
          "a conexão foi recusada: nada atende nesse endereço e porta (o servidor está desligado ou o endereço está errado)",
        dns: "o nome do servidor não foi encontrado (DNS): confira o endereço e a conexão com a internet",
        tls: "a conexão segura (TLS) falhou: o certificado não é válido ou o servidor não fala https nesse endereço",
        reset: "o portal cortou a conexão antes de terminar a resposta: tente novamente mais tarde",
        unreachable: "não há rota de rede até o servidor: confira a conexão com a internet ou a rede",
        other: "não foi possível conectar ao portal ou a conexão caiu",
      }),
    },
    "portal/timeout": {
      title: "O portal não respondeu a tempo",
      describe: tell("o portal demorou demais: aumente o tempo limite ou peça menos linhas"),
    },
    "portal/blocked": {
      title: "Requisição bloqueada",
      describe: tell(
        "chegou uma página HTML onde se esperava JSON: um firewall ou proxy bloqueou a requisição",
      ),
    },
    "portal/invalid-response": {
      title: "Resposta ilegível",
      describe: tell("a resposta do portal não pode ser lida (JSON cortado ou com outra forma)"),
    },
    "portal/redirect": {
      title: "Redirecionamento recusado",
      describe: tell(
        "o portal redireciona vezes demais ou para um endereço que não é web (http ou https): confira o endereço ou peça o correto a quem publica",
      ),
    },
    "portal/too-large": {
      title: "Resposta grande demais",
      describe: tell("a resposta excede o tamanho máximo: aumente o limite ou baixe por partes"),
    },
    "portal/aborted": {
      title: "Requisição cancelada",
      describe: tell("a requisição foi cancelada"),
    },
    "portal/unsupported": {
      title: "Operação indisponível",
      describe: tell("esta plataforma não oferece essa operação"),
    },
    "portal/undetected": {
      title: "Plataforma não reconhecida",
      describe: tell(
        "o portal responde, mas não como CKAN, OpenDataSoft, Socrata, ArcGIS nem um catálogo data.json: confira o endereço ou indique a plataforma",
      ),
    },
  },
});
