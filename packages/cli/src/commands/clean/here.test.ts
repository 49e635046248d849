import { existsSync } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";
import { registry } from "./registry.test-helper";

// A local file is cleaned from its byte ranges (the range reader); a URL through the stream reader.
// Both must write the same bytes, log and counts: the URL is the reference.
let server: Server;
let base = "";
const served = new Map<string, string | Buffer>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const body = served.get(req.url ?? "");
    if (body === undefined) res.writeHead(404).end();
    else res.writeHead(200, { "content-type": "text/csv" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function cleanOf(input: string, d: string, name: string, flags: string[]) {
  const c = capture({ LANG: "en" });
  const out = join(d, `${name}.csv`);
  const log = join(d, `${name}-log.${flags.includes("json") ? "json" : "csv"}`);
  const code = await run(
    ["clean", input, "--out", out, "--log", log, "--json", ...flags.filter((f) => f !== "json")],
    c.io,
  );
  const report = code === 0 ? JSON.parse(c.out()) : null;
  return {
    code,
    err: c.err(),
    report: report && { ...report, out: null, log: null },
    out: existsSync(out) ? await readFile(out) : null,
    log: existsSync(log) ? await readFile(log) : null,
  };
}

describe("ciudata clean of a local file (byte ranges, this thread)", { timeout: 120_000 }, () => {
  const cases: [string, string | Buffer, string[]][] = [
    ["LF, every step, CSV log", registry(3000, "\n"), ["--steps", "all"]],
    ["CRLF, every step, JSON log", registry(3000, "\r\n"), ["--steps", "all", "json"]],
    ["some steps", registry(2000, "\n"), ["--steps", "trim,iso-dates,duplicate-rows"]],
    [
      "windows-1252 bytes",
      Buffer.from(registry(1500, "\n").replace(/[\u0100-\uffff]/g, "?"), "latin1"),
      ["--steps", "all", "--encoding", "windows-1252"],
    ],
  ];
  for (const [name, body, flags] of cases)
    it(`writes the same bytes, log and counts as the stream reader (${name})`, async () => {
      const d = await mkdtemp(join(tmpdir(), "ciudata-clean-here-"));
      await writeFile(join(d, "in.csv"), body);
      const path = `/${name.replace(/\W+/g, "-")}.csv`;
      served.set(path, body);
      const local = await cleanOf(join(d, "in.csv"), d, "local", flags);
      const remote = await cleanOf(`${base}${path}`, d, "remote", flags);
      expect(local.err).toBe("");
      expect(remote.err).toBe("");
      expect(local.code).toBe(0);
      expect(remote.code).toBe(0);
      expect(local.out?.equals(remote.out as Buffer)).toBe(true);
      expect(local.log?.equals(remote.log as Buffer)).toBe(true);
      expect(local.report).toEqual(remote.report);
      // The fixture's rows were really rewritten and dropped.
      expect(local.report.rowsOut).toBeLessThan(local.report.rowsIn);
      expect(local.report.counts["iso-dates"]).toBeGreaterThan(100);
    });
});
