// The safety of a served folder (issue #21): nothing outside the folder is reachable, SQL cannot write
// or read files, oversize and slow requests are refused, each client is limited, and after every attack
// the folder is byte for byte what it was and the server still answers.
import { createHash } from "node:crypto";
import { lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, symlink, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CiudataError } from "@ciudata/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findTables, parseServeConfig, type ServedFolder, serveFolder, type TableReview } from "./index";
import { openStore } from "./store";

const SECRET = "secreto-fuera-de-la-carpeta";

const review = async (t: { name: string }): Promise<TableReview> => ({
  score: 90,
  outcome: "pass",
  issues: 0,
  direct: t.name === "padron" ? ["dni"] : [],
  personal: [],
});

/** Every file under `dir` (links as their target, not followed) with its SHA-256. */
async function fingerprint(dir: string, prefix = ""): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) {
    const path = join(dir, name);
    const info = await lstat(path);
    const key = `${prefix}${name}`;
    if (info.isSymbolicLink()) out[key] = `-> ${await readlink(path)}`;
    else if (info.isDirectory()) Object.assign(out, await fingerprint(path, `${key}/`));
    else
      out[key] = createHash("sha256")
        .update(await readFile(path))
        .digest("hex");
  }
  return out;
}

interface Raw {
  status: number;
  head: string;
  body: string;
}

/** A chunked body, joined (sizes count bytes). */
function unchunk(text: string): string {
  const bytes = Buffer.from(text, "utf8");
  const parts: Buffer[] = [];
  let i = 0;
  for (;;) {
    const eol = bytes.indexOf("\r\n", i);
    const size = Number.parseInt(bytes.subarray(i, eol).toString(), 16);
    if (eol < 0 || !(size > 0)) break;
    parts.push(bytes.subarray(eol + 2, eol + 2 + size));
    i = eol + 2 + size + 2;
  }
  return Buffer.concat(parts).toString("utf8");
}

/** Sends `text` byte for byte on a new connection and reads the answer until the server closes it. */
function raw(port: number, text: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.write(text));
    let got = "";
    socket.setEncoding("utf8");
    socket.on("data", (d: string) => {
      got += d;
    });
    socket.on("error", reject);
    socket.on("close", () => {
      const at = got.indexOf("\r\n\r\n");
      const head = at < 0 ? got : got.slice(0, at);
      const rest = at < 0 ? "" : got.slice(at + 4);
      const body = /transfer-encoding: chunked/i.test(head) ? unchunk(rest) : rest;
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), head, body });
    });
  });
}

const get = (port: number, target: string) =>
  raw(port, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);

/** A GET from a chosen local address (127.0.0.x): another client for the rate limit. */
function getFrom(
  port: number,
  path: string,
  localAddress: string,
): Promise<{ status: number; retry: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port, path, localAddress, headers: { connection: "close" } },
      (res) => {
        res.resume();
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, retry: String(res.headers["retry-after"] ?? "") }),
        );
      },
    );
    req.on("error", reject);
    req.end();
  });
}

let dir = "";
let outside = "";
let served: ServedFolder;
let before: Record<string, string> = {};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ciudata-safety-"));
  outside = await mkdtemp(join(tmpdir(), "ciudata-safety-outside-"));
  await writeFile(join(outside, "secreto.csv"), `clave\n${SECRET}\n`);
  await writeFile(join(dir, "barrios.csv"), "id,nombre\n1,Centro\n2,Norte\n3,Sur\n");
  await writeFile(
    join(dir, "reclamos.csv"),
    `numero,canal\n${Array.from({ length: 50 }, (_, i) => `${i + 1},${i % 2 ? "Web" : "Teléfono"}`).join("\n")}\n`,
  );
  await writeFile(join(dir, "padron.csv"), "dni,edad\n20123456,34\n");
  await mkdir(join(dir, "sub"));
  // Links out of the folder: a file and a folder.
  await symlink(join(outside, "secreto.csv"), join(dir, "enlace.txt"));
  await symlink(outside, join(dir, "sub", "afuera"));
  served = await serveFolder(dir, {
    review,
    limits: { burst: 100_000, perSecond: 100_000, headersTimeoutMs: 300, requestTimeoutMs: 600 },
  });
  before = await fingerprint(dir);
});

afterAll(async () => {
  await served?.close();
  await rm(dir, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

/** The server still answers a normal request, and nothing in the folder changed. */
async function stillFine(): Promise<void> {
  const ok = await get(served.port, "/api/3/action/datastore_search?resource_id=barrios");
  expect(ok.status).toBe(200);
  expect(JSON.parse(ok.body).result.total).toBe(3);
  expect(await fingerprint(dir)).toEqual(before);
}

describe("a served folder: files outside it are never reachable", () => {
  it("refuses encoded, double-encoded, backslash, absolute and linked paths on every route", async () => {
    const targets = [
      "/files/../enlace.txt",
      "/files/../../../../etc/passwd",
      "/files/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
      "/files/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
      "/files/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
      "/files/%252e%252e%252f%252e%252e%252fetc%252fpasswd",
      "/files/..%5c..%5c..%5cetc%5cpasswd",
      "/files/..\\..\\..\\etc\\passwd",
      "/files//etc/passwd",
      "/files/%2fetc%2fpasswd",
      `/files/${encodeURIComponent(join(outside, "secreto.csv"))}`,
      "/files/C:%5cWindows%5cwin.ini",
      "/files/enlace.txt",
      "/files/sub/afuera/secreto.csv",
      "/files/sub%2fafuera%2fsecreto.csv",
      "/files/.ciudata/portal.duckdb",
      "/files/padron.csv",
      "/files/barrios.csv%00.txt",
      "/files/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
      "/files/%",
      "/datastore/dump/..%2f..%2fetc%2fpasswd",
      "/datastore/dump/%2e%2e",
      "/datastore/dump/enlace",
      "/datastore/dump/padron",
      "/../../../etc/passwd",
      "/%2e%2e/%2e%2e/etc/passwd",
      "/api/3/action/../../../../etc/passwd",
      "/api/3/action/datastore_search?resource_id=..%2f..%2fetc%2fpasswd",
      `/api/3/action/datastore_search?resource_id=${encodeURIComponent(join(outside, "secreto.csv"))}`,
      "http://127.0.0.1/../../etc/passwd",
      "file:///etc/passwd",
    ];
    for (const target of targets) {
      const r = await get(served.port, target);
      expect([target, [400, 403, 404].includes(r.status)]).toEqual([target, true]);
      expect([target, JSON.parse(r.body).success]).toEqual([target, false]);
      expect(r.body).not.toContain(SECRET);
      expect(r.body).not.toContain("root:");
      expect(r.body).not.toContain("20123456");
    }
    expect((await get(served.port, "/files/barrios.csv")).body).toBe("id,nombre\n1,Centro\n2,Norte\n3,Sur\n");
    await stillFine();
  });
});

describe("a served folder: a table linked from outside", () => {
  it("refuses to start on a table file that links out of the folder, naming it", async () => {
    const linked = await mkdtemp(join(tmpdir(), "ciudata-safety-linked-"));
    try {
      await writeFile(join(linked, "barrios.csv"), "id\n1\n");
      await symlink(join(outside, "secreto.csv"), join(linked, "enlace.csv"));
      const error = await serveFolder(linked, { review }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CiudataError);
      expect((error as CiudataError).errors[0]).toMatchObject({
        type: "unsafe-path",
        params: { path: "enlace.csv", reason: "outside-root" },
      });
      expect(await readdir(linked)).toEqual(["barrios.csv", "enlace.csv"]);
    } finally {
      await rm(linked, { recursive: true, force: true });
    }
  });
});

describe("a served folder: datastore_search_sql only reads the served tables", () => {
  const sql = async (text: string) => {
    const r = await get(served.port, `/api/3/action/datastore_search_sql?sql=${encodeURIComponent(text)}`);
    return { status: r.status, json: JSON.parse(r.body) };
  };
  const inside = (name: string) => join(dir, name).replace(/'/g, "''");

  it("refuses, with 403, SQL that writes, reads files, changes settings or hides a keyword", async () => {
    const refused = [
      `COPY reclamos TO '${inside("x.csv")}'`,
      `COPY (SELECT 1) TO '${inside("x.csv")}'`,
      `EXPORT DATABASE '${inside("x")}'`,
      `ATTACH '${inside("x.db")}' AS x`,
      "ATTACH ':memory:' AS m",
      "DETACH portal",
      "SELECT * FROM read_csv('/etc/passwd')",
      "SELECT * FROM read_csv_auto('/etc/passwd')",
      "SELECT * FROM read_text('/etc/passwd')",
      "SELECT * FROM read_blob('/etc/passwd')",
      "SELECT * FROM read_json('/etc/passwd')",
      "SELECT * FROM read_parquet('/etc/passwd')",
      "SELECT content FROM READ_TEXT ('/etc/passwd')",
      "SELECT * FROM \"read_csv\"('/etc/passwd')",
      "SELECT * FROM read_csv/**/('/etc/passwd')",
      "SELECT (SELECT content FROM read_text('/etc/passwd')) AS x",
      "SELECT * FROM reclamos, read_csv('/etc/passwd')",
      "SELECT * FROM reclamos JOIN '/etc/passwd' ON true",
      "SELECT * FROM '/etc/passwd'",
      `SELECT * FROM '${inside("barrios.csv")}'`,
      'SELECT * FROM "/etc/passwd"',
      "SELECT * FROM barrios.csv",
      "SELECT * FROM (FROM '/etc/passwd')",
      "SELECT 1 UNION ALL FROM '/etc/passwd'",
      "SELECT pg_read_file('/etc/passwd')",
      "SELECT pg_read_binary_file('/etc/passwd')",
      "SELECT getenv('HOME')",
      "SELECT current_setting('threads')",
      "SELECT * FROM duckdb_settings()",
      "SELECT * FROM duckdb_tables()",
      "SELECT * FROM pragma_table_info('barrios')",
      "SELECT * FROM glob('/*')",
      "SELECT * FROM query('SELECT 1')",
      "SELECT * FROM query_table('padron')",
      "SELECT * FROM sniff_csv('/etc/passwd')",
      "INSTALL httpfs",
      "LOAD httpfs",
      "FORCE INSTALL httpfs",
      "PRAGMA database_list",
      "PRAGMA enable_profiling",
      "SET enable_external_access = true",
      "SET threads = 1",
      "RESET threads",
      "CALL pragma_version()",
      "CHECKPOINT",
      "CREATE TABLE x AS SELECT 1",
      "DROP TABLE reclamos",
      "DELETE FROM reclamos",
      "UPDATE reclamos SET canal = 'x'",
      "INSERT INTO reclamos VALUES (1, 'x')",
      "SUMMARIZE reclamos",
      "DESCRIBE reclamos",
      "EXPLAIN SELECT 1",
      "SELECT 1; DROP TABLE reclamos",
      "SELECT 1;\nCOPY reclamos TO '/tmp/x.csv'",
      "SELECT 1; SELECT 2",
      "SELECT * FROM reclamos /* ; */; COPY reclamos TO '/tmp/x.csv'",
      "/* SELECT */ COPY reclamos TO '/tmp/x.csv'",
      "-- SELECT\nCOPY reclamos TO '/tmp/x.csv'",
      "SEL/**/ECT 1",
      "SELECT 1 /* unclosed",
      "SELECT 'unclosed",
      "SELECT $$x$$",
      "SELECT $a$ ; COPY reclamos TO '/tmp/x.csv' $a$",
      // An escape string (E'…', backslash escapes): the quote after the backslash does not end it,
      // so what looks like the rest of a string to a naive reader is code to the database.
      "SELECT E'\\'', 1 FROM read_csv('/etc/passwd') --'",
      "SELECT e'\\'' AS a, content FROM read_text('/etc/passwd') --'",
      "WITH x AS (SELECT 1) COPY reclamos TO '/tmp/x.csv'",
      "WITH x AS (SELECT * FROM read_csv('/etc/passwd')) SELECT * FROM x",
      "SELECT * FROM padron",
      "SELECT * FROM _ciudata_meta",
      "SELECT * FROM main.reclamos",
      "SELECT * FROM information_schema.tables",
      "SELECT * FROM sqlite_master",
      "SELECT * FROM duckdb_databases",
      "SELECT * FROM reclamos__raw",
      "",
      ";",
    ];
    for (const text of refused) {
      const r = await sql(text);
      expect([text, r.status, r.json.success, r.json.error?.__type]).toEqual([
        text,
        403,
        false,
        "Authorization Error",
      ]);
      expect(JSON.stringify(r.json)).not.toContain("root:");
      expect(JSON.stringify(r.json)).not.toContain("20123456");
    }
    await stillFine();
  });

  it("still answers read-only SELECTs, with strings and comments that only look dangerous", async () => {
    const ok = [
      ["SELECT count(*) AS n FROM reclamos WHERE canal = 'COPY; ATTACH'", [{ n: 0 }]],
      ["SELECT count(*) AS n FROM reclamos -- COPY reclamos TO '/tmp/x'", [{ n: 50 }]],
      ['/* un comentario */ SELECT count(*) AS n FROM "reclamos";', [{ n: 50 }]],
      ["WITH w AS (SELECT * FROM reclamos WHERE canal = 'Web') SELECT count(*) AS n FROM w", [{ n: 25 }]],
      ["SELECT count(*) AS n FROM reclamos r JOIN barrios b ON r.numero = b.id", [{ n: 3 }]],
    ] as const;
    for (const [text, records] of ok) {
      const r = await sql(text);
      expect([text, r.status, r.json.result?.records]).toEqual([text, 200, records]);
    }
  });

  it("keeps the database locked even for a statement the checker would let through", async () => {
    // The second wall: the database itself is read-only, without file access and with its settings locked.
    const locked = await mkdtemp(join(tmpdir(), "ciudata-safety-locked-"));
    try {
      await writeFile(join(locked, "barrios.csv"), "id,nombre\n1,Centro\n");
      const found = await findTables(locked);
      const plans = found.tables.map((table) => ({
        table,
        mask: new Set<string>(),
        drop: new Set<string>(),
      }));
      const store = await openStore(found.root, plans);
      const built = await fingerprint(locked);
      const target = (name: string) => join(locked, name).replace(/'/g, "''");
      try {
        for (const text of [
          "SELECT * FROM read_csv('/etc/passwd')",
          "SELECT content FROM read_text('/etc/passwd')",
          `COPY barrios TO '${target("y.csv")}'`,
          `ATTACH '${target("y.db")}' AS y`,
          "SET enable_external_access = true",
          "INSTALL httpfs",
          "LOAD httpfs",
          "CREATE TABLE z AS SELECT 1",
          "DELETE FROM barrios",
        ])
          await expect(store.query(text), text).rejects.toThrow();
        expect((await store.query("SELECT count(*) AS n FROM barrios")).rows).toEqual([{ n: 1 }]);
      } finally {
        await store.close();
      }
      expect(await fingerprint(locked)).toEqual(built);
    } finally {
      await rm(locked, { recursive: true, force: true });
    }
  });
});

describe("a served folder: oversize and slow requests", () => {
  it("refuses oversize bodies (declared or streamed), long addresses and large headers", async () => {
    const port = served.port;
    const declared = await raw(
      port,
      `POST /api/3/action/datastore_search HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 50000000\r\n\r\n{`,
    );
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body).error.__type).toBe("Validation Error");
    // Chunked, no length: counted as it arrives and cut past the limit.
    const chunk = "x".repeat(64 * 1024);
    const chunks = Array.from({ length: 20 }, () => `${chunk.length.toString(16)}\r\n${chunk}\r\n`).join("");
    const streamed = await raw(
      port,
      `POST /api/3/action/datastore_search HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nTransfer-Encoding: chunked\r\n\r\n${chunks}0\r\n\r\n`,
    );
    expect(streamed.status).toBe(413);
    const longUrl = await get(
      port,
      `/api/3/action/datastore_search?resource_id=barrios&q=${"x".repeat(9000)}`,
    );
    expect(longUrl.status).toBe(414);
    const bigHeaders = await raw(
      port,
      `GET /api/3/action/status_show HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Big: ${"y".repeat(40_000)}\r\nConnection: close\r\n\r\n`,
    );
    expect(bigHeaders.status).toBe(431);
    const notJson = await raw(
      port,
      `POST /api/3/action/datastore_search HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: 3\r\nConnection: close\r\n\r\n[1]`,
    );
    expect(notJson.status).toBe(400);
    const deep = "[".repeat(200_000);
    const nested = await raw(
      port,
      `POST /api/3/action/datastore_search HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: ${deep.length}\r\nConnection: close\r\n\r\n${deep}`,
    );
    expect(nested.status).toBe(400);
    await stillFine();
  });

  it("times out headers dribbled byte by byte (slowloris) with 408 and closes the socket", async () => {
    const port = served.port;
    const text = `GET /api/3/action/status_show HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Slow: ${"a".repeat(100_000)}`;
    const result = await new Promise<{ sent: number; got: string }>((resolve) => {
      const socket = connect(port, "127.0.0.1");
      let sent = 0;
      let got = "";
      const drip = setInterval(() => {
        if (!socket.destroyed && sent < text.length) socket.write(text[sent++] as string);
      }, 5);
      socket.on("error", () => {});
      socket.on("data", (d) => {
        got += d.toString();
      });
      socket.on("close", () => {
        clearInterval(drip);
        resolve({ sent, got });
      });
    });
    expect(result.got).toMatch(/^HTTP\/1\.1 408/);
    // Closed long before the headers could have finished.
    expect(result.sent).toBeLessThan(text.length);
    await stillFine();
  });

  it("times out a body dribbled byte by byte with 408", async () => {
    const port = served.port;
    const result = await new Promise<string>((resolve) => {
      const socket = connect(port, "127.0.0.1", () =>
        socket.write(
          `POST /api/3/action/datastore_search HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: 100000\r\n\r\n`,
        ),
      );
      let got = "";
      const drip = setInterval(() => {
        if (!socket.destroyed) socket.write(" ");
      }, 5);
      socket.on("error", () => {});
      socket.on("data", (d) => {
        got += d.toString();
      });
      socket.on("close", () => {
        clearInterval(drip);
        resolve(got);
      });
    });
    expect(result).toMatch(/^HTTP\/1\.1 408/);
    await stillFine();
  });

  it("closes many idle connections with 408 and answers others meanwhile", async () => {
    const port = served.port;
    const idle = Array.from(
      { length: 200 },
      () =>
        new Promise<string>((resolve) => {
          const socket = connect(port, "127.0.0.1");
          let got = "";
          socket.on("error", () => {});
          socket.on("data", (d) => {
            got += d.toString();
          });
          socket.on("close", () => resolve(got));
        }),
    );
    const meanwhile = await get(port, "/api/3/action/datastore_search?resource_id=barrios&limit=1");
    expect(meanwhile.status).toBe(200);
    const answers = await Promise.all(idle);
    expect(answers.filter((a) => /^HTTP\/1\.1 408/.test(a))).toHaveLength(200);
    await stillFine();
  });
});

describe("a served folder: per-client rate limit", () => {
  it("answers 429 with Retry-After to the client over its limit, and still serves another client", async () => {
    const limited = await serveFolder(dir, { review, limits: { burst: 3, perSecond: 0.001 } });
    try {
      const path = "/api/3/action/status_show";
      const first = [];
      for (let i = 0; i < 3; i++) first.push((await getFrom(limited.port, path, "127.0.0.1")).status);
      expect(first).toEqual([200, 200, 200]);
      const over = await getFrom(limited.port, path, "127.0.0.1");
      expect(over.status).toBe(429);
      expect(Number(over.retry)).toBeGreaterThan(0);
      // Another address on the loopback network is another client, with its own allowance.
      expect((await getFrom(limited.port, path, "127.0.0.2")).status).toBe(200);
    } finally {
      await limited.close();
    }
    await stillFine();
  });
});

describe("a served folder: limits from ciudata-serve.json", () => {
  it("takes the limits the folder's configuration sets, and names a wrong one", async () => {
    const own = await mkdtemp(join(tmpdir(), "ciudata-safety-limits-"));
    try {
      await writeFile(join(own, "barrios.csv"), "id,nombre\n1,Centro\n");
      await writeFile(
        join(own, "ciudata-serve.json"),
        JSON.stringify({ limits: { maxBodyBytes: 2048, maxUrlBytes: 512, headersTimeoutMs: 60_000 } }),
      );
      const s = await serveFolder(own, { review });
      try {
        const big = await fetch(`${s.url}/api/3/action/datastore_search`, {
          method: "POST",
          headers: { "accept-language": "en" },
          body: JSON.stringify({ resource_id: "barrios", q: "x".repeat(3000) }),
        });
        expect(big.status).toBe(413);
        expect(((await big.json()) as { error: { message: string } }).error.message).toBe(
          "body too large: at most 2,048 bytes",
        );
        expect((await fetch(`${s.url}/api/3/action/package_list?q=${"x".repeat(600)}`)).status).toBe(414);
        expect((await fetch(`${s.url}/api/3/action/package_list?q=${"x".repeat(400)}`)).status).toBe(200);
      } finally {
        await s.close();
      }
      const wrong = (limits: unknown) => {
        try {
          parseServeConfig(JSON.stringify({ limits }));
          return null;
        } catch (error) {
          return (error as CiudataError).errors[0]?.params.path;
        }
      };
      expect(wrong({ burst: 0 })).toBe("/limits/burst");
      expect(wrong({ maxBytes: 10 })).toBe("/limits");
    } finally {
      await rm(own, { recursive: true, force: true });
    }
  });
});
