import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, readFile, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { openPath } from "@ciudata/table/node";
import { type AnonymizeOptions, type AnonymizeReport, anonymize } from "../transform/anonymize";
import { parsePlan } from "../transform/plan";
import { readKey } from "./key";

/** Options of {@link anonymizeFile}. */
export interface AnonymizeFileOptions extends Omit<AnonymizeOptions, "key"> {
  /** The environment the key is read from when the plan says `{ env }` (default `process.env`). */
  env?: Record<string, string | undefined>;
  /** Folder relative key files and paths are resolved against. */
  cwd?: string;
}

/**
 * Applies a plan (a JSON file path or the parsed plan) to a file and writes the result ATOMICALLY
 * (temporary file renamed over `output`); the input is only read. The key comes from the variable or
 * file the plan names and is never logged.
 *
 * @example
 * ```ts
 * const report = await anonymizeFile("padron.csv", "plan.json", "padron-anon.csv");
 * report.after?.kAnonymous; //=> true
 * ```
 */
export async function anonymizeFile(
  input: string,
  plan: string | unknown,
  output: string,
  options: AnonymizeFileOptions = {},
): Promise<AnonymizeReport> {
  const planData = typeof plan === "string" ? JSON.parse(await readFile(plan, "utf8")) : plan;
  const parsed = parsePlan(planData);
  const key =
    parsed.ok && parsed.plan.key ? await readKey(parsed.plan.key, options.env, options.cwd) : undefined;
  await mkdir(dirname(output), { recursive: true });
  const tmp = join(dirname(output), `.${basename(output)}.${randomBytes(6).toString("hex")}.tmp`);
  const stream = createWriteStream(tmp);
  const write = (chunk: string) =>
    new Promise<void>((ok, fail) => {
      if (stream.write(chunk)) ok();
      else stream.once("drain", ok).once("error", fail);
    });
  try {
    const { env: _env, cwd: _cwd, ...rest } = options;
    const report = await anonymize(
      () => openPath(input),
      planData,
      { ...rest, ...(key ? { key } : {}) },
      write,
    );
    await new Promise<void>((ok, fail) => stream.end((e?: Error | null) => (e ? fail(e) : ok())));
    await rename(tmp, output);
    return report;
  } catch (error) {
    stream.destroy();
    await rm(tmp, { force: true });
    throw error;
  }
}
