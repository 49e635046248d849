import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createPortal } from "@ciudata/open-data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";

const TOKEN = "ckan-tok-7Qz91xVv";
const ENV = { CKAN_TOKEN: TOKEN };

/** A Data Package of three tables; `beneficiarios` holds DNIs and full names (direct identifiers). */
const PACKAGE = {
  name: "datos-abiertos-prueba",
  title: "Datos abiertos de prueba",
  keywords: ["barrios", "reclamos"],
  resources: [
    {
      name: "barrios",
      path: "barrios.csv",
      schema: {
        fields: [
          { name: "id", type: "integer" },
          { name: "nombre", type: "string", title: "Nombre del barrio" },
          { name: "superficie_km2", type: "number" },
          { name: "creado", type: "date" },
        ],
        primaryKey: "id",
      },
    },
    {
      name: "reclamos",
      path: "reclamos.csv",
      schema: {
        fields: [
          { name: "numero", type: "integer" },
          { name: "canal", type: "string" },
          { name: "fecha", type: "datetime" },
          { name: "resuelto", type: "boolean" },
        ],
      },
    },
    {
      name: "beneficiarios",
      path: "beneficiarios.csv",
      schema: {
        fields: [
          { name: "dni", type: "string" },
          { name: "nombre_completo", type: "string" },
          { name: "programa", type: "string" },
        ],
      },
    },
  ],
};
const FILES = {
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

let data = "";
let portalDir = "";
let url = "";
let serving: Promise<number>;
let served: ReturnType<typeof capture>;
const outputs: string[] = [];

beforeAll(async () => {
  data = await mkdtemp(join(tmpdir(), "ciudata-cli-publish-"));
  portalDir = await mkdtemp(join(tmpdir(), "ciudata-cli-portal-"));
  await writeFile(join(data, "datapackage.json"), JSON.stringify(PACKAGE, null, 2));
  for (const [name, text] of Object.entries(FILES)) await writeFile(join(data, name), text);
  served = capture({ PORTAL_TOKEN: TOKEN });
  serving = run(["portal", "serve", portalDir, "--token-env", "PORTAL_TOKEN", "--for", "120"], served.io);
  for (let i = 0; i < 3000 && !/http:\/\/127\.0\.0\.1:\d+/.test(served.out()); i++)
    await new Promise((r) => setTimeout(r, 10));
  url = /http:\/\/127\.0\.0\.1:\d+/.exec(served.out())?.[0] ?? "";
}, 60_000);
afterAll(async () => {
  process.emit("SIGTERM");
  await serving;
  await rm(data, { recursive: true, force: true });
  await rm(portalDir, { recursive: true, force: true });
  // The token never reaches any output: not the server's, not the publisher's.
  for (const text of [...outputs, served.out(), served.err()]) expect(text).not.toContain(TOKEN);
});

async function publish(args: string[], env: Record<string, string> = ENV) {
  const c = capture(env);
  const code = await run(["portal", "publish", ...args], c.io);
  outputs.push(c.out(), c.err());
  return { code, out: c.out(), err: c.err() };
}

describe("ciudata portal publish → portal serve → @ciudata/open-data", () => {
  it("publishes two tables, refuses the one with direct identifiers, and the client reads back rows and types", async () => {
    expect(url, served.err()).not.toBe("");
    const first = await publish([data, "--to", url]);
    expect(first.err).toBe("");
    expect(first.code).toBe(1);
    expect(served.out()).toContain("(lectura; escritura con el token de PORTAL_TOKEN)");
    expect(first.out).toContain("conjunto «datos-abiertos-prueba» creado");
    expect(first.out).toContain("+ barrios: creada, 3 filas en el DataStore");
    expect(first.out).toContain("+ reclamos: creada, 3 filas en el DataStore");
    expect(first.out).toContain(
      "✗ beneficiarios: no se publica, tiene identificadores directos (dni, nombre_completo); para publicarla igual: --force beneficiarios:direct-identifiers",
    );
    expect(first.out).not.toMatch(/Ana|20123456/);

    const portal = createPortal(url, { platform: "ckan" });
    const dataset = await portal.dataset("datos-abiertos-prueba");
    expect(dataset.resources.map((r) => r.name)).toEqual(["barrios", "reclamos"]);
    const byName = new Map(dataset.resources.map((r) => [r.name, r.id]));
    const barrios = await portal.rows(byName.get("barrios") ?? "");
    expect(barrios.fields.map((f) => [f.name, f.type])).toEqual([
      ["_id", "int"],
      ["id", "int8"],
      ["nombre", "text"],
      ["superficie_km2", "numeric"],
      ["creado", "date"],
    ]);
    expect(barrios.fields[2]?.title).toBe("Nombre del barrio");
    expect(barrios.records.map(({ _id, ...r }) => r)).toEqual([
      { id: 1, nombre: "Centro", superficie_km2: 2.5, creado: "2020-01-15" },
      { id: 2, nombre: "Norte", superficie_km2: 10.25, creado: "2021-06-01" },
      { id: 3, nombre: "Sur", superficie_km2: 7, creado: "2019-11-30" },
    ]);
    const reclamos = await portal.rows(byName.get("reclamos") ?? "");
    expect(reclamos.fields.map((f) => f.type)).toEqual(["int", "int8", "text", "timestamp", "bool"]);
    expect(reclamos.records.map(({ _id, ...r }) => r)).toEqual([
      { numero: 10, canal: "Web", fecha: "2026-03-01T10:00:00", resuelto: true },
      { numero: 11, canal: "Teléfono", fecha: "2026-03-02T11:30:00", resuelto: false },
      { numero: 12, canal: "Web", fecha: "2026-03-03T09:15:00", resuelto: true },
    ]);
    // The uploaded file is the source file, byte for byte.
    const resource = await portal.resource(byName.get("barrios") ?? "");
    expect(await (await fetch(resource.url ?? "")).text()).toBe(FILES["barrios.csv"]);
  });

  it("changes nothing on a second run and says so", async () => {
    const again = await publish([data, "--to", url, "--lang", "en"]);
    expect(again.out).toContain('dataset "datos-abiertos-prueba" unchanged');
    expect(again.out).toContain("= barrios: unchanged");
    expect(again.out).toContain("No changes: the portal already has this version; nothing was written.");
  });

  it("--dry-run prints the difference and writes nothing; a real run then updates only that table", async () => {
    await writeFile(join(data, "reclamos.csv"), `${FILES["reclamos.csv"]}13,Web,2026-03-04T08:00:00,false\n`);
    const dry = await publish([data, "--to", url, "--dry-run"], {});
    expect(dry.code).toBe(1);
    expect(dry.out).toContain("~ reclamos: se actualizaría");
    expect(dry.out).toContain("difiere: content");
    expect(dry.out).toContain("= barrios: sin cambios");
    expect(dry.out).toContain("Simulación (--dry-run): no se escribió nada.");
    const portal = createPortal(url, { platform: "ckan" });
    const id =
      (await portal.dataset("datos-abiertos-prueba")).resources.find((r) => r.name === "reclamos")?.id ?? "";
    expect((await portal.rows(id)).total).toBe(3);
    const real = await publish([data, "--to", url, "--format", "json"]);
    const json = JSON.parse(real.out);
    expect(json.tables.map((t: { name: string; change: string }) => [t.name, t.change])).toEqual([
      ["barrios", "unchanged"],
      ["reclamos", "update"],
      ["beneficiarios", "refused"],
    ]);
    expect((await portal.rows(id)).total).toBe(4);
  });

  it("publishes the refused table only when --force names its finding", async () => {
    const wrong = await publish([data, "--to", url, "--force", "barrios:direct-identifiers"]);
    expect(wrong.out).toContain("✗ beneficiarios");
    const forced = await publish([data, "--to", url, "--force", "beneficiarios:direct-identifiers"]);
    expect(forced.code).toBe(0);
    expect(forced.out).toContain("+ beneficiarios: creada, 6 filas en el DataStore");
    expect(forced.out).toContain("publicada igual (--force): direct-identifiers");
    expect(forced.out).not.toMatch(/Ana|20123456/);
  });
});

describe("ciudata portal publish: bad input is located and exits 2 (es, en, pt)", () => {
  it("a missing token names the variable and what to do", async () => {
    const es = await publish([data, "--to", url], {});
    expect(es.code).toBe(2);
    expect(es.err).toContain("la variable de entorno CKAN_TOKEN no existe o está vacía");
    const pt = await publish([data, "--to", url, "--token-env", "MEU_TOKEN", "--lang", "pt"], {});
    expect(pt.code).toBe(2);
    expect(pt.err).toContain("a variável de ambiente MEU_TOKEN não existe");
    expect(es.err + pt.err).not.toMatch(/\n\s+at /);
  });

  it("a token the portal refuses (403 from portal serve, 401 from another server) is exit 2 with what to check", async () => {
    const wrong = await publish(
      [data, "--to", url, "--force", "beneficiarios:direct-identifiers", "--lang", "en"],
      {
        CKAN_TOKEN: "not-the-token",
      },
    );
    // Nothing changed since the last run, so no write is attempted with the wrong token: change a file.
    expect(wrong.code).toBe(0);
    await writeFile(join(data, "barrios.csv"), `${FILES["barrios.csv"]}4,Oeste,3,2022-02-02\n`);
    const refused = await publish([data, "--to", url, "--lang", "en"], { CKAN_TOKEN: "not-the-token" });
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("The portal refused the token (HTTP 403)");
    expect(refused.err).toContain("check the API token in CKAN_TOKEN: it must be valid");
    expect(refused.err).not.toContain("not-the-token");
    const stub = createServer((req, res) => {
      req.resume();
      const found = req.url?.includes("package_show");
      res.writeHead(found ? 404 : 401, { "content-type": "application/json" });
      res.end(
        JSON.stringify(
          found
            ? { success: false, error: { __type: "Not Found Error", message: "Not found" } }
            : { success: false, error: { __type: "Authorization Error", message: "Unauthorized" } },
        ),
      );
    });
    await new Promise<void>((r) => stub.listen(0, "127.0.0.1", () => r()));
    const stubUrl = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
    try {
      const four01 = await publish([data, "--to", stubUrl, "--lang", "pt"]);
      expect(four01.code).toBe(2);
      expect(four01.err).toContain("O portal recusou o token (HTTP");
    } finally {
      stub.close();
    }
  });

  it("an unknown folder and a bad --to say which and what was expected", async () => {
    const missing = await publish([join(data, "no-existe"), "--to", url]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("no-existe");
    const badTo = await publish([data, "--to", "datos.ciudad.gob.ar", "--lang", "en"]);
    expect(badTo.code).toBe(2);
    expect(badTo.err).toContain(
      '--to: expected the http(s) address of a CKAN portal, found "datos.ciudad.gob.ar"',
    );
    const badForce = await publish([data, "--to", url, "--force", "todo"]);
    expect(badForce.code).toBe(2);
    expect(badForce.err).toContain("--force: se esperaba direct-identifiers, validation o tabla:hallazgo");
    expect(await readFile(join(data, "reclamos.csv"), "utf8")).toContain("13,Web");
  });
});
