import { defineCatalogs } from "@ciudata/core";

/**
 * What to do when a file cannot be opened, by the `reason` of `@ciudata/table`'s `source-error`, in es,
 * en and pt (the table sets an English `hint`; the CLI shows this one in the user's language).
 */
export const inputMessages = defineCatalogs({
  es: {
    "not-found": "revise la ruta; las rutas relativas parten de la carpeta actual",
    "is-directory": "indique un archivo dentro de la carpeta, no la carpeta",
    permission: "el proceso no puede leer este archivo: revise sus permisos o su dueño",
    "symlink-loop": "la ruta pasa por un ciclo de enlaces simbólicos",
    "too-many-open-files": "hay demasiados archivos abiertos: lea menos archivos a la vez",
    unreadable: "no se pudo leer el archivo",
  },
  en: {
    "not-found": "check the path; relative paths resolve from the current working directory",
    "is-directory": "pass a file inside the folder, not the folder itself",
    permission: "the process cannot read this file: check its permissions or owner",
    "symlink-loop": "the path goes through a symbolic link loop",
    "too-many-open-files": "too many files are open: read fewer files at once",
    unreadable: "the file could not be read",
  },
  pt: {
    "not-found": "verifique o caminho; caminhos relativos partem da pasta atual",
    "is-directory": "indique um arquivo dentro da pasta, não a própria pasta",
    permission: "o processo não pode ler este arquivo: verifique suas permissões ou seu dono",
    "symlink-loop": "o caminho passa por um ciclo de links simbólicos",
    "too-many-open-files": "há arquivos demais abertos: leia menos arquivos de cada vez",
    unreadable: "não foi possível ler o arquivo",
  },
});
