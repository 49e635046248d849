import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CiudataError } from "@ciudata/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectFor, saveDownload, unexpectedFormat } from "./save";

const bytes = (text: string) => new TextEncoder().encode(text);
const body = (...chunks: string[]) =>
  new ReadableStream<Uint8Array>({
    start(c) {
      for (const chunk of chunks) c.enqueue(bytes(chunk));
      c.close();
    },
  });

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ciudata-save-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("expectFor and unexpectedFormat", () => {
  it("expects a table from .csv or a CSV format, data otherwise, anything from .html", () => {
    expect(expectFor("files/a.csv")).toBe("table");
    expect(expectFor("files/a", "CSV")).toBe("table");
    expect(expectFor("files/a.geojson")).toBe("data");
    expect(expectFor("files/a.html")).toBe("any");
  });

  it("refuses a web page where data was expected, and archives only where a table was", () => {
    expect(unexpectedFormat(bytes("<!doctype html><title>x</title>"), "data", null)?.kind).toBe("html");
    expect(unexpectedFormat(bytes("<div>login</div>"), "table", "text/html; charset=utf-8")?.kind).toBe(
      "html",
    );
    expect(unexpectedFormat(bytes("PK\u0003\u0004rest"), "data", "application/zip")).toBeNull();
    expect(unexpectedFormat(bytes("PK\u0003\u0004rest"), "table", null)?.kind).toBe("zip");
    expect(unexpectedFormat(bytes("id,valor\n1,2\n"), "table", "text/html")).toBeNull();
    expect(unexpectedFormat(bytes("<html>"), "any", "text/html")).toBeNull();
  });
});

describe("saveDownload", () => {
  it("writes the whole body across chunks and returns its SHA-256", async () => {
    const out = join(dir, "a.csv");
    const saved = await saveDownload(body("id,v\n", "1,2\n"), out);
    expect(await readFile(out, "utf8")).toBe("id,v\n1,2\n");
    expect(saved).toEqual({ bytes: 9, sha256: createHash("sha256").update("id,v\n1,2\n").digest("hex") });
  });

  it("refuses an HTML page saved as .csv with a format-error and leaves no file", async () => {
    const out = join(dir, "login.csv");
    const error = await saveDownload(body("<!DOCTYPE html><html>…"), out).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CiudataError);
    expect((error as CiudataError).errors[0].type).toBe("format-error");
    expect((await readdir(dir)).filter((n) => n.includes("login"))).toEqual([]);
  });

  it("removes the partial file when the body fails mid-way", async () => {
    const out = join(dir, "roto.csv");
    let sent = 0;
    const failing = new ReadableStream<Uint8Array>({
      pull(c) {
        if (sent++ < 4) c.enqueue(bytes("id,v\n".padEnd(4096, "x")));
        else c.error(new Error("conexión cortada"));
      },
    });
    await expect(saveDownload(failing, out)).rejects.toThrow("conexión cortada");
    expect((await readdir(dir)).filter((n) => n.includes("roto"))).toEqual([]);
  });
});
