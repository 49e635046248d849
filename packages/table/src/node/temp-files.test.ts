import { spawnSync } from "node:child_process";
import { mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { liveTemps, registerTemp, releaseTemp, sweepStaleTemps, tempPath } from "./temp-files";

/** A PID that existed and is gone: a child that already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
  return Number(String(child.stdout));
}

describe("temp files", () => {
  it("names temporary files after the target and this process, hidden, in the same folder", () => {
    const path = tempPath(join("salida", "padron.csv"));
    expect(path.startsWith(join("salida", "."))).toBe(true);
    expect(basename(path)).toMatch(new RegExp(`^\\.padron\\.csv\\.${process.pid}\\.[0-9a-f]{12}\\.tmp$`));
    expect(tempPath("x.csv", "part")).toMatch(/\.part$/);
  });

  it("installs signal handlers only while a file is registered, once", () => {
    const before = process.listenerCount("SIGTERM");
    registerTemp("a.tmp");
    registerTemp("b.tmp");
    expect(process.listenerCount("SIGTERM")).toBe(before + 1);
    expect(process.listenerCount("SIGINT")).toBeGreaterThan(0);
    expect(liveTemps()).toHaveLength(2);
    releaseTemp("a.tmp");
    releaseTemp("b.tmp");
    expect(process.listenerCount("SIGTERM")).toBe(before);
    expect(liveTemps()).toEqual([]);
  });

  it("sweeps only leftovers of dead processes, once per folder unless forced", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ciudata-temps-"));
    const dead = `.a.csv.${deadPid()}.0123456789ab.tmp`;
    const deadPart = `.b.csv.${deadPid()}.0123456789ab.part`;
    const mine = `.c.csv.${process.pid}.0123456789ab.tmp`;
    const other = ".d.csv.tmp";
    for (const name of [dead, deadPart, mine, other]) await writeFile(join(dir, name), "x");
    expect((await sweepStaleTemps(dir)).map((p) => basename(p)).sort()).toEqual([dead, deadPart].sort());
    expect((await readdir(dir)).sort()).toEqual([mine, other].sort());
    await writeFile(join(dir, dead), "x");
    expect(await sweepStaleTemps(dir)).toEqual([]);
    expect(await sweepStaleTemps(dir, { force: true })).toHaveLength(1);
    expect(await sweepStaleTemps(join(dir, "no-such-folder"))).toEqual([]);
  });
});
