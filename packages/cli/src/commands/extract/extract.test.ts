import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";

/** A small registry: a personal name, an id, ages (one empty), amounts, neighbourhoods. */
const REGISTRY = [
  "id,nombre,edad,monto,barrio",
  "1,Ana Pérez,34,1200.5,Centro",
  "2,Luis Gómez,17,99.5,Norte",
  "3,Marta Díaz,,10,Centro",
  "4,Juan Ruiz,71,0,Sur",
  "5,Sofía Paz,18,15.25,Centro",
  "",
].join("\n");

async function folder(files: Record<string, string> = { "in.csv": REGISTRY }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "ciudata-extract-"));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

async function extract(dir: string, argv: string[], env: Record<string, string> = {}) {
  const c = capture(env);
  const code = await run(["extract", join(dir, "in.csv"), ...argv], { ...c.io, cwd: dir });
  return { code, out: c.out(), err: c.err() };
}

describe("ciudata extract", () => {
  it("writes the columns asked, in that order, as CSV to standard output", async () => {
    const dir = await folder();
    const r = await extract(dir, ["--columns", "barrio,id", "--yes-personal"]);
    expect(r.code).toBe(0);
    expect(r.out).toBe("barrio,id\r\nCentro,1\r\nNorte,2\r\nCentro,3\r\nSur,4\r\nCentro,5\r\n");
    expect(r.err).toContain("5 filas escritas de 5 filas leídas");
  });

  it("--where keeps exactly the rows an independent filter keeps; --offset and --limit apply after it", async () => {
    const dir = await folder();
    const r = await extract(dir, [
      "--where",
      "edad >= 18 and barrio != 'Norte'",
      "--format",
      "json",
      "--yes-personal",
    ]);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as Record<string, string>[];
    const expected = REGISTRY.trim()
      .split("\n")
      .slice(1)
      .map((l) => l.split(","))
      .filter(([, , edad, , barrio]) => edad !== "" && Number(edad) >= 18 && barrio !== "Norte")
      .map(([id]) => id);
    expect(rows.map((row) => row.id)).toEqual(expected);
    // Without a schema, JSON keeps text.
    expect(rows[0]).toEqual({ id: "1", nombre: "Ana Pérez", edad: "34", monto: "1200.5", barrio: "Centro" });
    // The empty age cannot be compared: the row is left out and reported, never its value.
    expect(r.err).toContain("--where no se pudo evaluar en 1 fila (4)");
    const paged = await extract(dir, [
      "--where",
      "barrio == 'Centro'",
      "--offset",
      "1",
      "--limit",
      "1",
      "--columns",
      "id",
    ]);
    expect(paged.out).toBe("id\r\n3\r\n");
  });

  it("casts by --schema in JSONL; a cell that does not cast is kept as text, counted and located (exit 1)", async () => {
    const schema = {
      fields: [
        { name: "id", type: "integer" },
        { name: "nombre", type: "string" },
        { name: "edad", type: "integer" },
        { name: "monto", type: "integer" },
        { name: "barrio", type: "string" },
      ],
    };
    const dir = await folder({ "in.csv": REGISTRY, "schema.json": JSON.stringify(schema) });
    const r = await extract(
      dir,
      ["--schema", "schema.json", "--format", "jsonl", "--columns", "id,edad,monto"],
      {
        LANG: "en_US.UTF-8",
      },
    );
    expect(r.code).toBe(1);
    const lines = r.out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({ id: 1, edad: 34, monto: "1200.5" });
    expect(lines[2]).toEqual({ id: 3, edad: null, monto: 10 });
    expect(r.err).toContain("column monto: 3 cells are not of type integer (3 rows 2, 3, 6)");
  });

  it("warns on standard error, Spanish first, naming personal columns and never their values", async () => {
    const dir = await folder();
    const r = await extract(dir, ["--columns", "nombre,barrio", "--out", "out.csv"]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^Aviso: estas columnas parecen datos personales y se exportan tal cual: nombre\./);
    expect(r.err).not.toContain("Ana");
    expect(await readFile(join(dir, "out.csv"), "utf8")).toContain("Ana Pérez,Centro");
    const quiet = await extract(dir, ["--columns", "nombre", "--out", "out2.csv", "--yes-personal"]);
    expect(quiet.err).toBe("");
    const none = await extract(dir, ["--columns", "barrio", "--out", "out3.csv"]);
    expect(none.err).toBe("");
  });

  describe("bad input: exit 2, a located message in es/en/pt, nothing written", () => {
    const cases: [string, string[], Record<"es" | "en" | "pt", string>][] = [
      [
        "an unknown column",
        ["--columns", "id,edda", "--out", "out.json"],
        {
          es: "--columns: la columna «edda» no existe. ¿Quiso decir «edad»? Columnas de la tabla: id, nombre, edad, monto, barrio.",
          en: '--columns: there is no column "edda". Did you mean "edad"?',
          pt: "--columns: a coluna «edda» não existe. Você quis dizer «edad»?",
        },
      ],
      [
        "an unknown column in --where",
        ["--where", "baro == 'Sur'", "--out", "out.json"],
        {
          es: "--where: la columna «baro» no existe.",
          en: '--where: there is no column "baro"',
          pt: "--where: a coluna «baro» não existe",
        },
      ],
      [
        "a --where syntax error",
        ["--where", "edad >= )", "--out", "out.json"],
        {
          es: "--where no se puede leer: en el carácter 9 se esperaba un valor (un nombre de columna, un número o un texto) y se encontró «)».\n  edad >= )\n          ^",
          en: '--where cannot be read: at character 9 a value (a field name, a number or a string) was expected, found ")".\n  edad >= )\n          ^',
          pt: "--where não pode ser lido: no caractere 9 esperava-se um valor (um nome de coluna, um número ou um texto) e encontrou-se «)».",
        },
      ],
      [
        "a bad --limit",
        ["--limit", "-3", "--out", "out.json"],
        {
          es: "--limit espera un número entero",
          en: "--limit expects a whole number",
          pt: "--limit espera um número inteiro",
        },
      ],
      [
        "XLSX to standard output",
        ["--format", "xlsx"],
        {
          es: "El formato xlsx no se escribe en la salida estándar",
          en: "The xlsx format is not written",
          pt: "O formato xlsx não é escrito",
        },
      ],
    ];
    for (const [name, argv, messages] of cases)
      it(name, async () => {
        const dir = await folder();
        for (const [lang, text] of Object.entries(messages)) {
          const r = await extract(dir, [...argv, "--lang", lang]);
          expect(r.code, lang).toBe(2);
          expect(r.err, lang).toContain(text);
        }
        expect(await readdir(dir)).toEqual(["in.csv"]);
      });

    it("a missing file", async () => {
      const dir = await folder();
      for (const lang of ["es", "en", "pt"]) {
        const c = capture();
        const code = await run(["extract", "nada.csv", "--out", "out.csv", "--lang", lang], {
          ...c.io,
          cwd: dir,
        });
        expect(code).toBe(2);
        expect(c.err()).toContain("nada.csv");
        expect(c.err()).not.toMatch(/\n\s+at /);
      }
      expect(await readdir(dir)).toEqual(["in.csv"]);
    });

    it("writes XLSX that reads back to the same rows as the CSV output", async () => {
      const dir = await folder();
      const r = await extract(dir, ["--out", "out.xlsx", "--yes-personal"]);
      expect(r.code, r.err).toBe(0);
      const csv = await extract(dir, ["--yes-personal"]);
      const c = capture();
      const code = await run(["extract", join(dir, "out.xlsx"), "--yes-personal"], { ...c.io, cwd: dir });
      expect(code, c.err()).toBe(0);
      expect(c.out()).toBe(csv.out);
      expect((await readdir(dir)).sort()).toEqual(["in.csv", "out.xlsx"]);
    });
  });
});
