import { spawn } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { relative, resolve } from "node:path";
import { parseFlags } from "./args";
import { UsageError } from "./errors";
import { isLang, type Lang, langFromEnv, type Messages, messages } from "./messages";
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
  let m: Messages = messages[lang];
  try {
    const flags = parseFlags(argv);
    if (flags.lang !== undefined) {
      if (!isLang(flags.lang)) throw new UsageError({ kind: "bad-lang", value: flags.lang });
      lang = flags.lang;
      m = messages[lang];
    }
    if (flags.version) {
      cli.stdout(`${VERSION}\n`);
      return 0;
    }
    if (flags.help) {
      cli.stdout(`${m.title(VERSION)}\n\n${m.help}`);
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
      p.intro(m.title(VERSION));
    }
    if (ask && directory === undefined) {
      directory = answer(
        await p.text({
          message: m.prompts.directory,
          placeholder: DEFAULT_DIRECTORY,
          defaultValue: DEFAULT_DIRECTORY,
          validate: (value) => problemWith(value || DEFAULT_DIRECTORY, cli.cwd, m),
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
          message: m.prompts.template,
          initialValue: "dashboard",
          options: TEMPLATES.map((t) => ({ value: t, ...m.prompts.templates[t] })),
        }),
      );
    }
    if (ask && portal === undefined) {
      portal = answer(
        await p.text({
          message: m.prompts.portal,
          placeholder: `${DEFAULT_PORTAL} — ${m.prompts.portalHint}`,
          defaultValue: DEFAULT_PORTAL,
          validate: (value) => {
            try {
              checkPortal(value || DEFAULT_PORTAL);
              return undefined;
            } catch (e) {
              return e instanceof UsageError ? m.usageProblem(e.problem) : String(e);
            }
          },
        }),
      );
    }
    if (ask && challenge === undefined) {
      challenge = answer(
        await p.text({
          message: m.prompts.challenge,
          placeholder: m.prompts.challengeHint,
          defaultValue: "",
        }),
      );
    }

    const chosen = (template ?? "dashboard") as TemplateName;
    cli.stdout(`${m.creating(directory, chosen)}\n`);
    const created = await scaffold({
      directory,
      template: chosen,
      portal: portal || DEFAULT_PORTAL,
      ...(challenge ? { challenge } : {}),
      lang,
      cwd: cli.cwd,
    });
    cli.stdout(`${m.created(created.directory)}\n`);

    const pm = detectPackageManager(cli.env.npm_config_user_agent);
    let installed = false;
    if (flags.install) {
      cli.stdout(`${m.installing(`${pm} install`)}\n`);
      const code = await cli.install(pm, ["install"], created.directory);
      if (code !== 0) {
        cli.stderr(`${m.installFailed(`${pm} install`)}\n`);
        cli.stdout(nextSteps(created, pm, false, cli.cwd, m));
        return 1;
      }
      installed = true;
    }
    cli.stdout(nextSteps(created, pm, installed, cli.cwd, m));
    return 0;
  } catch (error) {
    if (error instanceof Cancelled) {
      cli.stderr(`${m.prompts.cancelled}\n`);
      return 130;
    }
    if (error instanceof UsageError) {
      cli.stderr(`${m.usageProblem(error.problem)}\n${m.seeHelp}\n`);
      return 2;
    }
    const text = error instanceof Error ? error.message : String(error);
    cli.stderr(m.crash(text, ISSUES_URL));
    if (cli.env.CIUDATA_DEBUG) cli.stderr(`${error instanceof Error ? error.stack : text}\n`);
    else cli.stderr(`${m.debugHint}\n`);
    return 1;
  }
}

function answer(value: string | null): string {
  if (value === null) throw new Cancelled();
  return value.trim();
}

/** What is wrong with a folder typed at the prompt (asked again), or `undefined`. */
function problemWith(directory: string, cwd: string, m: Messages): string | undefined {
  const target = resolve(cwd, directory);
  if (toProjectName(target) === null) return m.usageProblem({ kind: "bad-directory", directory });
  const info = statSync(target, { throwIfNoEntry: false });
  if (info && !info.isDirectory()) return m.usageProblem({ kind: "not-a-directory", directory });
  if (info && readdirSync(target).length > 0) return m.usageProblem({ kind: "not-empty", directory });
  return undefined;
}

function nextSteps(
  created: ScaffoldResult,
  pm: PackageManager,
  installed: boolean,
  cwd: string,
  m: Messages,
): string {
  const dir = relative(cwd, created.directory) || ".";
  const lines = [`\n${m.nextSteps}`, `  cd ${/\s/.test(dir) ? `"${dir}"` : dir}`];
  if (!installed) lines.push(`  ${pm} install`);
  if (isLocalPortal(created.portal)) lines.push(`  # ${m.startPortal}`, `  ${runScript(pm, "portal")}`);
  if (created.template === "dashboard") {
    lines.push(`  # ${m.dashboardNext}`, `  ${runScript(pm, "build")}`, `  ${runScript(pm, "dev")}`);
  } else {
    lines.push(`  # ${m.analysisNext}`, `  ${runScript(pm, "start")}`);
  }
  lines.push("", m.configHint, "");
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
