// Runs the `ciudata` command in this process, as a person would type it, and keeps what it printed.
import { run } from "../../packages/cli/src/main";
import { capture } from "../../packages/cli/test-support/capture";

/** What one command printed, and its exit code. */
export interface CliResult {
  code: number;
  out: string;
  err: string;
}

const LANG_ENV = { es: "es_AR.UTF-8", en: "en_US.UTF-8", pt: "pt_BR.UTF-8" } as const;

/**
 * Runs `ciudata <argv>` in-process with an environment that holds only the language (Spanish unless
 * given) and the given working directory.
 *
 * @example
 * ```ts
 * const r = await runCli(["validate", "x.csv"], { cwd: dir, lang: "en" });
 * r.code; //=> 1
 * ```
 */
export async function runCli(
  argv: readonly string[],
  options: { cwd?: string; lang?: keyof typeof LANG_ENV } = {},
): Promise<CliResult> {
  const c = capture({ LANG: LANG_ENV[options.lang ?? "es"] });
  if (options.cwd !== undefined) c.io.cwd = options.cwd;
  const code = await run(argv, c.io);
  return { code, out: c.out(), err: c.err() };
}
