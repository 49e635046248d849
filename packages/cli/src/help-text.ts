import { type Catalog, translator } from "@ciudata/core";
import type { Command, HelpText, OptionSpec } from "./declare";
import { cliMessages } from "./messages/cli";
import { GLOBAL_OPTIONS } from "./options";
import { optionsOf } from "./parse";
import type { Lang } from "./types";

/**
 * A declared help text in one language.
 *
 * @example
 * ```ts
 * helpString(validateCommand.summary, "en"); // "Review the quality of a table…"
 * ```
 */
export function helpString(text: HelpText, lang: Lang): string {
  const t = translator(text.catalog, lang).t as (key: keyof Catalog & string) => string;
  return t(text.key);
}

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
    ? table(commands.map((c) => [c.name, helpString(c.summary, lang)]))
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
    ...optionLines(GLOBAL_OPTIONS, lang),
    "",
    t("moreHelp"),
    "",
  ].join("\n");
}

/**
 * The help of one command: summary, usage block, and every option it accepts (its own, the report
 * options when it prints a report, the global ones), with the values an option accepts.
 *
 * @example
 * ```ts
 * io.stdout(commandHelp(helpCommand, "en")); // "help — Show general help…\n\nUsage:\n  ciudata help [command]…"
 * ```
 */
export function commandHelp(command: Command, lang: Lang): string {
  const { t } = translator(cliMessages, lang);
  const usage = helpString(command.usage, lang)
    .split("\n")
    .map((line) => (line ? `  ${line}` : ""));
  const lines = [`${command.name} — ${helpString(command.summary, lang)}`, "", t("usageHeading"), ...usage];
  lines.push("", t("optionsHeading"), ...optionLines(optionsOf(command), lang), "");
  return lines.join("\n");
}

function optionLines(specs: Readonly<Record<string, OptionSpec>>, lang: Lang): string[] {
  return table(
    Object.entries(specs).map(([name, spec]) => {
      const short = spec.short ? `-${spec.short}, ` : "";
      const value =
        spec.type === "boolean" ? "" : ` <${spec.choices ? spec.choices.join("|") : (spec.value ?? name)}>`;
      return [`${short}--${name}${value}`, helpString(spec.help, lang)];
    }),
  );
}

function table(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(0, ...rows.map((r) => r[0].length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}
