import type { Messages } from "./messages";

/** English texts. */
export const en: Messages = {
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
        return `Unknown option "${p.flag}".`;
      case "missing-value":
        return `Option "${p.flag}" needs a value.`;
      case "bad-boolean":
        return `Option "${p.flag}" takes no value (got "${p.value}").`;
      case "missing-argument":
        return `Missing argument <${p.argument}>.`;
      case "extra-argument":
        return `Unexpected argument "${p.argument}".`;
      case "bad-lang":
        return `"${p.value}" is not an available language: use es, en or pt.`;
      case "custom":
        return p.message.en;
    }
  },
  seeHelp: (command) => `More help: ciudata help${command ? ` ${command}` : ""}`,
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
  help: {
    summary: "Show general help or help for one command",
    usage: "ciudata help [command]\n\nWithout a command, lists every command.",
  },
};
