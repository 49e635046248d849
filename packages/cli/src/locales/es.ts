import type { Messages } from "./messages";

/** Textos en español (el idioma por defecto). */
export const es: Messages = {
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
  usageProblem: (p) => {
    switch (p.kind) {
      case "unknown-command":
        return `«${p.command}» no es un comando de ciudata.${p.suggestion ? ` ¿Quiso decir «${p.suggestion}»?` : ""}`;
      case "unknown-flag":
        return `No conozco la opción «${p.flag}».`;
      case "missing-value":
        return `Falta el valor de la opción «${p.flag}».`;
      case "bad-boolean":
        return `La opción «${p.flag}» no lleva valor (recibí «${p.value}»).`;
      case "missing-argument":
        return `Falta el argumento <${p.argument}>.`;
      case "extra-argument":
        return `Sobra el argumento «${p.argument}».`;
      case "bad-lang":
        return `«${p.value}» no es un idioma disponible: use es, en o pt.`;
      case "custom":
        return p.message.es;
    }
  },
  seeHelp: (command) => `Más ayuda: ciudata help${command ? ` ${command}` : ""}`,
  crash: (i) =>
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
  help: {
    summary: "Muestra la ayuda general o la de un comando",
    usage: "ciudata help [comando]\n\nSin comando, lista todos los comandos.",
  },
};
