import { spawn } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { relative, resolve } from "node:path";
import { isLang, type Lang, type Translator, translator } from "@ciudata/core";
import { parseFlags } from "./args";
import { UsageError, usageText } from "./errors";
import { createCiudataMessages, langFromEnv } from "./messages";
import { toProjectName } from "./names";
import { detectPackageManager, type PackageManager, runScript } from "./pm";
import { clackPrompter, type Prompter } from "./prompts";
import {
  checkPortal,
  checkTarget,
  DEFAULT_PORTAL,
  isLocalPortal,
  isTemplate,
  type ScaffoldResult,
  scaffold,
  TEMPLATES,
  type TemplateName,
} from "./scaffold";
import { VERSION } from "./version";

/** Where people report bugs; printed after an unexpected error. */
export const ISSUES_URL = "https://github.com/ciudata/ciudata/issues";

/** The folder used when none is given and nobody is asked. */
export const DEFAULT_DIRECTORY = "ciudata-hackathon";

/** Output, environment and the outside world for {@link main}; each part defaults to the real process. */
export interface MainIO {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** True on a terminal: missing options are asked for (unless `--yes`). */
  interactive: boolean;
  /** The questions asked on a terminal (default: `@clack/prompts`). */
  prompter: Prompter;
  /** Runs the install command in the project folder and resolves to its exit code. */
  install(command: string, args: readonly string[], cwd: string): Promise<number>;
}

/** The messages in the chosen language. */
type Words = Translator<(typeof createCiudataMessages)["es"]>;

class Cancelled extends Error {}

/**
 * Runs `create-ciudata` and returns the exit code: 0 created, 2 usage mistake (a message in the user's
 * language saying what to do, on stderr), 1 install failed or unexpected error (never a stack trace
 * unless `CIUDATA_DEBUG=1`), 130 cancelled at a prompt. Never throws and never exits the process.
 *
 * @param argv The arguments after `create-ciudata` (`process.argv.slice(2)`).
 * @param io Output, environment, prompts and install; each defaults to the real process.
 * @example
 * ```ts
 * const code = await main(["tablero", "--template", "dashboard", "--yes", "--no-install"]);
 * ```
 */
export async function main(argv: readonly string[], io: Partial<MainIO> = {}): Promise<number> {
  const cli: MainIO = { ...defaultIO(), ...io };
  let lang: Lang = langFromEnv(cli.env);
  let m: Words = translator(createCiudataMessages, lang);
  try {
    const flags = parseFlags(argv);
    if (flags.lang !== undefined) {
      if (!isLang(flags.lang)) throw new UsageError({ kind: "bad-lang", value: flags.lang });
      lang = flags.lang;
      m = translator(createCiudataMessages, lang);
    }
    if (flags.version) {
      cli.stdout(`${VERSION}\n`);
      return 0;
    }
    if (flags.help) {
      cli.stdout(`${m.t("title", { version: VERSION })}\n\n${m.t("help")}`);
      return 0;
    }
    if (flags.template !== undefined && !isTemplate(flags.template)) {
      throw new UsageError({ kind: "unknown-template", template: flags.template, available: TEMPLATES });
    }
    if (flags.portal !== undefined) checkPortal(flags.portal);

    const ask = cli.interactive && !flags.yes;
    const p = cli.prompter;
    let { directory, portal, challenge } = flags;
    let template: string | undefined = flags.template;
    if (ask && [directory, template, portal, challenge].includes(undefined)) {
      p.intro(m.t("title", { version: VERSION }));
    }
    if (ask && directory === undefined) {
      directory = answer(
        await p.text({
          message: m.t("prompt.directory"),
          placeholder: DEFAULT_DIRECTORY,
          defaultValue: DEFAULT_DIRECTORY,
          validate: (value) => problemWith(value || DEFAULT_DIRECTORY, cli.cwd, lang),
        }),
      );
    }
    directory = directory || DEFAULT_DIRECTORY;
    // Say now, before any question, that the folder is taken.
    if (toProjectName(resolve(cli.cwd, directory)) === null)
      throw new UsageError({ kind: "bad-directory", directory });
    await checkTarget(resolve(cli.cwd, directory));
    if (ask && template === undefined) {
      template = answer(
        await p.select({
          message: m.t("prompt.template"),
          initialValue: "dashboard",
          options: TEMPLATES.map((t) => ({
            value: t,
            label: m.t(`template.${t}`),
            hint: m.t(`template.${t}.hint`),
          })),
        }),
      );
    }
    if (ask && portal === undefined) {
      portal = answer(
        await p.text({
          message: m.t("prompt.portal"),
          placeholder: `${DEFAULT_PORTAL} — ${m.t("prompt.portalHint")}`,
          defaultValue: DEFAULT_PORTAL,
          validate: (value) => {
            try {
              checkPortal(value || DEFAULT_PORTAL);
              return undefined;
            } catch (e) {
              return e instanceof UsageError ? usageText(e, lang) : String(e);
            }
          },
        }),
      );
    }
    if (ask && challenge === undefined) {
      challenge = answer(
        await p.text({
          message: m.t("prompt.challenge"),
          placeholder: m.t("prompt.challengeHint"),
          defaultValue: "",
        }),
      );
    }

    const chosen = (template ?? "dashboard") as TemplateName;
    cli.stdout(`${m.t("creating", { directory, template: chosen })}\n`);
    const created = await scaffold({
      directory,
      template: chosen,
      portal: portal || DEFAULT_PORTAL,
      ...(challenge ? { challenge } : {}),
      lang,
      cwd: cli.cwd,
    });
    cli.stdout(`${m.t("created", { directory: created.directory })}\n`);

    const pm = detectPackageManager(cli.env.npm_config_user_agent);
    let installed = false;
    if (flags.install) {
      cli.stdout(`${m.t("installing", { command: `${pm} install` })}\n`);
      const code = await cli.install(pm, ["install"], created.directory);
      if (code !== 0) {
        cli.stderr(`${m.t("installFailed", { command: `${pm} install` })}\n`);
        cli.stdout(nextSteps(created, pm, false, cli.cwd, m));
        return 1;
      }
      installed = true;
    }
    cli.stdout(nextSteps(created, pm, installed, cli.cwd, m));
    return 0;
  } catch (error) {
    if (error instanceof Cancelled) {
      cli.stderr(`${m.t("prompt.cancelled")}\n`);
      return 130;
    }
    if (error instanceof UsageError) {
      cli.stderr(`${usageText(error, lang)}\n${m.t("seeHelp")}\n`);
      return 2;
    }
    const text = error instanceof Error ? error.message : String(error);
    cli.stderr(m.t("crash", { error: text, url: ISSUES_URL }));
    if (cli.env.CIUDATA_DEBUG) cli.stderr(`${error instanceof Error ? error.stack : text}\n`);
    else cli.stderr(`${m.t("debugHint")}\n`);
    return 1;
  }
}

function answer(value: string | null): string {
  if (value === null) throw new Cancelled();
  return value.trim();
}

/** What is wrong with a folder typed at the prompt (asked again), or `undefined`. */
function problemWith(directory: string, cwd: string, lang: Lang): string | undefined {
  const target = resolve(cwd, directory);
  if (toProjectName(target) === null) return usageText({ kind: "bad-directory", directory }, lang);
  const info = statSync(target, { throwIfNoEntry: false });
  if (info && !info.isDirectory()) return usageText({ kind: "not-a-directory", directory }, lang);
  if (info && readdirSync(target).length > 0) return usageText({ kind: "not-empty", directory }, lang);
  return undefined;
}

function nextSteps(
  created: ScaffoldResult,
  pm: PackageManager,
  installed: boolean,
  cwd: string,
  m: Words,
): string {
  const dir = relative(cwd, created.directory) || ".";
  const lines = [`\n${m.t("nextSteps")}`, `  cd ${/\s/.test(dir) ? `"${dir}"` : dir}`];
  if (!installed) lines.push(`  ${pm} install`);
  if (isLocalPortal(created.portal)) lines.push(`  # ${m.t("startPortal")}`, `  ${runScript(pm, "portal")}`);
  if (created.template === "dashboard") {
    lines.push(`  # ${m.t("dashboardNext")}`, `  ${runScript(pm, "build")}`, `  ${runScript(pm, "dev")}`);
  } else {
    lines.push(`  # ${m.t("analysisNext")}`, `  ${runScript(pm, "start")}`);
  }
  lines.push("", m.t("configHint"), "");
  return lines.join("\n");
}

function defaultIO(): MainIO {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    env: process.env,
    cwd: process.cwd(),
    interactive: process.stdin.isTTY === true && process.stdout.isTTY === true,
    prompter: clackPrompter(),
    install: (command, args, cwd) =>
      new Promise((done) => {
        const child = spawn(command, [...args], {
          cwd,
          stdio: "inherit",
          shell: process.platform === "win32",
        });
        child.on("error", () => done(127));
        child.on("close", (code) => done(code ?? 1));
      }),
  };
}
