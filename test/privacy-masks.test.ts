// Finding 5 of issue #17: masks by column, not by length. Every command of the CLI, in every report
// format, on a synthetic registry written here: no value of a personal column (names of 3–4 letters,
// DNI, phone, address, description) appears unmasked, and the values of public columns (barrio) do.
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../packages/cli/src/commands/index";
import { DEMO_TEXT } from "../packages/cli/src/demo/data";
import { runCli } from "./support/cli";

const NAMES = ["Ana", "Juan", "Luz", "Ruiz", "Paz", "Leo", "Eva", "Sol", "Ivo", "Noé"];
const SURNAMES = ["Ruiz", "Gil", "Paz", "Sosa", "Vera", "Rey", "Luna", "Mora"];
const BARRIOS = ["Palermo", "Recoleta", "Caballito", "Flores", "Boedo"];
const DEPARTAMENTOS = ["AMAZONAS", "JUNÍN", "CUSCO", "PIURA"];
const DESCRIPTIONS = [
  "Vestía campera azul y zapatillas blancas",
  "Cicatriz en la mano izquierda, pelo corto",
  "Tatuaje de un ancla en el brazo derecho",
  "Usa anteojos y lleva mochila roja",
];
const PERSONAL = ["nombre", "apellido", "dni", "telefono", "direccion", "descripcion"] as const;
const HEADER = [...PERSONAL, "barrio", "departamento", "edad"];

/** The registry: 44 people; a wrong age, and «Palermo» written three ways, so reports show cells. */
function registry(): Record<string, string>[] {
  const rows = Array.from({ length: 42 }, (_, i) => ({
    nombre: NAMES[i % NAMES.length] as string,
    apellido: SURNAMES[i % SURNAMES.length] as string,
    dni: String(20_000_000 + i * 7919),
    telefono: `11-4${String(i).padStart(3, "0")}-${1000 + i}`,
    direccion: `Av. Corrientes ${1000 + i}`,
    descripcion: DESCRIPTIONS[i % DESCRIPTIONS.length] as string,
    barrio: BARRIOS[i % BARRIOS.length] as string,
    departamento: DEPARTAMENTOS[i % DEPARTAMENTOS.length] as string,
    edad: String(20 + i),
  }));
  (rows[41] as Record<string, string>).edad = "x";
  (rows[40] as Record<string, string>).barrio = "PALERMO";
  (rows[39] as Record<string, string>).barrio = "palermo";
  return rows;
}

const ROWS = registry();
const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
const CSV = `${[HEADER.join(","), ...ROWS.map((r) => HEADER.map((h) => csvCell(r[h] ?? "")).join(","))].join("\n")}\n`;
/** Every value of a personal column, each as a whole word. */
const SECRETS = [...new Set(ROWS.flatMap((r) => PERSONAL.map((c) => r[c] as string)))];

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The personal values found in clear in a text (as whole words, HTML and JSON escapes undone). */
function leaks(text: string, secrets: readonly string[] = SECRETS): string[] {
  const plain = text.replaceAll("&amp;", "&").replaceAll("&#39;", "'").replaceAll("&quot;", '"');
  return secrets.filter((s) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(s)}(?![\\p{L}\\p{N}])`, "u").test(plain),
  );
}

let dir = "";
let server: Server;
let base = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ciudata-masks-"));
  await writeFile(join(dir, "registro.csv"), CSV);
  // An inventory whose one dataset is the registry (personal, restricted).
  await writeFile(
    join(dir, "inventario.json"),
    JSON.stringify({
      format: "ciudata-inventory",
      version: 1,
      orgUnits: [{ id: "salud", name: { es: "Salud" }, kind: "area" }],
      datasets: [
        {
          id: "registro",
          title: "Registro",
          orgUnitId: "salud",
          accessLevel: "restricted",
          personalData: true,
          state: "existing",
          distribution: [{ identifier: "registro-csv", title: "CSV", downloadURL: "registro.csv" }],
        },
      ],
    }),
  );
  await writeFile(
    join(dir, "plan.json"),
    JSON.stringify({
      columns: { nombre: { action: "drop" }, dni: { action: "drop" }, descripcion: { action: "drop" } },
      k: 3,
      quasiIdentifiers: ["barrio", "departamento", "edad"],
    }),
  );
  // The registry with coordinates (personal: where people live) and barrio polygons, for `geo`.
  const geoHeader = [...HEADER, "lat", "lon"];
  const geoRows = ROWS.map((r, i) => [
    ...HEADER.map((h) => csvCell(r[h] ?? "")),
    String(-34.58 - (i % 7) * 0.01),
    String(-58.43 - (i % 5) * 0.01),
  ]);
  await writeFile(
    join(dir, "registro-geo.csv"),
    `${[geoHeader.join(","), ...geoRows.map((r) => r.join(","))].join("\n")}\n`,
  );
  const square = (x: number, y: number) => [
    [
      [x, y],
      [x + 0.02, y],
      [x + 0.02, y + 0.03],
      [x, y + 0.03],
      [x, y],
    ],
  ];
  await writeFile(
    join(dir, "barrios.geojson"),
    JSON.stringify({
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          properties: { barrio: "Palermo" },
          geometry: { type: "Polygon", coordinates: square(-58.45, -34.62) },
        },
        {
          type: "Feature",
          properties: { barrio: "Recoleta" },
          geometry: { type: "Polygon", coordinates: square(-58.43, -34.62) },
        },
      ],
    }),
  );
  // A table of counts by barrio, for `suppress`.
  await writeFile(join(dir, "conteos.csv"), "barrio,F,M\nPalermo,12,3\nRecoleta,7,9\nBoedo,2,8\n");
  // A loopback portal: the registry as a file, and as CKAN datastore rows.
  server = createServer((req, res) => {
    if (req.url?.includes("datastore_search")) {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ success: true, result: { records: ROWS, total: ROWS.length } }));
    } else if (req.url === "/registro.csv") {
      res.setHeader("content-type", "text/csv");
      res.end(CSV);
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((done) => server.close(done));
  await rm(dir, { recursive: true, force: true });
});

/** The command lines that show the registry, by command; `public` is a value they must show. */
const RUNS: Record<string, { argv: () => string[]; public?: string }[]> = {
  validate: [
    { argv: () => ["validate", "registro.csv"], public: "Palermo" },
    { argv: () => ["validate", "registro.csv", "--profile", "ar-datos-abiertos"], public: "Palermo" },
    { argv: () => ["validate", "registro.csv", "--registry"], public: "Palermo" },
  ],
  inspect: [{ argv: () => ["inspect", "registro.csv"] }],
  schema: [{ argv: () => ["schema", "infer", "registro.csv"], public: "Palermo" }],
  stats: [{ argv: () => ["stats", "registro.csv"], public: "Palermo" }],
  privacy: [
    { argv: () => ["privacy", "scan", "registro.csv"] },
    { argv: () => ["privacy", "risk", "registro.csv", "--qi", "barrio,departamento,edad", "--k", "5"] },
  ],
  anonymize: [{ argv: () => ["anonymize", "registro.csv", "--plan", "plan.json", "--out", "anon.csv"] }],
  clean: [
    {
      argv: () => ["clean", "registro.csv", "--out", "limpio.csv", "--steps", "all", "--log", "cambios.csv"],
    },
  ],
  suppress: [
    { argv: () => ["suppress", "registro.csv"] },
    { argv: () => ["suppress", "conteos.csv"], public: "Palermo" },
  ],
  disaggregation: [
    { argv: () => ["disaggregation", "check", "registro.csv"] },
    {
      argv: () => ["disaggregation", "normalize", "registro.csv", "--out", "norm.csv"],
      // Territory names are public: shown as they are, not «PXXXXXX» (the departments are coded with the
      // detected Peruvian list; the barrios, in no list, are listed by name).
      public: "Palermo",
    },
    {
      argv: () => ["disaggregation", "aggregate", "registro.csv", "--by", "barrio,departamento"],
      public: "Palermo",
    },
  ],
  // The people of the registry linked with themselves and deduplicated: reports show levels, weights and
  // row ids only (their data files are checked below).
  link: [{ argv: () => ["link", "registro.csv", "registro.csv"] }],
  dedupe: [{ argv: () => ["dedupe", "registro.csv"] }],
  inventory: [
    { argv: () => ["inventory", "validate", "inventario.json", "--as-of", "2026-03-31"] },
    { argv: () => ["inventory", "report", "inventario.json", "--as-of", "2026-03-31"] },
  ],
  // The inventory watched: the run and the history's report name datasets and columns, never a value.
  watch: [
    { argv: () => ["watch", "inventario.json", "--once", "--db", "watch.duckdb", "--as-of", "2026-03-31"] },
    { argv: () => ["watch", "report", "--db", "watch.duckdb"] },
  ],
  // Coordinates of people are quasi-identifiers: reports show row numbers and barrio names only.
  geo: [
    { argv: () => ["geo", "check", "registro-geo.csv", "--areas", "barrios.geojson"], public: "Recoleta" },
    { argv: () => ["geo", "assign", "registro-geo.csv", "--areas", "barrios.geojson", "--out", "geo.csv"] },
    {
      argv: () => ["geo", "coverage", "registro-geo.csv", "--areas", "barrios.geojson", "--by", "edad"],
      public: "Recoleta",
    },
    { argv: () => ["geo", "coarsen", "registro-geo.csv", "--grid", "500", "--out", "geo-500.csv"] },
  ],
  portal: [
    { argv: () => ["portal", "validate", base, `${base}/registro.csv`], public: "Recoleta" },
    {
      argv: () => ["portal", "rows", base, "registro", "--platform", "ckan", "--limit", "50"],
      public: "Palermo",
    },
  ],
};
/** Commands that never read a table of people: what they show comes from elsewhere. */
const NO_REGISTRY: Record<string, string> = {
  demo: "its own synthetic padrón (checked below)",
  id: "one ID the user types on the command line, shown back to them",
  strategy: "a strategy file (goals and dates)",
  hackathon: "judges' scores and challenge files",
  conformance: "conformance suites",
  help: "help texts",
  survey:
    "questionnaires and their answers: reports give counts with groups under 5 hidden, and the import shows an invalid e-mail as •••",
};
/**
 * Commands whose product is the data itself, an export the user asked for (`--out`): the file holds the
 * values as they are, but nothing they print (summary, warnings, counts of cells that did not cast) names one.
 */
const EXPORTS: Record<string, string[][]> = {
  extract: [
    ["extract", "registro.csv", "--where", "edad >= 0", "--out", "extract.jsonl"],
    ["extract", "registro.csv", "--columns", "nombre,dni,barrio", "--limit", "5", "--out", "extract.csv"],
  ],
  convert: [["convert", "registro.csv", "registro.parquet"]],
};
const FORMATS = ["text", "json", "md", "html"] as const;

describe("masks by column (finding 5)", () => {
  it("covers every command of the CLI", () => {
    const names = commands.map((c) => c.name);
    expect([...Object.keys(RUNS), ...Object.keys(NO_REGISTRY), ...Object.keys(EXPORTS)].sort()).toEqual(
      [...names].sort(),
    );
  });

  for (const [command, runs] of Object.entries(EXPORTS))
    it(`${command}: the export holds the values; what it prints names columns, never a value`, async () => {
      for (const argv of runs) {
        const r = await runCli(argv, { cwd: dir });
        expect(leaks(r.out + r.err), argv.join(" ")).toEqual([]);
        expect(r.code, `${argv.join(" ")}: ${r.err}`).toBe(0);
        // The personal columns written are named in the warning.
        expect(r.err, argv.join(" ")).toContain("dni");
        // The file written holds them as they are: an export is not a report.
        const out = argv[argv.indexOf("--out") + 1];
        if (argv.includes("--out"))
          expect(leaks(await readFile(join(dir, out as string), "utf8"))).not.toEqual([]);
      }
    });

  for (const [command, runs] of Object.entries(RUNS))
    for (const run of runs)
      it(`${command}: no personal value in clear, public values shown (${FORMATS.join(", ")})`, async () => {
        let everything = "";
        for (const format of FORMATS) {
          const argv = run.argv();
          const r = await runCli([...argv, "--format", format], { cwd: dir });
          const printed = r.out + r.err;
          everything += printed;
          expect(leaks(printed), `${argv.join(" ")} --format ${format}`).toEqual([]);
          // The same report written to a file with --out (commands whose --out is the report).
          const outIsData = ["disaggregation", "suppress", "link", "dedupe"].includes(command);
          if (!argv.includes("--out") && !outIsData) {
            const out = `report-${command}.${format === "text" ? "txt" : format}`;
            const w = await runCli([...argv, "--format", format, "--out", out], { cwd: dir });
            const written = await readFile(join(dir, out), "utf8").catch(() => "");
            expect(leaks(w.out + w.err + written), `${argv.join(" ")} --out ${out}`).toEqual([]);
          }
        }
        // Public values are shown as they are (in the formats that show cells).
        if (run.public !== undefined) expect(everything).toContain(run.public);
        // Eight runs of a command (four formats, each also with --out): slow on a loaded machine.
      }, 120_000);

  it("validate --format json: short names are masked in the cells of an error row (was «Ruiz», «Juan», «Ana»)", async () => {
    const r = await runCli(["validate", "registro.csv", "--format", "json"], { cwd: dir });
    const report = JSON.parse(r.out) as { tasks: { errors: { type: string; cells?: string[] }[] }[] };
    const typeError = report.tasks[0]?.errors.find((e) => e.type === "type-error");
    // Row 43 (Juan Gil…) has the wrong age: its personal cells are masked whole, its barrio shown.
    expect(typeError?.cells?.slice(0, 2)).toEqual(["Jxxx", "Gxx"]);
    expect(typeError?.cells?.[6]).toBe("Recoleta");
    expect(typeError?.cells?.[7]).toBe("JUNÍN");
  });

  it("--mask-all masks the public columns too", async () => {
    const r = await runCli(["validate", "registro.csv", "--format", "json", "--mask-all"], { cwd: dir });
    expect(r.out).not.toContain('"Recoleta"');
    expect(leaks(r.out)).toEqual([]);
  });

  it("schema infer masks the likely values of a description column (missing persons' descriptions)", async () => {
    const r = await runCli(["schema", "infer", "registro.csv", "--format", "md"], { cwd: dir });
    expect(leaks(r.out + r.err, DESCRIPTIONS)).toEqual([]);
    expect(r.out).toContain("Palermo");
  });

  it("dedupe --out: the report, pairs, groups and review band show no personal value in clear", async () => {
    const out = join(dir, "dedupe-out");
    const r = await runCli(["dedupe", "registro.csv", "--out", out, "--format", "json"], { cwd: dir });
    expect(r.code).toBe(0);
    let printed = r.out + r.err;
    const names = await readdir(out);
    expect(names).toContain("review.csv");
    // linked.csv is the registry itself with the group added: data the user owns, not a report.
    for (const name of names.filter((n) => n !== "linked.csv"))
      printed += await readFile(join(out, name), "utf8");
    expect(leaks(printed)).toEqual([]);
  });

  it("clean --log: the change log masks the personal values it changed or dropped, CSV and JSON", async () => {
    // The registry with spaces around every personal value, a blank row and a duplicate: each is logged.
    const messy = CSV.split("\n")
      .map((line, i) => (i === 0 || line === "" ? line : line.replace(/^([^,]+),([^,]+)/, " $1 , $2 ")))
      .join("\n");
    const lines = messy.trimEnd().split("\n");
    await writeFile(join(dir, "sucio.csv"), `${[...lines, ",,,,,,,,", lines[1]].join("\n")}\n`);
    for (const log of ["cambios-sucio.csv", "cambios-sucio.json"]) {
      const r = await runCli(
        ["clean", "sucio.csv", "--out", "limpio-sucio.csv", "--steps", "all", "--log", log],
        {
          cwd: dir,
        },
      );
      expect(r.code).toBe(0);
      const written = await readFile(join(dir, log), "utf8");
      expect(written).toContain("duplicate-rows");
      expect(written.split("trim").length).toBeGreaterThan(80);
      expect(leaks(r.out + r.err + written)).toEqual([]);
    }
    expect(await readFile(join(dir, "limpio-sucio.csv"), "utf8")).toBe(CSV);
  });

  it("demo: no value of the padrón's personal columns in clear, in any report it writes", async () => {
    const demoDir = join(dir, "demo");
    const header = (DEMO_TEXT.split("\r\n")[1] as string).split(";");
    const personal = ["dni", "apellido", "nombre", "fecha_nacimiento"].map((c) => header.indexOf(c));
    const secrets = DEMO_TEXT.split("\r\n")
      .slice(2)
      .flatMap((line) => personal.map((i) => line.split(";")[i] ?? ""))
      .filter((v) => v !== "" && v !== "s/d");
    const r = await runCli(["demo", "--out", demoDir, "--as-of", "2026-11-22"], { cwd: dir, lang: "en" });
    expect(r.code).toBe(0);
    let printed = r.out + r.err;
    // Its reports (the mirrored portal under portal/ is data: synthetic place names such as «San Martín»).
    for (const name of await readdir(demoDir))
      if (/\.(html|md|json|txt)$/.test(name)) printed += await readFile(join(demoDir, name), "utf8");
    expect(leaks(printed, secrets)).toEqual([]);
  });
});
