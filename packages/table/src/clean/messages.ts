import { defineIssueCatalogs, type Issue } from "@ciudata/core";

const at = (e: Issue): string => (e.params.path ? `«${String(e.params.path)}»: ` : "");

/**
 * How the `clean/...` issue types are worded in es, en and pt (a clean profile that cannot be read).
 *
 * @example
 * ```ts
 * renderIssue(parseCleanProfile({ steps: { trimm: true } }).errors[0], "en", [cleanIssues]);
 * ```
 */
export const cleanIssues = defineIssueCatalogs({
  es: {
    "clean/profile": {
      title: "Perfil de limpieza inválido",
      describe: (e) => `${at(e)}el perfil de limpieza no es válido`,
    },
  },
  en: {
    "clean/profile": {
      title: "Invalid clean profile",
      describe: (e) => `${at(e)}the clean profile is not valid`,
    },
  },
  pt: {
    "clean/profile": {
      title: "Perfil de limpeza inválido",
      describe: (e) => `${at(e)}o perfil de limpeza não é válido`,
    },
  },
});
