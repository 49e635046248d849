import { describe, expect, it } from "vitest";
import { sniffFormat } from "./sniff";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes = (...parts: (string | number)[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "number" ? [p] : Array.from(p, (c) => c.charCodeAt(0)))));

describe("sniffFormat", () => {
  it("returns null for delimited text, including latin1 bytes, tabs and a BOM", () => {
    expect(sniffFormat(utf8("a;b\n1;2\n"))).toBeNull();
    expect(sniffFormat(bytes("NU", 0xd1, "EZ\t1\r\n"))).toBeNull();
    expect(sniffFormat(bytes(0xef, 0xbb, 0xbf, "id,nombre\n"))).toBeNull();
    expect(sniffFormat(new Uint8Array(0))).toBeNull();
    expect(sniffFormat(utf8("[id],[nombre]\n1,Ana\n"))).toBeNull(); // SQL Server style header
    expect(sniffFormat(utf8("<b>nota</b>;valor\n"))).toBeNull();
  });

  it("recognises magic numbers", () => {
    expect(sniffFormat(utf8("%PDF-1.4\n"))).toEqual({ kind: "pdf", mediaType: "application/pdf" });
    expect(sniffFormat(bytes("PK", 3, 4, "....xl/worksheets/sheet1.xml"))?.kind).toBe("xlsx");
    expect(sniffFormat(bytes("PK", 3, 4, "....datos.csv"))).toEqual({
      kind: "zip",
      mediaType: "application/zip",
    });
    expect(sniffFormat(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0))?.kind).toBe("xls");
    expect(sniffFormat(bytes(0x1f, 0x8b, 8, 0))?.kind).toBe("gzip");
    expect(sniffFormat(bytes(0x89, "PNG", 0x0d, 0x0a))).toEqual({ kind: "binary", mediaType: "image/png" });
  });

  it("recognises HTML case-insensitively after a BOM, whitespace or a comment", () => {
    expect(sniffFormat(utf8("  \n<!doctype HTML><html>"))).toEqual({ kind: "html", mediaType: "text/html" });
    expect(sniffFormat(bytes(0xef, 0xbb, 0xbf, "<HTML><body>"))?.kind).toBe("html");
    expect(sniffFormat(utf8("<head><meta charset=utf-8>"))?.kind).toBe("html");
    expect(sniffFormat(utf8("<body>Error 500</body>"))?.kind).toBe("html");
    expect(sniffFormat(utf8("<!-- portal -->\n<html>"))?.kind).toBe("html");
    expect(
      sniffFormat(utf8('<?xml version="1.0"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml">'))
        ?.kind,
    ).toBe("html");
  });

  it("recognises HTML in UTF-16 with a BOM", () => {
    const text = "<html><body>";
    const le = bytes(0xff, 0xfe, ...Array.from(text, (c) => [c.charCodeAt(0), 0]).flat());
    expect(sniffFormat(le)?.kind).toBe("html");
    const csv = bytes(0xff, 0xfe, ...Array.from("a;b\n1;2\n", (c) => [c.charCodeAt(0), 0]).flat());
    expect(sniffFormat(csv)).toBeNull();
  });

  it("recognises XML", () => {
    expect(sniffFormat(utf8('<?xml version="1.0" encoding="ISO-8859-1"?><datos/>'))).toEqual({
      kind: "xml",
      mediaType: "application/xml",
    });
  });

  it("recognises JSON that parses, or a JSON opening cut by the sample", () => {
    expect(sniffFormat(utf8('{"a": 1}'))?.kind).toBe("json");
    expect(sniffFormat(utf8("[1, 2, 3]"))?.kind).toBe("json");
    expect(sniffFormat(utf8('{"result": {"records": [{"_id": 1, "nombre": "Hos'))?.kind).toBe("json");
    expect(sniffFormat(utf8('[{"comuna": 1, "barr'))?.kind).toBe("json");
    expect(sniffFormat(utf8('{"id":1}\n{"id":2}\n'))?.kind).toBe("json"); // NDJSON
  });

  it("flags many NUL/control bytes as binary, but not UTF-16 text without BOM", () => {
    const noise = new Uint8Array(256).map((_, i) => (i * 7) % 32);
    expect(sniffFormat(noise)).toEqual({ kind: "binary", mediaType: "application/octet-stream" });
    const utf16 = bytes(...Array.from("a;b\n1;2\n", (c) => [c.charCodeAt(0), 0]).flat());
    expect(sniffFormat(utf16)).toBeNull();
    expect(sniffFormat(bytes("a;b\n1;2", 0, "\n3;4\n5;6\n7;8\n9;0\n"))).toBeNull(); // a stray NUL is not binary
  });
});
