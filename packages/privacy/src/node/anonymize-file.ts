import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";
import { assertNotInput, openPath, registerTemp, releaseTemp, tempPath } from "@ciudata/table/node";
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
 * (temporary file renamed over `output`); the input is only read and never overwritten: an output that
 * is the input's real path or the same file (through a symbolic link, a linked folder or a hard link)
 * is refused with `output-is-input`. The key comes from the variable or file the plan names and
 * is never logged. On every failure the temporary file is removed.
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
  assertNotInput(output, [input]);
  const planData = typeof plan === "string" ? JSON.parse(await readFile(plan, "utf8")) : plan;
  const parsed = parsePlan(planData);
  const key =
    parsed.ok && parsed.plan.key ? await readKey(parsed.plan.key, options.env, options.cwd) : undefined;
  await mkdir(dirname(output), { recursive: true });
  // Named with our PID and removed on Ctrl-C/SIGTERM by the temp-file registry (swept later if killed).
  const tmp = tempPath(output);
  registerTemp(tmp);
  // Opened (and so created) before anything can fail, so the clean-up below always finds it.
  const handle = await open(tmp, "wx");
  const stream = handle.createWriteStream();
  // ONE error listener for the whole stream: a listener per write piled up (MaxListenersExceededWarning).
  let failure: Error | null = null;
  stream.on("error", (error) => {
    failure = error;
  });
  const write = (chunk: string) =>
    new Promise<void>((ok, fail) => {
      if (failure) return fail(failure);
      if (stream.write(chunk)) return ok();
      const onDrain = () => {
        stream.off("close", onClose);
        ok();
      };
      const onClose = () => {
        stream.off("drain", onDrain);
        fail(failure ?? new Error("the output stream closed"));
      };
      stream.once("drain", onDrain).once("close", onClose);
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
    if (failure) throw failure;
    await rename(tmp, output);
    releaseTemp(tmp);
    return report;
  } catch (error) {
    if (!stream.closed) {
      const closed = new Promise<void>((ok) => stream.once("close", () => ok()));
      stream.destroy();
      await closed;
    }
    await rm(tmp, { force: true });
    releaseTemp(tmp);
    throw error;
  }
}
