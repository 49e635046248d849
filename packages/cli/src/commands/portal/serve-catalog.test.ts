import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";

// A folder whose personal table is served with its identifiers masked: the HTML catalog and the
// validation report it links must show its quality without one personal value.
const PEOPLE = [
  ["20123456", "Ana Pérez"],
  ["27987654", "Luis Gómez"],
  ["30111222", "María Fernández"],
  ["25444555", "Jorge Rodríguez"],
  ["33666777", "Lucía Martínez"],
  ["28999000", "Carlos López"],
];
const TABLES = {
  "barrios.csv": "id,nombre\n1,Centro\n2,Norte\n3,Sur\n",
  // A repeated DNI (the primary key) and a bad age: findings whose report rows carry personal cells.
  "beneficiarios.csv": `dni,nombre_completo,edad\n${[...PEOPLE, PEOPLE[0] as string[]]
    .map(([dni, name], i) => `${dni},${name},${i === 2 ? "treinta" : 30 + i}`)
    .join("\n")}\n`,
  "datapackage.json": JSON.stringify({
    name: "programa-alimentar",
    resources: [
      { name: "barrios", path: "barrios.csv" },
      {
        name: "beneficiarios",
        path: "beneficiarios.csv",
        schema: {
          fields: [
            { name: "dni", type: "integer" },
            { name: "nombre_completo", type: "string" },
            { name: "edad", type: "integer" },
          ],
          primaryKey: ["dni"],
        },
      },
    ],
  }),
  "ciudata-serve.json": JSON.stringify({
    tables: { beneficiarios: { mask: ["dni", "nombre_completo"] } },
  }),
};

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ciudata-cli-catalog-"));
  for (const [name, text] of Object.entries(TABLES)) await writeFile(join(dir, name), text);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Starts `ciudata portal serve` and waits (with no time limit but the test's) until it prints its address. */
async function serving(args: string[]) {
  const c = capture();
  let ended = false;
  const done = run(["portal", "serve", ...args, "--for", "600"], c.io).finally(() => {
    ended = true;
  });
  while (!ended && !c.err() && !/http:\/\/127\.0\.0\.1:\d+/.test(c.out()))
    await new Promise((r) => setTimeout(r, 20));
  const url = /http:\/\/127\.0\.0\.1:\d+/.exec(c.out())?.[0] ?? "";
  return { c, done, url, stop: () => process.emit("SIGTERM") };
}

describe("ciudata portal serve: the HTML catalog and DCAT-US", () => {
  it("shows each dataset's quality badges and links its masked validation report", async () => {
    const s = await serving([dir]);
    try {
      expect(s.url, s.c.out() + s.c.err()).not.toBe("");
      expect(s.c.out()).toContain(`Catálogo: ${s.url}/`);
      expect(s.c.out()).toContain(`DCAT-US:  ${s.url}/dcat-us/data.json`);
      // A plain folder has no keywords, description nor contact: said at start-up, not invented.
      expect(s.c.out()).toContain(
        "DCAT-US: faltan campos requeridos (se publican sin ellos): barrios (description, keyword, contactPoint)",
      );

      const page = await (await fetch(`${s.url}/?lang=en`)).text();
      expect(page).toContain('<html lang="en">');
      expect(page).toContain("Completeness");
      expect(page).toMatch(/Overall score: \d+\/100/);
      expect(page).toContain("Masked: <code>dni</code>, <code>nombre_completo</code>");

      const report = await fetch(`${s.url}/dataset/beneficiarios/report?lang=es`);
      expect(report.status).toBe(200);
      const html = await report.text();
      // The same report as `validate --format html`, in the language asked.
      expect(html).toMatch(/^<!doctype html><html lang="es">/);
      expect(html).not.toContain("<p>Sin hallazgos.</p>");
      expect(html).toMatch(/<tr class="error">/);
      for (const [dni, name] of PEOPLE) {
        expect(html).not.toContain(dni);
        expect(html).not.toContain(name);
        expect(page).not.toContain(name);
      }
    } finally {
      s.stop();
      expect(await s.done).toBe(0);
    }
  }, 300_000);
});
