import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadDuckDB } from "@ciudata/linkage/node";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";

async function folder(files: Record<string, string | Uint8Array> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "ciudata-convert-"));
  for (const [name, data] of Object.entries(files)) await writeFile(join(dir, name), data);
  return dir;
}

async function convert(dir: string, argv: string[], env: Record<string, string> = {}) {
  const c = capture(env);
  const code = await run(["convert", ...argv, "--yes-personal"], { ...c.io, cwd: dir });
  return { code, out: c.out(), err: c.err() };
}

/** The column types and rows of a Parquet file, read by DuckDB itself (not by ciudata). */
async function parquet(path: string): Promise<{ types: Record<string, string>; rows: unknown[][] }> {
  const { DuckDBInstance } = await loadDuckDB();
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${path}')`);
    const types = Object.fromEntries(described.getRows().map((r) => [String(r[0]), String(r[1])]));
    const rows = (await connection.runAndReadAll(`SELECT * FROM read_parquet('${path}')`)).getRowsJS();
    return { types, rows };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe("ciudata convert", () => {
  it("a latin1 file with ';' and decimal commas becomes UTF-8 with ',' and numbers", async () => {
    const text =
      "barrio;monto;fecha\nPeñalolén;1.234,50;2024-01-02\nÑuñoa;99,5;2024-02-03\nMaipú;;2024-03-04\n";
    const dir = await folder({ "in.csv": Buffer.from(text, "latin1") });
    const r = await convert(dir, ["in.csv", "out.csv"]);
    expect(r.code).toBe(0);
    expect(await readFile(join(dir, "out.csv"), "utf8")).toBe(
      "barrio,monto,fecha\r\nPeñalolén,1234.5,2024-01-02\r\nÑuñoa,99.5,2024-02-03\r\nMaipú,,2024-03-04\r\n",
    );
    expect(r.out).toContain("tipos (inferidos): barrio: string, monto: number, fecha: date");

    const p = await convert(dir, ["in.csv", "out.parquet"]);
    expect(p.code).toBe(0);
    expect(p.out).toContain("barrio: VARCHAR, monto: DOUBLE, fecha: DATE");
    const read = await parquet(join(dir, "out.parquet"));
    expect(read.types).toEqual({ barrio: "VARCHAR", monto: "DOUBLE", fecha: "DATE" });
    expect(read.rows.map((row) => [row[0], row[1]])).toEqual([
      ["Peñalolén", 1234.5],
      ["Ñuñoa", 99.5],
      ["Maipú", null],
    ]);
  });

  it("CSV → Parquet → CSV keeps every row and every type (property, small tables)", async () => {
    const word = fc.stringMatching(/^[a-zñé,"]{1,6}$/).map((s) => `s-${s}`);
    const row = fc.record({
      n: fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 9 })),
      b: fc.boolean(),
      d: fc.tuple(
        fc.integer({ min: 1900, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
      ),
      s: fc.option(word, { freq: 4, nil: "" }),
    });
    const pad = (n: number) => String(n).padStart(2, "0");
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 25 }), async (rows) => {
        const lines = rows.map((r, i) => {
          const [neg, int, dec] = r.n;
          const s = i === 0 && r.s === "" ? "s-x" : r.s;
          const quoted = /[,"]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
          return `${i + 1},${neg ? "-" : ""}${int}.${dec},${r.b},${r.d[0]}-${pad(r.d[1])}-${pad(r.d[2])},${quoted}`;
        });
        const csv = `${["id,n,b,d,s", ...lines].join("\r\n")}\r\n`;
        const dir = await folder({ "in.csv": csv });
        const there = await convert(dir, ["in.csv", "t.parquet"]);
        expect(there.code, there.err).toBe(0);
        expect((await parquet(join(dir, "t.parquet"))).types).toEqual({
          id: "BIGINT",
          n: "DOUBLE",
          b: "BOOLEAN",
          d: "DATE",
          s: "VARCHAR",
        });
        const back = await convert(dir, ["t.parquet", "back.csv"]);
        expect(back.code, back.err).toBe(0);
        expect(back.out).toContain("id: integer, n: number, b: boolean, d: date, s: string");
        expect(await readFile(join(dir, "back.csv"), "utf8")).toBe(csv);
      }),
      { numRuns: 12 },
    );
  }, 120_000);

  it("reads JSON and JSONL, typed by inference", async () => {
    const dir = await folder({
      "in.json": JSON.stringify([
        { id: 1, barrio: "Centro", activo: true },
        { id: 2, barrio: "Sur", activo: false },
      ]),
    });
    expect((await convert(dir, ["in.json", "out.jsonl"])).code).toBe(0);
    expect(await readFile(join(dir, "out.jsonl"), "utf8")).toBe(
      '{"id":1,"barrio":"Centro","activo":true}\n{"id":2,"barrio":"Sur","activo":false}\n',
    );
    expect((await convert(dir, ["out.jsonl", "back.csv"])).code).toBe(0);
    expect(await readFile(join(dir, "back.csv"), "utf8")).toBe(
      "id,barrio,activo\r\n1,Centro,true\r\n2,Sur,false\r\n",
    );
  });

  it("an inferred type that cells of the sample do not have is not forced: the column stays text, and says why", async () => {
    const ages = Array.from({ length: 40 }, (_, i) => `${i + 1},${20 + i}`);
    ages[6] = "7,treinta";
    const dir = await folder({ "in.csv": `id,edad\n${ages.join("\n")}\n` });
    const r = await convert(dir, ["in.csv", "out.parquet"]);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain(
      "columna edad: 1 celda no es de tipo integer (1 fila 8); la columna se escribe como texto",
    );
    expect(r.out).toContain("id: BIGINT, edad: VARCHAR");
    const read = await parquet(join(dir, "out.parquet"));
    expect(read.rows[6]).toEqual([7n, "treinta"]);
    expect(read.rows[0]).toEqual([1n, "20"]);
  });

  it("says which tokens inference reads as missing («N/D»): they are empty in the output, not recoded silently", async () => {
    const ages = Array.from({ length: 40 }, (_, i) => `${i + 1},${i === 6 ? "N/D" : 20 + i}`);
    const dir = await folder({ "in.csv": `id,edad\n${ages.join("\n")}\n` });
    const r = await convert(dir, ["in.csv", "out.jsonl"]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain("se leen como faltantes, vacíos en la salida (inferidos): «N/D»");
    expect((await readFile(join(dir, "out.jsonl"), "utf8")).split("\n")[6]).toBe('{"id":7,"edad":null}');
  });

  it("a cell that does not fit its Parquet type stops the write: counted, located, nothing written", async () => {
    const schema = {
      fields: [
        { name: "id", type: "integer" },
        { name: "edad", type: "integer" },
      ],
    };
    const dir = await folder({
      "in.csv": "id,edad\n1,34\n2,N/D\n3,40\n",
      "schema.json": JSON.stringify(schema),
    });
    const r = await convert(dir, ["in.csv", "out.parquet", "--schema", "schema.json", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("column edad: 1 cell is not of type integer (1 row 3)");
    expect(r.err).toContain("nothing was written");
    expect(r.err).not.toContain("N/D");
    expect((await readdir(dir)).sort()).toEqual(["in.csv", "schema.json"]);
  });

  it("CSV → XLSX → CSV keeps every row", async () => {
    const csv = "id,barrio,nota\n1,Centro,x\n2,Villa Nueva,\n3,San José,ok\n";
    const dir = await folder({ "in.csv": csv });
    const there = await convert(dir, ["in.csv", "out.xlsx"]);
    expect(there.code, there.err).toBe(0);
    const back = await convert(dir, ["out.xlsx", "back.csv"]);
    expect(back.code, back.err).toBe(0);
    expect((await readFile(join(dir, "back.csv"), "utf8")).replace(/\r\n/g, "\n")).toBe(csv);
  });

  describe("bad input: exit 2, es/en/pt, nothing written", () => {
    const cases: [string, string[], Record<"es" | "en" | "pt", string>][] = [
      [
        "an unsupported extension",
        ["in.csv", "out.ods"],
        {
          es: "No se reconoce el formato de out.ods",
          en: "The format of out.ods is not recognised",
          pt: "O formato de out.ods não é reconhecido",
        },
      ],
      ["a missing file", ["nada.csv", "out.json"], { es: "nada.csv", en: "nada.csv", pt: "nada.csv" }],
      [
        "a missing Parquet file",
        ["nada.parquet", "out.csv"],
        { es: "nada.parquet", en: "nada.parquet", pt: "nada.parquet" },
      ],
      [
        "a JSON file that is not a table",
        ["bad.json", "out.csv"],
        {
          es: "bad.json: se esperaba una lista de objetos",
          en: "bad.json: a list of objects",
          pt: "bad.json: esperava-se uma lista de objetos",
        },
      ],
    ];
    for (const [name, argv, messages] of cases)
      it(name, async () => {
        const dir = await folder({ "in.csv": "id,barrio\n1,Centro\n", "bad.json": '{"id": 1}' });
        for (const [lang, text] of Object.entries(messages)) {
          const r = await convert(dir, [...argv, "--lang", lang]);
          expect(r.code, lang).toBe(2);
          expect(r.err, lang).toContain(text);
          expect(r.err, lang).not.toMatch(/\n\s+at /);
        }
        expect((await readdir(dir)).sort()).toEqual(["bad.json", "in.csv"]);
      });

    it("refuses to write over its input", async () => {
      const dir = await folder({ "in.csv": "id\n1\n" });
      const r = await convert(dir, ["in.csv", "./in.csv"]);
      expect(r.code).toBe(2);
      expect(await readFile(join(dir, "in.csv"), "utf8")).toBe("id\n1\n");
    });
  });
});
