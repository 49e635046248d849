// Issue #14, "options to raise them": the reader limits of @ciudata/table raised (or lowered) from the
// command line with `--limit name=value`, on every command that reads a table or a descriptor.
// Commands run in-process on files generated here, in a temp folder.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Loopback, servePortal, writeSampleSnapshot } from "../../packages/open-data/src/node/index";
import { runCli } from "../support/cli";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ciudata-limits-cli-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function cli(lang: "es" | "en", ...argv: string[]) {
  const r = await runCli(argv, { cwd: dir, lang });
  return { ...r, all: r.out + r.err };
}

/** Every command that reads a table, on `path` (with the extra arguments each one needs). */
function readers(path: string, out: (name: string) => string): string[][] {
  const plan = file("plan.json", JSON.stringify({ columns: { c0: { action: "drop" } } }));
  return [
    ["validate", path],
    ["inspect", path],
    ["schema", "infer", path],
    ["privacy", "scan", path],
    ["privacy", "risk", path, "--qi", "c1"],
    ["anonymize", path, "--plan", plan, "--out", out("anon.csv")],
    ["disaggregation", "check", path],
    ["disaggregation", "normalize", path, "--out", out("norm.csv")],
    ["disaggregation", "aggregate", path, "--by", "c1"],
  ];
}

describe("hostile input: --limit raises the reader limits from the command line (issue #14)", () => {
  it("3. a 30,000-column header is refused by default naming --limit, and read with --limit columns=40000", async () => {
    const n = 30_000;
    const wide = file(
      "wide.csv",
      `${Array.from({ length: n }, (_, i) => `c${i}`).join(",")}\n${Array(n).fill("1").join(",")}\n`,
    );
    let outs = 0;
    const out = (name: string) => join(dir, `${outs++}-${name}`);
    for (const argv of [...readers(wide, out), ["suppress", wide]]) {
      const refused = await cli("en", ...argv);
      expect(refused.code, argv.join(" ")).toBe(2);
      expect(refused.all, argv.join(" ")).toContain("the row has 30,000 columns and the limit is 20,000");
      expect(refused.all, argv.join(" ")).toContain('"--limit maxColumns=30000" on the command line');
      expect(refused.all, argv.join(" ")).toContain('"limits.maxColumns" option');
      expect(refused.all).not.toMatch(/\n\s+at /); // never a stack trace
    }
    const es = await cli("es", "validate", wide);
    expect(es.all).toContain("suba el límite con «--limit maxColumns=30000» en la línea de comandos");
    for (const argv of readers(wide, out)) {
      const accepted = await cli("en", ...argv, "--limit", "columns=40000");
      expect([0, 1], `${argv.join(" ")}: ${accepted.err}`).toContain(accepted.code);
      expect(accepted.all).not.toContain("limit-error");
      expect(accepted.all).not.toContain("columns and the limit is");
    }
  }, 120_000);

  it("3. a record of 2 MB passes by default and is refused with --limit record-size=1MiB", async () => {
    const big = file("big-record.csv", `c0,c1\n${"x".repeat(2 * 1024 * 1024)},1\nz,2\n`);
    let outs = 0;
    const out = (name: string) => join(dir, `rec-${outs++}-${name}`);
    for (const argv of readers(big, out)) {
      const passed = await cli("en", ...argv);
      expect([0, 1], `${argv.join(" ")}: ${passed.err}`).toContain(passed.code);
      expect(passed.all).not.toContain("characters long and the limit is");
      const refused = await cli("en", ...argv, "--limit", "record-size=1MiB");
      expect(refused.code, argv.join(" ")).toBe(2);
      expect(refused.all, argv.join(" ")).toContain("Row 2: the row is at least");
      expect(refused.all, argv.join(" ")).toContain("the limit is 1,048,576");
      expect(refused.all, argv.join(" ")).toContain('"--limit maxRecordSize=…" on the command line');
    }
  }, 120_000);

  it("3. --limit nope=3 and --limit columns=abc are usage errors with a helpful message in es and en", async () => {
    const small = file("small.csv", "a,b\n1,2\n");
    const nope = await cli("en", "validate", small, "--limit", "nope=3");
    expect(nope.code).toBe(2);
    expect(nope.err).toContain('--limit does not know the limit "nope"');
    expect(nope.err).toContain("Names: columns, record-size, header-size, download, json-depth");
    expect(nope.err).toContain("Usage:");
    const nopeEs = await cli("es", "inspect", small, "--limit", "nope=3");
    expect(nopeEs.code).toBe(2);
    expect(nopeEs.err).toContain("--limit no conoce el límite «nope»");
    const typo = await cli("es", "privacy", "scan", small, "--limit", "colums=3");
    expect(typo.code).toBe(2);
    expect(typo.err).toContain("¿Quiso decir «columns»?");
    const abc = await cli("en", "schema", "infer", small, "--limit", "columns=abc");
    expect(abc.code).toBe(2);
    expect(abc.err).toContain(
      '--limit maxColumns expects a positive whole number, with an optional unit (64MiB, 2GB, 100000) or none to lift it; received "abc"',
    );
    const abcEs = await cli("es", "suppress", small, "--limit", "columns=abc");
    expect(abcEs.code).toBe(2);
    expect(abcEs.err).toContain("--limit maxColumns espera un número entero positivo");
    expect(abcEs.err).toContain("se recibió «abc»");
    const noEquals = await cli("en", "disaggregation", "check", small, "--limit", "40000");
    expect(noEquals.code).toBe(2);
    expect(noEquals.err).toContain("--limit expects name=value, for example --limit columns=40000");
  });

  it("3. --limit is repeatable and comma-separated, and none lifts a limit", async () => {
    const n = 25_000;
    const wide = file("wide-25k.csv", `${Array.from({ length: n }, (_, i) => `c${i}`).join(",")}\n`);
    const both = await cli("en", "inspect", wide, "--limit", "columns=none", "--limit", "header-size=1MiB");
    expect(both.code, both.err).toBe(0);
    const comma = await cli("en", "inspect", wide, "--limit=columns=30k,header-size=2MB");
    expect(comma.code, comma.err).toBe(0);
    // Lowered, the header is refused with the header-size limit.
    const low = await cli("en", "inspect", wide, "--limit", "columns=none,header-size=1KiB");
    expect(low.code).toBe(2);
    expect(low.all).toContain("the header is at least");
    expect(low.all).toContain('"--limit maxHeaderSize=…"');
  }, 60_000);

  it("4. --limit json-depth raises the nesting depth of a schema given to validate, and the schema is then applied whole", async () => {
    const data = file("tiny.csv", "id\n1\n1\n");
    const deep = 100;
    const schema = file(
      "deep-schema.json",
      `{"fields":[{"name":"id","type":"integer","constraints":{"unique":true},"x":${"[".repeat(deep)}${"]".repeat(deep)}}]}`,
    );
    const refused = await cli("en", "validate", data, "--schema", schema);
    expect(refused.code).toBe(2);
    expect(refused.all).toContain('"--limit maxJsonDepth=…" on the command line');
    const accepted = await cli(
      "en",
      "validate",
      data,
      "--schema",
      schema,
      "--limit",
      "json-depth=200",
      "--json",
    );
    expect(accepted.code, accepted.all).toBe(1);
    expect(accepted.out).toContain('"type": "unique-error"');
    expect(accepted.out).not.toContain('"type": "limit-error"');
  }, 60_000);

  describe("7. downloads", () => {
    let server: Server;
    let base: string;
    beforeAll(async () => {
      const body = `id,nombre\n${"1,fila\n".repeat(20_000)}`;
      server = createServer((_req, res) => {
        res.writeHead(200, { "content-type": "text/csv" });
        res.end(body);
      });
      await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      server.closeAllConnections();
      await new Promise((ok) => server.close(ok));
    });

    it("7. --limit download caps what validate, inspect, schema infer and privacy scan download from a URL", async () => {
      const url = `${base}/tabla.csv`;
      for (const argv of [
        ["validate", url],
        ["inspect", url],
        ["schema", "infer", url],
        ["privacy", "scan", url],
      ]) {
        const passed = await cli("en", ...argv);
        expect([0, 1], `${argv.join(" ")}: ${passed.all}`).toContain(passed.code);
        const refused = await cli("en", ...argv, "--limit", "download=64KiB");
        expect(refused.code, argv.join(" ")).toBe(2);
        expect(refused.all, argv.join(" ")).toContain("goes past 65,536 bytes");
        expect(refused.all, argv.join(" ")).toContain('"--limit maxDownloadBytes=…"');
      }
    }, 60_000);
  });

  describe("7. portal validate", () => {
    let lb: Loopback;
    beforeAll(async () => {
      await writeSampleSnapshot(join(dir, "snap"));
      lb = await servePortal(join(dir, "snap"));
    });
    afterAll(async () => {
      await lb.close();
    });

    it("7. portal validate takes --limit for the table it downloads, and rows keeps --limit as a count", async () => {
      const id = "ciudata-muestra-barrios-csv";
      expect((await cli("en", "portal", "validate", lb.url, id)).code).toBe(0);
      const narrow = await cli("en", "portal", "validate", lb.url, id, "--limit", "columns=1");
      expect(narrow.code, narrow.all).toBe(2);
      expect(narrow.all).toContain('"--limit maxColumns=');
      const small = await cli("en", "portal", "validate", lb.url, id, "--limit", "download=16");
      // The portal's own download cap (the same one --max-mb sets) stops it.
      expect(small.code, small.all).not.toBe(0);
      expect(small.all).toContain("exceeds the size cap");
      const wide = await cli(
        "en",
        "portal",
        "validate",
        lb.url,
        id,
        "--limit",
        "columns=40000,download=none",
      );
      expect(wide.code, wide.all).toBe(0);
      const bad = await cli("en", "portal", "validate", lb.url, id, "--limit", "colums=5");
      expect(bad.code).toBe(2);
      expect(bad.err).toContain('Did you mean "columns"?');
      const rows = await cli("en", "portal", "rows", lb.url, id, "--limit", "2");
      expect(rows.code, rows.all).toBe(0);
      expect(rows.out.trim().split("\n")).toHaveLength(2);
    }, 60_000);
  });
});
