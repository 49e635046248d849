// `ciudata portal serve` as users run it (the built bin, its own process): SIGTERM stops it gracefully —
// no new connection is taken, the request in flight is answered whole, the process exits 0 without a
// word on stderr, and the served folder is byte for byte what it was. `pnpm test` builds first; without
// dist this skips.
import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../packages/cli/dist/bin.js", import.meta.url));
if (!existsSync(bin)) console.warn(`[serve-signals] ${bin} not built: skipping`);

async function fingerprint(dir: string, prefix = ""): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) Object.assign(out, await fingerprint(path, `${prefix}${entry.name}/`));
    else
      out[`${prefix}${entry.name}`] = createHash("sha256")
        .update(await readFile(path))
        .digest("hex");
  }
  return out;
}

/** A chunked body, joined. */
function unchunk(text: string): string {
  const bytes = Buffer.from(text, "utf8");
  const parts: Buffer[] = [];
  for (let i = 0; ; ) {
    const eol = bytes.indexOf("\r\n", i);
    const size = Number.parseInt(bytes.subarray(i, eol).toString(), 16);
    if (eol < 0 || !(size > 0)) break;
    parts.push(bytes.subarray(eol + 2, eol + 2 + size));
    i = eol + 2 + size + 2;
  }
  return Buffer.concat(parts).toString("utf8");
}

/** Whether a new connection to the port is refused now. */
const refused = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(true));
  });

let dir = "";
let child: ChildProcess | undefined;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ciudata-serve-signals-"));
  const rows = Array.from({ length: 500 }, (_, i) => `${i + 1},${i % 2 ? "Web" : "Teléfono"}`);
  await writeFile(join(dir, "reclamos.csv"), `numero,canal\n${rows.join("\n")}\n`);
});
afterAll(async () => {
  child?.kill("SIGKILL");
  await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!existsSync(bin))("ciudata portal serve and SIGTERM", () => {
  it("finishes the request in flight, takes no new one, exits 0 and leaves the folder as it was", async () => {
    const proc = spawn(process.execPath, [bin, "portal", "serve", dir], {
      env: { PATH: process.env.PATH ?? "", LANG: "es_AR.UTF-8" },
    });
    child = proc;
    let out = "";
    let err = "";
    proc.stdout.on("data", (d) => {
      out += d;
    });
    proc.stderr.on("data", (d) => {
      err += d;
    });
    const exited = new Promise<number | null>((resolve) => proc.once("exit", (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      const look = () => {
        const m = /http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
        if (m) resolve(m[0]);
      };
      proc.stdout.on("data", look);
      proc.once("exit", () => reject(new Error(`exited before serving: ${err}`)));
    });
    const port = Number(new URL(url).port);
    const before = await fingerprint(dir);

    // A request whose headers arrived (the server said 100 Continue) and whose body has not.
    const body = JSON.stringify({ resource_id: "reclamos", filters: { canal: "Web" }, limit: 1000 });
    const socket = connect(port, "127.0.0.1");
    let answer = "";
    const continued = new Promise<void>((resolve) => {
      socket.on("data", (d) => {
        answer += d.toString();
        if (answer.includes("100 Continue")) resolve();
      });
    });
    const closed = new Promise<void>((resolve) => socket.on("close", () => resolve()));
    socket.write(
      `POST /api/3/action/datastore_search HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n`,
    );
    await continued;

    proc.kill("SIGTERM");
    // Once the signal is handled, new connections are refused…
    let gone = false;
    for (let i = 0; i < 2000 && !gone; i++) {
      gone = await refused(port);
      if (!gone) await new Promise((r) => setTimeout(r, 10));
    }
    expect(gone).toBe(true);
    // …and the request in flight still gets its whole answer.
    socket.write(body);
    await closed;
    const final = answer.slice(answer.indexOf("HTTP/1.1 200 OK"));
    expect(final).toMatch(/^HTTP\/1\.1 200 OK/);
    const head = final.slice(0, final.indexOf("\r\n\r\n"));
    const rest = final.slice(head.length + 4);
    const json = JSON.parse(/transfer-encoding: chunked/i.test(head) ? unchunk(rest) : rest);
    expect(json.result.total).toBe(250);
    expect(json.result.records).toHaveLength(250);

    expect(await exited).toBe(0);
    expect(err).toBe("");
    expect(await fingerprint(dir)).toEqual(before);
  }, 180_000);
});
