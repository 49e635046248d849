import { existsSync } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";
import { registry } from "./registry.test-helper";

async function folder(files: Record<string, string | Uint8Array>): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), "ciudata-clean-threads-"));
  for (const [name, data] of Object.entries(files)) await writeFile(join(d, name), data);
  return d;
}

/** `clean` with `--threads n`: exit code, report (JSON), output and log bytes. */
async function cleanWith(d: string, threads: number, log: "csv" | "json", extra: string[] = []) {
  const c = capture({ LANG: "en" });
  const out = join(d, `out-${threads}.csv`);
  const logPath = join(d, `log-${threads}.${log}`);
  const code = await run(
    [
      "clean",
      join(d, "in.csv"),
      "--out",
      out,
      "--log",
      logPath,
      "--threads",
      String(threads),
      "--json",
      ...extra,
    ],
    c.io,
  );
  const report = code === 0 ? JSON.parse(c.out()) : null;
  return {
    code,
    err: c.err(),
    report,
    out: existsSync(out) ? await readFile(out) : null,
    log: existsSync(logPath) ? await readFile(logPath) : null,
  };
}

const without = (report: Record<string, unknown>) => {
  const { out: _o, log: _l, threads: _t, ...rest } = report;
  return rest;
};

describe("ciudata clean in threads", { timeout: 180_000 }, () => {
  for (const [eol, log] of [
    ["\n", "csv"],
    ["\r\n", "json"],
  ] as const)
    it(`writes the same bytes, log and counts as one pass (${JSON.stringify(eol)}, ${log} log)`, async () => {
      const d = await folder({ "in.csv": registry(4000, eol) });
      const one = await cleanWith(d, 1, log, ["--steps", "all"]);
      const two = await cleanWith(d, 2, log, ["--steps", "all"]);
      expect(one.code).toBe(0);
      expect(two.err).toBe("");
      expect(two.code).toBe(0);
      // Really in threads: the worker script is built (pnpm build) and the file was cut in ranges.
      expect(two.report.threads).toBe(2);
      expect(one.report.threads).toBe(1);
      expect(two.out?.equals(one.out as Buffer)).toBe(true);
      expect(two.log?.equals(one.log as Buffer)).toBe(true);
      expect(without(two.report)).toEqual(without(one.report));
      // What the fixture holds was found: repeats across ranges, blank rows, values left as they were.
      expect(one.report.counts["duplicate-rows"]).toBeGreaterThan(10);
      expect(one.report.counts["blank-rows"]).toBeGreaterThan(30);
      expect(one.report.leftAsIs["iso-dates"]).toBeGreaterThan(10);
      expect(one.report.leftAsIs["decimal-comma"]).toBeGreaterThan(10);
      // Personal columns are masked in the log of either run: no DNI in clear.
      expect((two.log as Buffer).toString("utf8")).not.toMatch(/2000\d{4}/);
    });

  it("takes only some steps the same way (no repeats found, no log of them)", async () => {
    const d = await folder({ "in.csv": registry(3000, "\n") });
    const one = await cleanWith(d, 1, "csv", ["--steps", "trim,iso-dates"]);
    const two = await cleanWith(d, 3, "csv", ["--steps", "trim,iso-dates"]);
    expect(two.report.threads).toBeGreaterThanOrEqual(2);
    expect(two.out?.equals(one.out as Buffer)).toBe(true);
    expect(two.log?.equals(one.log as Buffer)).toBe(true);
    expect(without(two.report)).toEqual(without(one.report));
  });

  it("gives the same result on a file with invalid UTF-8 late in it", async () => {
    const text = registry(3000, "\n");
    // A lone continuation byte far from the start: whatever reads it, both runs agree.
    const at = text.lastIndexOf("Sur");
    const bytes = Buffer.concat([
      Buffer.from(text.slice(0, at), "utf8"),
      Buffer.from([0x80]),
      Buffer.from(text.slice(at), "utf8"),
    ]);
    const d = await folder({ "in.csv": bytes });
    const one = await cleanWith(d, 1, "csv", ["--steps", "all"]);
    const two = await cleanWith(d, 2, "csv", ["--steps", "all"]);
    expect(two.code).toBe(one.code);
    expect(two.err).toBe(one.err);
    expect(two.out).toEqual(one.out);
    expect(two.log).toEqual(one.log);
  });

  it("cleans in one pass, with the same result, when a cut falls inside a quoted cell", async () => {
    const lines = registry(3000, "\n").split("\n");
    // One cell of thousands of lines in the middle of the file: a range would start inside it.
    lines[1500] = `1500;20001500;Ana;F;01/01/2020;1,5;"${"línea\n".repeat(4000)}"`;
    const d = await folder({ "in.csv": lines.join("\n") });
    const one = await cleanWith(d, 1, "csv", ["--steps", "all"]);
    const two = await cleanWith(d, 2, "csv", ["--steps", "all"]);
    expect(one.code).toBe(0);
    expect(two.report.threads).toBe(1);
    expect(two.out?.equals(one.out as Buffer)).toBe(true);
    expect(two.log?.equals(one.log as Buffer)).toBe(true);
    expect(without(two.report)).toEqual(without(one.report));
  });

  it("refuses a --threads that is not a whole number, with a located message, nothing written", async () => {
    const d = await folder({ "in.csv": registry(10, "\n") });
    const r = await cleanWith(d, 0, "csv", ["--steps", "trim"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--threads «0»");
    expect(r.out).toBeNull();
    expect(r.log).toBeNull();
  });
});
