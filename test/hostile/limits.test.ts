// Issue #14, the reader side (items 3, 4 and 5): bounded reading in @ciudata/table, seen from the
// library entries and from the `ciudata` command. Fixtures are generated here, in a temp folder.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CiudataError } from "../../packages/core/src/index";
import { scanTable, streamRows } from "../../packages/privacy/src/index";
import { parseProfile } from "../../packages/quality/src/index";
import {
  DEFAULT_LIMITS,
  decodeSource,
  inferSchema,
  inspectTable,
  openSource,
  parseJsonDocument,
  parseTableSchema,
  readTable,
  renderMessage,
  sniffDialect,
  type TableError,
  validateTable,
} from "../../packages/table/src/index";
import { runCli } from "../support/cli";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ciudata-limits-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const cli = (...argv: string[]) => runCli(argv, { lang: "en" });

function allErrors(report: { errors: TableError[]; tasks: { errors: TableError[] }[] }): TableError[] {
  return [...report.errors, ...report.tasks.flatMap((t) => t.errors)];
}

async function refusal(fn: () => Promise<unknown>): Promise<TableError> {
  try {
    await fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CiudataError);
    return (error as CiudataError).errors[0];
  }
  throw new Error("expected a CiudataError");
}

const deep = (n: number) => `{"fields":${"[".repeat(n)}${"]".repeat(n)}}`;
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0]);

describe("hostile input: bounded reading (issue #14 items 3, 4, 5)", () => {
  it("3. repeated header names are de-duplicated in linear time, with the same names as before", () => {
    // Quadratic before: 200,000 repeats would take hours. Names keep the first free `_k` suffix.
    const { schema } = inferSchema({ labels: Array(200_000).fill("a"), rows: [] });
    expect(schema.fields).toHaveLength(200_000);
    expect(schema.fields[1]?.name).toBe("a_2");
    expect(schema.fields[199_999]?.name).toBe("a_200000");
    expect(new Set(schema.fields.map((f) => f.name)).size).toBe(200_000);
    const names = inferSchema({ labels: ["a", "a_2", "a", "a", " a ", ""], rows: [] }).schema.fields;
    expect(names.map((f) => f.name)).toEqual(["a", "a_2", "a_3", "a_4", "a_5", "field6"]);
  }, 60_000);

  it("3. a 1 MB line of a,a,… and a 150,000-column header are refused with the column limit by validate, inspect and schema infer", async () => {
    const line = file("a-line.csv", `${Array(500_000).fill("a").join(",")}\n`);
    const wide = file("wide.csv", `${Array.from({ length: 150_000 }, (_, i) => `c${i}`).join(",")}\n1,2,3\n`);
    for (const path of [line, wide]) {
      for (const argv of [
        ["validate", path],
        ["inspect", path],
        ["schema", "infer", path],
      ]) {
        const r = await cli(...argv);
        expect(r.code, argv.join(" ")).toBe(2);
        expect(r.out + r.err).toMatch(/Row 1: the row has [\d,]+ columns and the limit is 20,000/);
        expect(r.out + r.err).toContain("limits.maxColumns");
      }
    }
    // The limit is an option: raised, the same line reads.
    const info = await inspectTable(await openSource(`${Array(30_000).fill("a").join(",")}\n`), {
      limits: { maxColumns: 50_000 },
    });
    expect(info.columns).toBe(30_000);
    expect(allErrors(info.report).filter((e) => e.type === "limit-error")).toEqual([]);
  }, 60_000);

  describe("3. downloads", () => {
    let server: Server;
    let base: string;
    beforeAll(async () => {
      server = createServer((req, res) => {
        if (req.url === "/big.csv") {
          res.writeHead(200, { "content-type": "text/csv", "content-length": String(5 * 1024 * 1024) });
          res.end("id\n");
          return;
        }
        // An endless CSV: rows for as long as the client reads.
        res.writeHead(200, { "content-type": "text/csv" });
        res.write("id,nombre\n");
        let i = 0;
        const more = () => {
          while (!res.destroyed && res.write(`${i++},fila ${i}\n`.repeat(100)));
          if (!res.destroyed) res.once("drain", more);
        };
        res.on("close", () => res.removeAllListeners("drain"));
        more();
      });
      await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      server.closeAllConnections();
      await new Promise((ok) => server.close(ok));
    });

    it("3. validate <url> on an endless remote CSV stops at the download cap with a limit-error", async () => {
      expect(DEFAULT_LIMITS.maxDownloadBytes).toBe(1024 * 1024 * 1024);
      const report = await validateTable(new URL(`${base}/endless.csv`), {
        limits: { maxDownloadBytes: 2 * 1024 * 1024 },
        lang: "en",
      });
      expect(report.valid).toBe(false);
      const error = allErrors(report).find((e) => e.type === "limit-error");
      expect(error?.params).toMatchObject({ limit: "maxDownloadBytes", value: 2 * 1024 * 1024 });
      expect(error?.message).toContain("limits.maxDownloadBytes");
      // A Content-Length over the cap is refused before reading.
      const big = await refusal(() => openSource(new URL(`${base}/big.csv`), { maxBytes: 1024 * 1024 }));
      expect(big.params).toMatchObject({ limit: "maxDownloadBytes", found: 5 * 1024 * 1024 });
    }, 60_000);
  });

  it("4. a schema, package or profile nested 200,000 deep is a located limit-error, not a stack overflow", async () => {
    const text = deep(200_000);
    const parsed = parseTableSchema(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0]?.params).toMatchObject({ limit: "maxJsonDepth", value: 64 });
    expect(parseTableSchema(JSON.parse(text)).ok).toBe(false);
    const thrown = await refusal(async () => parseJsonDocument(text, { source: "esquema.json" }));
    expect(renderMessage(thrown, "es")).toContain("limits.maxJsonDepth");
    expect(parseProfile(text).ok).toBe(false);
    expect(parseProfile(JSON.parse(`{"checks":${text}}`)).ok).toBe(false);
    const report = await validateTable("id\n1\n", {
      schema: JSON.parse(text),
      dialect: JSON.parse(deep(100_000)),
    });
    expect(allErrors(report).some((e) => e.type === "limit-error")).toBe(true);
    // Through the command: exit 2 with the message, no "failed unexpectedly".
    const csv = file("t.csv", "id\n1\n");
    const r = await cli("validate", csv, "--schema", file("deep.json", text));
    expect(r.code).toBe(2);
    expect(r.err).not.toContain("Maximum call stack");
    const viaProfile = await cli(
      "validate",
      csv,
      "--profile",
      file("deep-profile.json", `{"checks":${text}}`),
    );
    expect(viaProfile.code).toBe(2);
    expect(viaProfile.err).not.toContain("Maximum call stack");
    // The limit is an option: raised, a deeper (but sane) schema reads.
    const nested = JSON.parse(
      `{"fields":[{"name":"id","type":"integer","x":${"[".repeat(100)}${"]".repeat(100)}}]}`,
    );
    expect(allErrors(await validateTable("id\n1\n", { schema: nested })).map((e) => e.type)).toContain(
      "limit-error",
    );
    const raised = await validateTable("id\n1\n", { schema: nested, limits: { maxJsonDepth: 1000 } });
    expect(raised.valid).toBe(true);
    expect(renderMessage(thrown, "en")).toMatch(
      /^File: the JSON nests lists or objects more than 64 levels deep/,
    );
    // A sane document still reads.
    expect(parseJsonDocument('\uFEFF{"fields":[{"name":"id"}]}')).toEqual({ fields: [{ name: "id" }] });
  }, 60_000);

  it("4. a header over 256 KiB is read as the header, not as the whole file; over the header limit it is refused", async () => {
    const labels = Array.from({ length: 15_000 }, (_, i) => `columna_numero_${String(i).padStart(6, "0")}`);
    const header = labels.join(",");
    expect(header.length).toBeGreaterThan(300 * 1024);
    const body = Array.from({ length: 3 }, (_, r) => labels.map((_, i) => String(r * i)).join(",")).join(
      "\n",
    );
    const info = await inspectTable(`${header}\n${body}\n`);
    expect(info.rows).toBe(3);
    expect(info.columns).toBe(15_000);
    expect(info.labels[14_999]).toBe("columna_numero_014999");
    // Over maxHeaderSize (1 MiB): refused at row 1, in bounded memory, with the option to raise it.
    const huge = `${Array.from({ length: 10 }, (_, i) => `c${i}${"x".repeat(200_000)}`).join(",")}\n1,2\n`;
    const report = await validateTable(huge, { lang: "pt" });
    const error = allErrors(report).find((e) => e.type === "limit-error");
    expect(error).toMatchObject({ rowNumber: 1, params: { limit: "maxHeaderSize" } });
    expect(error?.message).toContain("limits.maxHeaderSize");
    // A record longer than maxRecordSize is refused at its row.
    const long = await refusal(async () => {
      const decoded = await decodeSource(await openSource(`a,b\n1,2\n3,${"y".repeat(3000)}\n5,6\n`));
      const t = await readTable(decoded.text, sniffDialect(decoded.sample).dialect, {
        limits: { maxRecordSize: 1000 },
      });
      for await (const _ of t.rows);
    });
    expect(long).toMatchObject({ type: "limit-error", rowNumber: 3, params: { limit: "maxRecordSize" } });
  }, 60_000);

  it("5. a quoted field never closed at the end of the file is an error at the row where the quote opened", async () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `${i + 3},Persona ${i}`).join("\n");
    const text = `id,nombre\n1,Ana\n2,"Luis\n${lines}\n`;
    const report = await validateTable(text, { lang: "en" });
    expect(report.valid).toBe(false);
    const error = allErrors(report).find((e) => e.type === "unclosed-quote");
    expect(error).toMatchObject({ rowNumber: 3, fieldNumber: 2, params: { lines: 10_002 } });
    expect(error?.message).toMatch(/^Row 3, column 2: the quote that opens in this row is never closed/);
    const r = await cli("validate", file("quote.csv", text));
    expect(r.code).toBe(1);
    expect(r.out).not.toMatch(/valid — 1 rows/);
  }, 60_000);

  it("5. files that are not tables (PNG, gzip, ZIP, PDF, HTML) are refused by every reader, and every command exits 2", async () => {
    const inputs: Record<string, Uint8Array | string> = {
      "img.png": PNG,
      "dnis.csv.gz": gzipSync(Buffer.from("dni;nombre\n20123456;Ana\n")),
      "tabla.zip": ZIP,
      "doc.pdf": "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n",
      "portal.csv": "<!DOCTYPE html><html><head><title>Login</title></head><body>x</body></html>\n",
    };
    for (const [name, content] of Object.entries(inputs)) {
      const path = file(name, content);
      const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
      // The shared read path: decodeSource's text refuses, so readTable and privacy's readers do.
      const viaRead = await refusal(async () => {
        const decoded = await decodeSource(await openSource(bytes));
        await readTable(decoded.text, sniffDialect(decoded.sample).dialect);
      });
      expect(viaRead.type, name).toBe("format-error");
      expect((await refusal(() => streamRows(bytes))).type).toBe("format-error");
      expect((await refusal(() => scanTable(bytes))).type).toBe("format-error");
      for (const argv of [
        ["inspect", path],
        ["schema", "infer", path],
        ["privacy", "scan", path],
      ]) {
        const r = await cli(...argv);
        expect(r.code, `${argv.join(" ")}`).toBe(2);
        expect(r.out).not.toContain("PNG");
        expect(r.out).not.toMatch(/No personal data/i);
      }
    }
  }, 60_000);

  it("5. empty and BOM-only files are an error where an answer would be meaningless (inspect, schema infer, privacy scan)", async () => {
    for (const [name, content] of [
      ["empty.csv", ""],
      ["bom.csv", new Uint8Array([0xef, 0xbb, 0xbf])],
    ] as const) {
      const path = file(name, content);
      const bytes = typeof content === "string" ? new Uint8Array() : content;
      const error = await refusal(async () => decodeSource(await openSource(bytes), { rejectEmpty: true }));
      expect(error).toMatchObject({ type: "source-error", params: { reason: "empty" } });
      expect(renderMessage(error, "es")).toContain("está vacía");
      expect((await refusal(() => scanTable(bytes))).params.reason).toBe("empty");
      for (const argv of [
        ["inspect", path],
        ["schema", "infer", path],
        ["privacy", "scan", path],
      ]) {
        const r = await cli(...argv);
        expect(r.code, `${argv.join(" ")} ${name}`).toBe(2);
        expect(r.out + r.err).toContain("is empty");
      }
    }
    // Where an empty answer is fine the read path still allows it.
    const decoded = await decodeSource(await openSource(""));
    expect(decoded.sample).toBe("");
  }, 60_000);
});
