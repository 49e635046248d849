import type { Messages } from "./messages";

/** Textos em português. */
export const pt: Messages = {
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
        return `Opção desconhecida "${p.flag}".`;
      case "missing-value":
        return `Falta o valor da opção "${p.flag}".`;
      case "bad-boolean":
        return `A opção "${p.flag}" não recebe valor (recebi "${p.value}").`;
      case "missing-argument":
        return `Falta o argumento <${p.argument}>.`;
      case "extra-argument":
        return `Argumento a mais "${p.argument}".`;
      case "bad-lang":
        return `"${p.value}" não é um idioma disponível: use es, en ou pt.`;
      case "custom":
        return p.message.pt;
    }
  },
  seeHelp: (command) => `Mais ajuda: ciudata help${command ? ` ${command}` : ""}`,
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
  help: {
    summary: "Mostra a ajuda geral ou a de um comando",
    usage: "ciudata help [comando]\n\nSem comando, lista todos os comandos.",
  },
};
