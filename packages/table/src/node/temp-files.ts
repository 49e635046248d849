import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

// One registry of the temporary files this process is writing. They are removed when the process is
// interrupted (SIGINT, SIGTERM) or exits, and files left by processes that no longer exist (killed
// with SIGKILL, a power cut) are swept on the next write in the same folder.

const live = new Set<string>();
const SIGNALS = ["SIGINT", "SIGTERM"] as const;
type Signal = (typeof SIGNALS)[number];
let installed = false;
const swept = new Set<string>();

/** `.<name>.<pid>.<12 hex>.tmp|part`: the names {@link tempPath} gives; the PID says who owns the file. */
const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{12}\.(?:tmp|part)$/;

function removeAllSync(): void {
  for (const path of live) {
    try {
      rmSync(path, { force: true });
    } catch {
      // Nothing more can be done while the process goes down.
    }
  }
  live.clear();
}

function onSignal(signal: Signal): void {
  removeAllSync();
  uninstall();
  // Another listener (the host application) decides what the signal means; alone, we die of it as
  // the default handler would (exit status 130 for SIGINT, 143 for SIGTERM in a shell).
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

const handlers: Record<Signal, () => void> = {
  SIGINT: () => onSignal("SIGINT"),
  SIGTERM: () => onSignal("SIGTERM"),
};

function install(): void {
  if (installed) return;
  installed = true;
  for (const signal of SIGNALS) process.on(signal, handlers[signal]);
  process.on("exit", removeAllSync);
}

function uninstall(): void {
  if (!installed) return;
  installed = false;
  for (const signal of SIGNALS) process.off(signal, handlers[signal]);
  process.off("exit", removeAllSync);
}

/**
 * A temporary name beside `target` that says whose it is: `.<name>.<pid>.<random>.tmp` (or `.part`),
 * hidden, in the same folder (so a rename over the target is atomic), with this process's PID so a
 * later run can tell a leftover of a dead process from a file still being written.
 *
 * @example
 * ```ts
 * tempPath("salida/padron.csv"); // "salida/.padron.csv.4242.9f3a0c1b2d4e.tmp"
 * tempPath("mirror/data.csv", "part"); // "mirror/.data.csv.4242.0a1b2c3d4e5f.part"
 * ```
 */
export function tempPath(target: string, kind: "tmp" | "part" = "tmp"): string {
  return join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(6).toString("hex")}.${kind}`,
  );
}

/**
 * Records a temporary file this process is writing: if the process is interrupted (SIGINT, SIGTERM)
 * or exits before {@link releaseTemp}, the file is removed. The signal handlers are installed only
 * while some file is registered, once, and then re-raise the signal so the exit status stays 130/143.
 *
 * @example
 * ```ts
 * const tmp = tempPath(target, "part");
 * registerTemp(tmp);
 * try {
 *   await pipeline(body, createWriteStream(tmp));
 *   await rename(tmp, target);
 * } finally {
 *   releaseTemp(tmp);
 * }
 * ```
 */
export function registerTemp(path: string): void {
  live.add(resolve(path));
  install();
}

/**
 * Forgets a temporary file (renamed into place or removed by its writer). The signal handlers go
 * away with the last registered file, so nothing is left listening.
 *
 * @example
 * ```ts
 * registerTemp(tmp);
 * await rename(tmp, target);
 * releaseTemp(tmp);
 * ```
 */
export function releaseTemp(path: string): void {
  live.delete(resolve(path));
  if (live.size === 0) uninstall();
}

/** The temporary files this process has registered and not released (absolute paths). */
export function liveTemps(): string[] {
  return [...live];
}

/**
 * Whether the process with this id may still be running, so its temporary files must be left alone
 * (ids we cannot ask about, and our own, count as running).
 *
 * @example
 * ```ts
 * processAlive(process.pid); //=> true
 * ```
 */
export function processAlive(pid: number): boolean {
  // Not a PID we can ask about: leave the file alone.
  if (!Number.isSafeInteger(pid) || pid <= 0 || pid > 0x7fffffff || pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code !== "ESRCH";
  }
}

/**
 * Removes, from `dir`, the temporary files named by {@link tempPath} whose process no longer exists
 * (a run killed with SIGKILL, a crash, a power cut). Files of live processes are left alone. Each
 * folder is swept once per process; returns the paths removed.
 *
 * @example
 * ```ts
 * await sweepStaleTemps("salida"); // ["/abs/salida/.padron.csv.31337.9f3a0c1b2d4e.tmp"]
 * ```
 */
export async function sweepStaleTemps(dir: string, options: { force?: boolean } = {}): Promise<string[]> {
  const abs = resolve(dir);
  if (swept.has(abs) && options.force !== true) return [];
  swept.add(abs);
  let names: string[];
  try {
    names = await readdir(abs);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (m === null || processAlive(Number(m[1]))) continue;
    const path = join(abs, name);
    try {
      await rm(path, { force: true });
      removed.push(path);
    } catch {
      // Not ours to insist on (permissions): the next run tries again.
    }
  }
  return removed;
}
