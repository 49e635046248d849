import { defineCatalogs } from "@ciudata/core";
import type { WordedProblem } from "../errors";

/** What a bug report should carry; shown when a command fails unexpectedly. */
export interface CrashInfo {
  /** The command line as typed, after `ciudata`. */
  commandLine: string;
  version: string;
  node: string;
  /** The error's own message. */
  error: string;
  issuesUrl: string;
}

/**
 * The texts of the CLI itself (help, usage errors, the bug-report message), in es, en and pt.
 *
 * @example
 * ```ts
 * translator(cliMessages, "en").t("tagline"); //=> "tools for city data teams"
 * ```
 */
export const cliMessages = defineCatalogs({
  es: {
    tagline: "herramientas para equipos de datos de ciudades",
    usageLine: "Uso: ciudata [opciones] <comando> [argumentos]",
    commandsHeading: "Comandos:",
    optionsHeading: "Opciones:",
    usageHeading: "Uso:",
    flagHelp: "Muestra esta ayuda",
    flagVersion: "Muestra la versión",
    flagLang: "Idioma de los mensajes: es, en o pt (por defecto, según LANG)",
    moreHelp: "Ayuda de un comando: ciudata help <comando>",
    noCommandsYet: "(todavía no hay comandos)",
    usageProblem: (p: WordedProblem) => {
      switch (p.kind) {
        case "unknown-command":
          return `«${p.command}» no es un comando de ciudata.${p.suggestion ? ` ¿Quiso decir «${p.suggestion}»?` : ""}`;
        case "unknown-flag":
          return `No conozco la opción «${p.flag}».${p.suggestion ? ` ¿Quiso decir «${p.suggestion}»?` : ""}`;
        case "bad-choice":
          return `${p.flag} no acepta «${p.value}».${p.suggestion ? ` ¿Quiso decir «${p.suggestion}»?` : ""} Valores posibles: ${p.choices}.`;
        case "missing-value":
          return `Falta el valor de la opción «${p.flag}».`;
        case "bad-boolean":
          return `La opción «${p.flag}» no lleva valor (recibí «${p.value}»).`;
        case "missing-argument":
          return `Falta el argumento <${p.argument}>.`;
        case "extra-argument":
          return `Sobra el argumento «${p.argument}».`;
        case "custom":
          return p.message.es;
      }
    },
    seeHelp: (p: { command?: string | undefined }) =>
      `Más ayuda: ciudata help${p.command ? ` ${p.command}` : ""}`,
    crash: (i: CrashInfo) =>
      [
        `ciudata falló de forma inesperada: ${i.error}`,
        "Esto es un error de ciudata, no suyo. Por favor, repórtelo en",
        `  ${i.issuesUrl}`,
        "con estos datos:",
        `  comando: ciudata ${i.commandLine}`,
        `  versión: ${i.version}`,
        `  Node: ${i.node}`,
      ].join("\n"),
    debugHint: "Para ver el detalle técnico, vuelva a ejecutarlo con CIUDATA_DEBUG=1.",
    helpSummary: "Muestra la ayuda general o la de un comando",
    helpUsage: "ciudata help [comando]\n\nSin comando, lista todos los comandos.",
  },
  en: {
    tagline: "tools for city data teams",
    usageLine: "Usage: ciudata [options] <command> [arguments]",
    commandsHeading: "Commands:",
    optionsHeading: "Options:",
    usageHeading: "Usage:",
    flagHelp: "Show this help",
    flagVersion: "Show the version",
    flagLang: "Message language: es, en or pt (default: from LANG)",
    moreHelp: "Help for a command: ciudata help <command>",
    noCommandsYet: "(no commands yet)",
    usageProblem: (p) => {
      switch (p.kind) {
        case "unknown-command":
          return `"${p.command}" is not a ciudata command.${p.suggestion ? ` Did you mean "${p.suggestion}"?` : ""}`;
        case "unknown-flag":
          return `Unknown option "${p.flag}".${p.suggestion ? ` Did you mean "${p.suggestion}"?` : ""}`;
        case "bad-choice":
          return `${p.flag} does not accept "${p.value}".${p.suggestion ? ` Did you mean "${p.suggestion}"?` : ""} Possible values: ${p.choices}.`;
        case "missing-value":
          return `Option "${p.flag}" needs a value.`;
        case "bad-boolean":
          return `Option "${p.flag}" takes no value (got "${p.value}").`;
        case "missing-argument":
          return `Missing argument <${p.argument}>.`;
        case "extra-argument":
          return `Unexpected argument "${p.argument}".`;
        case "custom":
          return p.message.en;
      }
    },
    seeHelp: (p) => `More help: ciudata help${p.command ? ` ${p.command}` : ""}`,
    crash: (i) =>
      [
        `ciudata failed unexpectedly: ${i.error}`,
        "This is a bug in ciudata, not your fault. Please report it at",
        `  ${i.issuesUrl}`,
        "with these details:",
        `  command: ciudata ${i.commandLine}`,
        `  version: ${i.version}`,
        `  Node: ${i.node}`,
      ].join("\n"),
    debugHint: "To see the technical details, run it again with CIUDATA_DEBUG=1.",
    helpSummary: "Show general help or help for one command",
    helpUsage: "ciudata help [command]\n\nWithout a command, lists every command.",
  },
  pt: {
    tagline: "ferramentas para equipes de dados de cidades",
    usageLine: "Uso: ciudata [opções] <comando> [argumentos]",
    commandsHeading: "Comandos:",
    optionsHeading: "Opções:",
    usageHeading: "Uso:",
    flagHelp: "Mostra esta ajuda",
    flagVersion: "Mostra a versão",
    flagLang: "Idioma das mensagens: es, en ou pt (padrão: conforme LANG)",
    moreHelp: "Ajuda de um comando: ciudata help <comando>",
    noCommandsYet: "(ainda não há comandos)",
    usageProblem: (p) => {
      switch (p.kind) {
        case "unknown-command":
          return `"${p.command}" não é um comando do ciudata.${p.suggestion ? ` Você quis dizer "${p.suggestion}"?` : ""}`;
        case "unknown-flag":
          return `Opção desconhecida "${p.flag}".${p.suggestion ? ` Você quis dizer "${p.suggestion}"?` : ""}`;
        case "bad-choice":
          return `${p.flag} não aceita "${p.value}".${p.suggestion ? ` Você quis dizer "${p.suggestion}"?` : ""} Valores possíveis: ${p.choices}.`;
        case "missing-value":
          return `Falta o valor da opção "${p.flag}".`;
        case "bad-boolean":
          return `A opção "${p.flag}" não recebe valor (recebi "${p.value}").`;
        case "missing-argument":
          return `Falta o argumento <${p.argument}>.`;
        case "extra-argument":
          return `Argumento a mais "${p.argument}".`;
        case "custom":
          return p.message.pt;
      }
    },
    seeHelp: (p) => `Mais ajuda: ciudata help${p.command ? ` ${p.command}` : ""}`,
    crash: (i) =>
      [
        `O ciudata falhou de forma inesperada: ${i.error}`,
        "Isto é um erro do ciudata, não seu. Por favor, informe em",
        `  ${i.issuesUrl}`,
        "com estes dados:",
        `  comando: ciudata ${i.commandLine}`,
        `  versão: ${i.version}`,
        `  Node: ${i.node}`,
      ].join("\n"),
    debugHint: "Para ver o detalhe técnico, execute de novo com CIUDATA_DEBUG=1.",
    helpSummary: "Mostra a ajuda geral ou a de um comando",
    helpUsage: "ciudata help [comando]\n\nSem comando, lista todos os comandos.",
  },
});
