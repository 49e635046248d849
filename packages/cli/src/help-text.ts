import { translator } from "@ciudata/core";
import { GLOBAL_FLAGS } from "./flags";
import { cliMessages } from "./messages/cli";
import type { Command, FlagSpecs, Lang } from "./types";

/**
 * The general help: tagline, usage line, commands and global options.
 *
 * @example
 * ```ts
 * io.stdout(globalHelp("es", "0.1.0", commands)); // "ciudata 0.1.0 — herramientas para…"
 * ```
 */
export function globalHelp(lang: Lang, version: string, commands: readonly Command[]): string {
  const { t } = translator(cliMessages, lang);
  const list = commands.length
    ? table(commands.map((c) => [c.name, c.summary[lang]]))
    : [`  ${t("noCommandsYet")}`];
  return [
    `ciudata ${version} — ${t("tagline")}`,
    "",
    t("usageLine"),
    "",
    t("commandsHeading"),
    ...list,
    "",
    t("optionsHeading"),
    ...flagLines(GLOBAL_FLAGS, lang),
    "",
    t("moreHelp"),
    "",
  ].join("\n");
}

/**
 * The help of one command: summary, usage block and its own flags.
 *
 * @example
 * ```ts
 * io.stdout(commandHelp(helpCommand, "en")); // "help — Show general help…\n\nUsage:\n  ciudata help [command]…"
 * ```
 */
export function commandHelp(command: Command, lang: Lang): string {
  const { t } = translator(cliMessages, lang);
  const usage = command.usage[lang].split("\n").map((line) => (line ? `  ${line}` : ""));
  const lines = [`${command.name} — ${command.summary[lang]}`, "", t("usageHeading"), ...usage];
  const own = command.flags ? flagLines(command.flags, lang) : [];
  lines.push("", t("optionsHeading"), ...own, ...flagLines(GLOBAL_FLAGS, lang), "");
  return lines.join("\n");
}

function flagLines(specs: FlagSpecs, lang: Lang): string[] {
  return table(
    Object.entries(specs).map(([name, spec]) => {
      const short = spec.short ? `-${spec.short}, ` : "";
      const value = spec.type === "string" ? ` <${name}>` : "";
      return [`${short}--${name}${value}`, spec.description[lang]];
    }),
  );
}

function table(rows: readonly (readonly [string, string])[] | string[][]): string[] {
  const width = Math.max(0, ...rows.map((r) => (r[0] ?? "").length));
  return rows.map(([left = "", right = ""]) => `  ${left.padEnd(width)}  ${right}`);
}
