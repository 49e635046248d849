import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { OpenedSource } from "../bytes/types";
import type { DecodedSource } from "./decode-source";
import { decodeSource } from "./decode-source";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes = (...parts: (string | number | Uint8Array)[]): Uint8Array =>
  new Uint8Array(
    parts.flatMap((p) =>
      typeof p === "number" ? [p] : typeof p === "string" ? Array.from(p, (c) => c.charCodeAt(0)) : [...p],
    ),
  );

/** An opened source that yields `data` in chunks of `size` bytes (1 = the worst case for decoders). */
function sourceOf(
  data: Uint8Array,
  size = data.length || 1,
  name: string | null = null,
): OpenedSource & { reads: () => number } {
  let reads = 0;
  async function* chunks(): AsyncGenerator<Uint8Array> {
    for (let i = 0; i < data.length; i += size) {
      reads++;
      yield data.slice(i, i + size);
    }
  }
  return { name, size: data.length, chunks: chunks(), reads: () => reads };
}

async function textOf(decoded: DecodedSource): Promise<string> {
  let out = "";
  for await (const t of decoded.text) out += t;
  return out;
}

describe("decodeSource: BOM", () => {
  it("strips a UTF-8 BOM from sample and text", async () => {
    const d = await decodeSource(sourceOf(bytes(0xef, 0xbb, 0xbf, utf8("año;b\n1;2\n"))));
    expect(d.encoding).toMatchObject({ encoding: "utf-8", bom: true, source: "bom" });
    expect(d.sample).toBe("año;b\n1;2\n");
    expect(await textOf(d)).toBe("año;b\n1;2\n");
    expect(d.errors).toEqual([]);
  });

  it("strips UTF-16 LE and BE BOMs and decodes across 1-byte chunks", async () => {
    const text = "año;€\n1;2\n";
    const le = bytes(
      0xff,
      0xfe,
      ...Array.from(text, (c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]).flat(),
    );
    const be = bytes(
      0xfe,
      0xff,
      ...Array.from(text, (c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]).flat(),
    );
    for (const [data, encoding] of [
      [le, "utf-16le"],
      [be, "utf-16be"],
    ] as const) {
      const d = await decodeSource(sourceOf(data, 1));
      expect(d.encoding).toMatchObject({ encoding, bom: true });
      expect(await textOf(d)).toBe(text);
      expect(d.errors).toEqual([]);
    }
  });
});

describe("decodeSource: windows-1252 family", () => {
  it("decodes latin1 Ñ (0xD1) and windows-1252 ’ (0x92)", async () => {
    const d = await decodeSource(sourceOf(bytes("APELLIDO;NOTA\nNU", 0xd1, "EZ;O", 0x92, "HIGGINS\n")));
    expect(d.encoding.encoding).toBe("windows-1252");
    expect(await textOf(d)).toBe("APELLIDO;NOTA\nNUÑEZ;O’HIGGINS\n");
    const l = await decodeSource(sourceOf(bytes("NU", 0xd1, "EZ;C", 0xd3, "RDOBA\n")));
    expect(l.encoding.encoding).toBe("iso-8859-1");
    expect(l.sample).toBe("NUÑEZ;CÓRDOBA\n");
  });
});

describe("decodeSource: streaming", () => {
  it("keeps multi-byte characters split across 1-byte chunks and a small sample", async () => {
    const text = "Peñalolén;São Paulo;€;😀\n".repeat(20);
    const d = await decodeSource(sourceOf(utf8(text), 1), { sampleBytes: 7 });
    expect(d.encoding.encoding).toBe("utf-8");
    expect(text.startsWith(d.sample)).toBe(true);
    expect(await textOf(d)).toBe(text);
    expect(d.errors).toEqual([]);
  });

  it("round-trips any text under any chunking and sample size", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: "grapheme", maxLength: 60 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 4, max: 20 }),
        async (text, chunk, sample) => {
          const d = await decodeSource(sourceOf(utf8(text), chunk), {
            sampleBytes: sample,
            encoding: "utf-8",
          });
          expect(await textOf(d)).toBe(text.startsWith("\ufeff") ? text.slice(1) : text);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("reports progress and bytesRead, and reads the source only once", async () => {
    const data = utf8("a;b\n".repeat(100));
    const seen: number[] = [];
    const src = sourceOf(data, 50);
    const d = await decodeSource(src, { sampleBytes: 100, onProgress: (p) => seen.push(p.bytesRead) });
    expect(d.totalBytes).toBe(400);
    expect(d.bytesRead()).toBeLessThan(400);
    await textOf(d);
    expect(d.bytesRead()).toBe(400);
    expect(seen).toEqual([50, 100, 150, 200, 250, 300, 350, 400]);
    expect(src.reads()).toBe(8);
    await expect(textOf(d)).rejects.toThrow(/only once/);
  });

  it("keeps memory bounded: returns after the sample even when the source never ends", async () => {
    let produced = 0;
    async function* endless(): AsyncGenerator<Uint8Array> {
      while (true) {
        produced += 1024;
        yield utf8("x;y\n".repeat(256));
      }
    }
    const d = await decodeSource({ name: null, size: null, chunks: endless() }, { sampleBytes: 4096 });
    expect(produced).toBeLessThanOrEqual(4096 + 1024);
    let got = 0;
    for await (const t of d.text) {
      got += t.length;
      if (got > 100_000) break;
    }
    expect(got).toBeGreaterThan(100_000);
  });

  it("honours an AbortSignal while text is read", async () => {
    const controller = new AbortController();
    const d = await decodeSource(sourceOf(utf8("a;b\n".repeat(100)), 10), {
      sampleBytes: 10,
      signal: controller.signal,
    });
    const read = (async () => {
      for await (const _ of d.text) controller.abort(new Error("cancelled"));
    })();
    await expect(read).rejects.toThrow("cancelled");
    const aborted = new AbortController();
    aborted.abort(new Error("before"));
    await expect(decodeSource(sourceOf(utf8("a")), { signal: aborted.signal })).rejects.toThrow("before");
  });
});

describe("decodeSource: encoding errors", () => {
  it("keeps going as windows-1252 when bytes after a valid UTF-8 sample are invalid, losing nothing", async () => {
    const head = utf8("nombre;ciudad\nAna;Córdoba\n");
    const data = bytes(head, "NU", 0xd1, "EZ;Pe", 0xf1, "alol", 0xe9, "n\n");
    const d = await decodeSource(sourceOf(data, 3), { sampleBytes: head.length });
    expect(d.encoding.encoding).toBe("utf-8");
    const text = await textOf(d);
    expect(text).toBe("nombre;ciudad\nAna;Córdoba\nNUÑEZ;Peñalolén\n");
    const errors = d.errors.filter((e) => e.type === "encoding-error");
    expect(errors).toHaveLength(1);
    expect(errors[0]?.params).toMatchObject({
      offset: head.length + 2,
      encoding: "utf-8",
      fallback: "windows-1252",
      todo: "pass-windows-1252",
    });
  });

  it("reports the exact offset when the bad byte arrives inside a split sequence", async () => {
    const data = bytes("ab", 0xc3, 0x28, "cd"); // 0xC3 then "(" is not UTF-8
    const d = await decodeSource(sourceOf(data, 1), { sampleBytes: 4, encoding: "utf-8" });
    expect(await textOf(d)).toBe("abÃ(cd");
    expect(d.errors).toMatchObject([{ type: "encoding-error", params: { offset: 2 } }]);
  });

  it("reports a UTF-8 character cut at the very end", async () => {
    const d = await decodeSource(sourceOf(bytes(utf8("año"), 0xe2, 0x82), 1), { sampleBytes: 4 });
    expect(await textOf(d)).toBe("año\u00e2\u201a");
    expect(d.errors).toMatchObject([{ type: "encoding-error", params: { offset: 4 } }]);
  });

  it("reports a user override that fails, and an unknown label with the valid ones", async () => {
    const d = await decodeSource(sourceOf(bytes("NU", 0xd1, "EZ\n")), { encoding: "UTF-8" });
    expect(d.encoding).toEqual({ encoding: "utf-8", confidence: 1, bom: false, source: "override" });
    expect(await textOf(d)).toBe("NUÑEZ\n");
    expect(d.errors).toMatchObject([{ type: "encoding-error", params: { offset: 2, override: true } }]);

    const u = await decodeSource(sourceOf(bytes("NU", 0xd1, "EZ\n")), { encoding: "cp850" });
    expect(u.errors[0]).toMatchObject({ type: "encoding-error", params: { encoding: "cp850" } });
    expect(u.errors[0]?.params.todo).toBe("whatwg-label");
    expect(u.encoding).toMatchObject({ encoding: "iso-8859-1", source: "detected" });
  });

  it("accepts any WHATWG label as override (latin1 decodes as windows-1252)", async () => {
    const d = await decodeSource(sourceOf(bytes("O", 0x92, "HIGGINS\n")), { encoding: "latin1" });
    expect(d.encoding).toMatchObject({ encoding: "latin1", source: "override" });
    expect(d.sample).toBe("O’HIGGINS\n");
  });
});

describe("decodeSource: mojibake", () => {
  it("warns about double-encoded UTF-8 with the garbled sequence and its repair, not the cell", async () => {
    const d = await decodeSource(sourceOf(utf8("APELLIDO;CIUDAD\nNUÃ‘EZ;CÃ³rdoba\n")));
    const warning = d.errors.find((e) => e.type === "mojibake");
    expect(warning).toMatchObject({
      severity: "warning",
      params: { sequence: "Ã‘", repair: "Ñ", count: 2, line: 2 },
    });
    expect(JSON.stringify(warning)).not.toContain("NU");
  });

  it("does not warn on clean Spanish or Portuguese text", async () => {
    const d = await decodeSource(sourceOf(utf8("SÃO PAULO;CÂMARA;NUÑEZ;Córdoba\n")));
    expect(d.errors).toEqual([]);
  });
});

describe("decodeSource: format", () => {
  const cases: [string, Uint8Array, string][] = [
    ["pdf", bytes("%PDF-1.7\n%", 0xe2, 0xe3, 0xcf, 0xd3, "\n1 0 obj\n"), "pdf"],
    ["html", utf8('\n<!DOCTYPE html>\n<html lang="es"><head><title>Portal</title></head></html>'), "html"],
    ["json", utf8('[{"comuna": 1, "barrio": "Retiro"}]'), "json"],
    ["xls", bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, "Workbook"), "xls"],
  ];
  for (const [label, data, kind] of cases) {
    it(`reports a ${label} saved as .csv as a format-error`, async () => {
      const d = await decodeSource(sourceOf(data, data.length, "datos.csv"));
      expect(d.format?.kind).toBe(kind);
      expect(d.errors[0]).toMatchObject({ type: "format-error", params: { found: kind } });
      expect(d.errors[0]?.note).toContain("datos.csv");
    });
  }

  it("reads a workbook as its sheet, and refuses a damaged one as a sheet-error", async () => {
    const damaged = bytes(
      "PK",
      3,
      4,
      20,
      0,
      6,
      0,
      "[Content_Types].xml",
      0,
      0,
      "PK",
      3,
      4,
      "xl/workbook.xml",
    );
    await expect(decodeSource(sourceOf(damaged, damaged.length, "datos.csv"))).rejects.toMatchObject({
      errors: [{ type: "sheet-error", params: { reason: "corrupt", path: "datos.csv" } }],
    });
  });

  it("leaves format null for delimited text", async () => {
    const d = await decodeSource(sourceOf(utf8("a,b\n1,2\n")));
    expect(d.format).toBeNull();
  });
});
