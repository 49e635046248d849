import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain JavaScript example, typed by its JSDoc
import { startServer } from "../../examples/suggestion-box/server.mjs";
import { disaggregationChecks, MAX_CROSS_CELL_GROUPS } from "../../packages/disaggregation/src/index";
import { redactText } from "../../packages/privacy/src/index";
import { OBFUSCATED_VARIANTS } from "../../packages/privacy/src/text/variants";
import { validateTable } from "../../packages/table/src/index";

// Issue #14, items 6 and 9: the suggestion box's server, started here on 127.0.0.1 port 0 with its data
// file in a temporary folder, fed personal data written to slip past the filter and malformed bodies.
// Item 3 (the part about `disaggregation check`): a registry with more groups than the cross-cell check
// follows, and a huge cell in a dimension column.

let work = "";
let dataFile = "";
let box: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "ciudata-hostile-box-"));
  dataFile = join(work, "sugerencias.jsonl");
  box = await startServer({ port: 0, dataFile, distDir: join(work, "no-page") });
});

afterAll(async () => {
  await box?.close();
  rmSync(work, { recursive: true, force: true });
});

const stored = () => (existsSync(dataFile) ? readFileSync(dataFile, "utf8") : "");

async function post(body: string, query = "", headers: Record<string, string> = {}) {
  const response = await fetch(`${box.url}/api/sugerencias${query}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
  const text = await response.text();
  return {
    status: response.status,
    text,
    json: JSON.parse(text) as { ok: boolean; error?: { code: string; message: string } },
  };
}

/** Sends a request by hand on a socket and returns what the server answered, and how much was sent. */
function rawRequest(head: string, bodyChunk: Buffer, chunks: number, chunked: boolean) {
  return new Promise<{ answer: string; sent: number }>((done, fail) => {
    const socket = connect(Number(new URL(box.url).port), "127.0.0.1");
    let answer = "";
    let sent = 0;
    let i = 0;
    let closed = false;
    const finish = () => {
      if (closed) return;
      closed = true;
      socket.destroy();
      done({ answer, sent });
    };
    const pump = () => {
      while (!closed && i < chunks) {
        i++;
        const piece = chunked
          ? Buffer.concat([
              Buffer.from(`${bodyChunk.length.toString(16)}\r\n`),
              bodyChunk,
              Buffer.from("\r\n"),
            ])
          : bodyChunk;
        sent += bodyChunk.length;
        if (!socket.write(piece)) return void socket.once("drain", pump);
      }
    };
    socket.on("data", (d) => {
      answer += d.toString("utf8");
      if (answer.includes("\r\n\r\n") && answer.includes("}")) finish();
    });
    socket.on("error", (e: NodeJS.ErrnoException) =>
      e.code === "ECONNRESET" || e.code === "EPIPE" ? finish() : fail(e),
    );
    socket.on("close", finish);
    socket.write(head);
    pump();
  });
}

describe("suggestion box under hostile input (issue #14)", () => {
  it("6. the suggestion box refuses personal data written with fullwidth digits, zero-width characters, [at], (at), ＠…", async () => {
    expect(OBFUSCATED_VARIANTS.length).toBeGreaterThanOrEqual(19);
    const before = stored();
    for (const [what, message] of OBFUSCATED_VARIANTS) {
      const { status, json, text } = await post(JSON.stringify({ message, barrio: "" }));
      expect(status, what).toBe(422);
      expect(json.error?.code, what).toBe("personal-data");
      expect(text, what).not.toContain("gmail");
    }
    expect(stored()).toBe(before);
    // What the page sends (the redacted text) is accepted and stored without the hidden value.
    for (const [what, message] of OBFUSCATED_VARIANTS) {
      const redacted = redactText(message).text;
      const { status } = await post(JSON.stringify({ message: redacted, barrio: "" }));
      expect(status, `${what}: ${redacted}`).toBe(201);
    }
    const lines = stored().trim().split("\n");
    expect(lines).toHaveLength(OBFUSCATED_VARIANTS.length);
    for (const line of lines) {
      const { message } = JSON.parse(line) as { message: string };
      expect(message.normalize("NFKC")).not.toMatch(/\d{3}|gmail|garcia/);
    }
  }, 60_000);

  it("9. the suggestion box answers odd or malformed JSON with 400 and a short localised message, never a stack", async () => {
    const before = stored();
    const bodies = [
      '{"lang":{"toString":1}}',
      '{"message":"Hola","lang":{"toString":1}}',
      '{"message":{"toString":1}}',
      '{"message":5}',
      '{"message":"Hola","barrio":["a"]}',
      '{"message":"Hola","lang":"xx"}',
      "[]",
      '"hola"',
      "null",
      "{",
      '{"message":"\\ud800"',
      "[".repeat(10_000),
    ];
    for (const body of bodies) {
      const { status, json, text } = await post(body);
      expect(status, body.slice(0, 40)).toBe(400);
      expect(json.ok).toBe(false);
      expect(json.error?.message.length).toBeLessThan(120);
      expect(text).not.toMatch(/TypeError|SyntaxError|\n\s+at |server\.mjs/);
    }
    const es = await post('{"lang":{"toString":1}}');
    expect(es.json.error?.message).toBe("El campo «lang» tiene que ser un texto.");
    const en = await post('{"message":5}', "?lang=en");
    expect(en.json.error?.message).toBe("The field “message” must be a text.");
    const pt = await post('{"message":"Oi","lang":"xx"}', "?lang=pt");
    expect(pt.json.error?.message).toBe("O idioma «lang» deve ser es, en ou pt.");
    expect(stored()).toBe(before);
  });

  it("9. the suggestion box answers 413 to a declared 500 MB body without reading it", async () => {
    const head =
      "POST /api/sugerencias HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
      `Content-Length: ${500 * 1024 * 1024}\r\n\r\n`;
    // Sends at most 64 MiB; the server answers (and hangs up) long before.
    const { answer, sent } = await rawRequest(head, Buffer.alloc(1024 * 1024, 0x61), 64, false);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toContain("La sugerencia es demasiado grande");
    expect(sent).toBeLessThan(64 * 1024 * 1024);
  }, 60_000);

  it("9. the suggestion box stops reading an undeclared (chunked) body at the limit and answers 413", async () => {
    const head =
      "POST /api/sugerencias?lang=en HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
      "Transfer-Encoding: chunked\r\n\r\n";
    const { answer, sent } = await rawRequest(head, Buffer.alloc(64 * 1024, 0x61), 1024, true);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toContain("The suggestion is too large");
    expect(sent).toBeLessThan(1024 * 64 * 1024);
  }, 60_000);
});

describe("disaggregation check at scale (issue #14, item 3)", () => {
  it("3. disaggregation check on a registry keyed by an identifier follows a bounded number of groups and stays linear", async () => {
    // One group per row (the `id` column is a key): the old check compared every combination with every
    // group at the end (quadratic) and kept a Set per group; now the groups it follows are capped.
    const rows = MAX_CROSS_CELL_GROUPS + 5000;
    const sexes = ["Mujer", "Varón", "X", "F", "M"];
    const places = ["Capital", "Godoy Cruz", "Guaymallén", "Las Heras", "Maipú", "Luján de Cuyo"];
    const lines = ["id,sexo,edad,departamento,valor"];
    for (let i = 0; i < rows; i++) lines.push(`${i},${sexes[i % 5]},${i % 97},${places[i % 6]},${i % 13}`);
    const report = await validateTable(`${lines.join("\n")}\n`, { checks: disaggregationChecks() });
    const types = report.tasks.flatMap((t) => t.errors).map((e) => e.type);
    expect(report.tasks[0]?.stats.rows).toBe(rows);
    expect(types).not.toContain("disaggregation/missing-cross-cell");
    // The per-row checks still ran on every row.
    expect(types).not.toContain("disaggregation/unmapped-value");
  }, 180_000);

  it("3. disaggregation check reads a 2 MB dimension cell once and reports it shortened", async () => {
    const huge = "1 ".repeat(1024 * 1024);
    const csv = `sexo,edad,barrio\nF,"${huge}",Centro\nM,7,Centro\n`;
    const report = await validateTable(csv, { checks: disaggregationChecks() });
    const errors = report.tasks.flatMap((t) => t.errors);
    const unmapped = errors.find((e) => e.type === "disaggregation/unmapped-value");
    expect(unmapped?.rowNumber).toBe(2);
    expect(unmapped?.fieldName).toBe("edad");
    expect(String(unmapped?.cell).length).toBeLessThan(400);
    expect(JSON.stringify(report).length).toBeLessThan(100_000);
  }, 180_000);
});
