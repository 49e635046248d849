import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";

/** Three tables of a city team; `beneficiarios` holds people's names and DNIs. */
const TABLES = {
  "barrios.csv":
    "id,nombre,superficie_km2,creado\n1,Centro,2.5,2020-01-15\n2,Norte,10.25,2021-06-01\n3,Sur,7,2019-11-30\n",
  "reclamos.csv":
    "numero,canal,fecha,resuelto\n10,Web,2026-03-01T10:00:00,true\n11,Teléfono,2026-03-02T11:30:00,false\n12,Web,2026-03-03T09:15:00,true\n",
  "beneficiarios.csv": `dni,nombre_completo,programa\n${[
    ["20123456", "Ana Pérez"],
    ["27987654", "Luis Gómez"],
    ["30111222", "María Fernández"],
    ["25444555", "Jorge Rodríguez"],
    ["33666777", "Lucía Martínez"],
    ["28999000", "Carlos López"],
  ]
    .map(([dni, name]) => `${dni},${name},Alimentar`)
    .join("\n")}\n`,
};

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ciudata-cli-serve-"));
  for (const [name, text] of Object.entries(TABLES)) await writeFile(join(dir, name), text);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Starts `ciudata portal serve <folder>` for a few seconds and returns its URL and its exit. */
async function serving(args: string[]) {
  const c = capture();
  const done = run(["portal", "serve", ...args, "--for", "20"], c.io);
  for (let i = 0; i < 2000 && !/http:\/\/127\.0\.0\.1:\d+/.test(c.out()); i++) {
    if (c.err()) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  const url = /http:\/\/127\.0\.0\.1:\d+/.exec(c.out())?.[0] ?? "";
  return { c, done, url, stop: () => process.emit("SIGTERM") };
}

describe("ciudata portal serve <folder>", () => {
  it("validates every table, refuses the personal one without config, and portal rows reads the others back typed", async () => {
    const s = await serving([dir]);
    expect(s.url).not.toBe("");
    expect(s.c.out()).toMatch(/✓ barrios: calidad \d+/);
    expect(s.c.out()).toContain("✗ beneficiarios: no se sirve, tiene identificadores directos (");
    expect(s.c.out()).not.toMatch(/Ana|20123456/);
    const r = capture();
    expect(await run(["portal", "rows", s.url, "reclamos", "--format", "json"], r.io)).toBe(0);
    expect(JSON.parse(r.out())).toEqual([
      { _id: 1, numero: 10, canal: "Web", fecha: "2026-03-01T10:00:00", resuelto: true },
      { _id: 2, numero: 11, canal: "Teléfono", fecha: "2026-03-02T11:30:00", resuelto: false },
      { _id: 3, numero: 12, canal: "Web", fecha: "2026-03-03T09:15:00", resuelto: true },
    ]);
    const refused = await fetch(`${s.url}/api/3/action/datastore_search?resource_id=beneficiarios`, {
      headers: { "accept-language": "pt" },
    });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain(
      "Acesso negado: esta tabela tem identificadores diretos",
    );
    const show = await (await fetch(`${s.url}/api/3/action/package_show?id=barrios`)).json();
    expect(typeof show.result.ciudata_quality.score).toBe("number");
    s.stop();
    expect(await s.done).toBe(0);
    expect((await readdir(dir)).sort()).toEqual([
      ".ciudata",
      "barrios.csv",
      "beneficiarios.csv",
      "reclamos.csv",
    ]);
  });

  it("serves the personal table masked and dropped when ciudata-serve.json says so", async () => {
    await writeFile(
      join(dir, "ciudata-serve.json"),
      JSON.stringify({ tables: { beneficiarios: { drop: ["dni"], mask: ["nombre_completo"] } } }),
    );
    try {
      const s = await serving([dir, "--lang", "en"]);
      expect(s.c.out()).toContain("✓ beneficiarios: quality");
      expect(s.c.out()).toContain("masked: nombre_completo; dropped: dni");
      const r = capture();
      expect(await run(["portal", "rows", s.url, "beneficiarios", "--format", "json"], r.io)).toBe(0);
      const rows = JSON.parse(r.out()) as Record<string, unknown>[];
      expect(rows).toHaveLength(6);
      expect(Object.keys(rows[0] ?? {})).toEqual(["_id", "nombre_completo", "programa"]);
      expect(r.out()).not.toMatch(/Ana|Pérez|20123456/);
      s.stop();
      expect(await s.done).toBe(0);
    } finally {
      await rm(join(dir, "ciudata-serve.json"));
    }
  });

  it("exits 2, naming it, for a folder that does not exist or holds no table", async () => {
    const c = capture();
    expect(await run(["portal", "serve", join(dir, "no-existe"), "--for", "0"], c.io)).toBe(2);
    expect(c.err()).toContain(join(dir, "no-existe"));
    expect(c.err()).not.toContain("    at ");
    const empty = await mkdtemp(join(tmpdir(), "ciudata-cli-serve-empty-"));
    try {
      const e = capture();
      expect(await run(["portal", "serve", empty, "--for", "0"], e.io)).toBe(2);
      expect(e.err()).toContain("no hay tablas CSV ni TSV en");
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it("exits 2 with a located message for an invalid ciudata-serve.json", async () => {
    await writeFile(
      join(dir, "ciudata-serve.json"),
      JSON.stringify({ tables: { barrios: { mask: "dni" } } }),
    );
    try {
      const c = capture();
      expect(await run(["portal", "serve", dir, "--for", "0"], c.io)).toBe(2);
      expect(c.err()).toContain("ciudata-serve.json no es válido en /tables/barrios/mask");
      expect(c.err()).not.toContain("    at ");
    } finally {
      await rm(join(dir, "ciudata-serve.json"));
    }
  });
});
