import { defineCatalogs } from "@ciudata/core";
import { COMMON_ENCODINGS } from "../../charsets/labels";

const encodings = COMMON_ENCODINGS.join(", ");

/**
 * What to do about a problem opening, downloading or decoding a source, by the `params.todo` code
 * the issue carries (language-neutral in the JSON report); appended to the message as "qué hacer: …".
 */
export const tableTodos = defineCatalogs({
  es: {
    "not-found": "revise la ruta; las rutas relativas parten de la carpeta de trabajo actual",
    "is-directory": "indique un archivo dentro de la carpeta, no la carpeta",
    permission: "el proceso no puede leer este archivo: revise sus permisos o su dueño",
    "symlink-loop": "la ruta pasa por un ciclo de enlaces simbólicos",
    "too-many-open-files": "hay demasiados archivos abiertos: lea menos archivos a la vez",
    unreadable: "no se pudo leer el archivo",
    "unsupported-input":
      "pase un texto, una URL, un Blob/File, un ReadableStream, un iterable asíncrono de bytes, un Uint8Array o un ArrayBuffer",
    "invalid-chunk": "una fuente de tipo stream o iterable asíncrono debe entregar trozos Uint8Array",
    "pass-windows-1252": "pase encoding: 'windows-1252'",
    "check-encoding": "revise la codificación del archivo: pruebe encoding: 'utf-8' o 'windows-1252'",
    "whatwg-label": `use una etiqueta de codificación WHATWG, por ejemplo ${encodings}`,
    "access-refused": "el servidor negó el acceso: el recurso puede ser privado o pedir inicio de sesión",
    "url-not-found":
      "no se encontró el recurso: revise la URL; los portales suelen mover los recursos entre versiones",
    "too-many-requests": "demasiados pedidos: espere y vuelva a intentar más tarde",
    "server-failed": "falló el servidor: vuelva a intentar más tarde o avise al portal",
    "check-url": "revise la URL y que el recurso sea público",
    "unsupported-scheme": "use URLs http(s) o data:",
    "use-open-path": "use URLs http(s) o data:; para archivos locales use openPath() de @ciudata/table/node",
    "no-fetch": "no hay fetch disponible aquí: pase la opción fetch",
    network: "falló la red: revise la conexión, el nombre del servidor y que el servidor esté funcionando",
  },
  en: {
    "not-found": "check the path; relative paths resolve from the current working directory",
    "is-directory": "pass a file inside the folder, not the folder itself",
    permission: "the process cannot read this file: check its permissions or owner",
    "symlink-loop": "the path goes through a symbolic link loop",
    "too-many-open-files": "too many files are open: read fewer files at once",
    unreadable: "the file could not be read",
    "unsupported-input":
      "pass text, a URL, a Blob/File, a ReadableStream, an async iterable of bytes, a Uint8Array or an ArrayBuffer",
    "invalid-chunk": "a stream or async iterable source must yield Uint8Array chunks",
    "pass-windows-1252": "pass encoding: 'windows-1252'",
    "check-encoding": "check the file's encoding: try encoding: 'utf-8' or 'windows-1252'",
    "whatwg-label": `use a WHATWG encoding label, e.g. ${encodings}`,
    "access-refused": "the server refused access: the resource may be private or need a login",
    "url-not-found":
      "the resource was not found: check the URL, portals often move resources between versions",
    "too-many-requests": "too many requests: wait and retry later",
    "server-failed": "the server failed: retry later or report it to the portal",
    "check-url": "check the URL and that the resource is public",
    "unsupported-scheme": "use http(s) or data: URLs",
    "use-open-path": "use http(s) or data: URLs; for local files use openPath() from @ciudata/table/node",
    "no-fetch": "no fetch is available here: pass the fetch option",
    network: "network failure: check the connection, the host name and that the server is up",
  },
  pt: {
    "not-found": "verifique o caminho; caminhos relativos partem da pasta de trabalho atual",
    "is-directory": "indique um arquivo dentro da pasta, não a própria pasta",
    permission: "o processo não pode ler este arquivo: verifique as permissões ou o dono",
    "symlink-loop": "o caminho passa por um ciclo de links simbólicos",
    "too-many-open-files": "há arquivos abertos demais: leia menos arquivos de cada vez",
    unreadable: "não foi possível ler o arquivo",
    "unsupported-input":
      "passe um texto, uma URL, um Blob/File, um ReadableStream, um iterável assíncrono de bytes, um Uint8Array ou um ArrayBuffer",
    "invalid-chunk": "uma fonte do tipo stream ou iterável assíncrono deve entregar pedaços Uint8Array",
    "pass-windows-1252": "passe encoding: 'windows-1252'",
    "check-encoding": "verifique a codificação do arquivo: tente encoding: 'utf-8' ou 'windows-1252'",
    "whatwg-label": `use um rótulo de codificação WHATWG, por exemplo ${encodings}`,
    "access-refused": "o servidor recusou o acesso: o recurso pode ser privado ou exigir login",
    "url-not-found":
      "o recurso não foi encontrado: verifique a URL; os portais costumam mover recursos entre versões",
    "too-many-requests": "pedidos demais: espere e tente de novo mais tarde",
    "server-failed": "o servidor falhou: tente de novo mais tarde ou avise o portal",
    "check-url": "verifique a URL e se o recurso é público",
    "unsupported-scheme": "use URLs http(s) ou data:",
    "use-open-path": "use URLs http(s) ou data:; para arquivos locais use openPath() de @ciudata/table/node",
    "no-fetch": "não há fetch disponível aqui: passe a opção fetch",
    network: "falha de rede: verifique a conexão, o nome do servidor e se o servidor está no ar",
  },
});

/** A code of {@link tableTodos}: what to do about a source problem. */
export type TableTodo = keyof (typeof tableTodos)["es"];

/** The words that introduce a {@link tableTodos} phrase in a message. */
export const todoLabel = defineCatalogs({
  es: { label: "qué hacer" },
  en: { label: "what to do" },
  pt: { label: "o que fazer" },
});
