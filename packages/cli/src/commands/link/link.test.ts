import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { registries } from "../../../test-support/registries";
import { run } from "../../main";

// `ciudata link` and `ciudata dedupe` end to end, through `main` with the arguments a person types, on two
// small registries of 30 and 30 people written here (25 in both, with typos, a missing surname, swapped
// day and month, a missing id) whose truth is known.

const data = registries();
let dir = "";

async function cli(argv: string[], lang = "es_AR.UTF-8") {
  const c = capture({ LANG: lang });
  c.io.cwd = dir;
  const code = await run(argv, c.io);
  return { code, out: c.out(), err: c.err() };
}

const exists = (path: string) =>
  readdir(path).then(
    () => true,
    () => false,
  );

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ciudata-link-"));
  await writeFile(join(dir, "padron.csv"), data.left);
  await writeFile(join(dir, "programa.csv"), data.right);
  await writeFile(join(dir, "verdad.csv"), data.truth);
  await writeFile(
    join(dir, "vacio.csv"),
    "folio,nombre,apellido_paterno,apellido_materno,fecha_nacimiento\n",
  );
});

describe("ciudata link", () => {
  it("links two registries with a suggested mapping, shows the blocking counts first, writes every output", async () => {
    const r = await cli([
      "link",
      "padron.csv",
      "programa.csv",
      "--truth",
      "verdad.csv",
      "--out",
      "salida",
      "--json",
    ]);
    expect(r.err).toContain("Comparaciones por regla de bloqueo, antes de comparar");
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.mode).toBe("link");
    expect(report.sides.map((s: { records: number }) => s.records)).toEqual([30, 30]);
    expect(report.evaluation.truePairs).toBe(25);
    expect(report.evaluation.f1).toBeGreaterThanOrEqual(0.9);
    expect((await readdir(join(dir, "salida"))).sort()).toEqual([
      "clusters.csv",
      "linked.csv",
      "pairs.csv",
      "report.html",
      "review.csv",
    ]);
    const linked = (await readFile(join(dir, "salida", "linked.csv"), "utf8")).trim().split("\r\n");
    expect(linked[0]).toBe(
      "folio,nombre,apellido_paterno,apellido_materno,fecha_nacimiento,sexo,dni,cluster_id,matched_id",
    );
    expect(linked).toHaveLength(31);
    // The first person is in both registries: linked to B500.
    expect(linked[1]?.endsWith(",B500")).toBe(true);
    const clusters = (await readFile(join(dir, "salida", "clusters.csv"), "utf8")).trim().split("\r\n");
    expect(clusters).toHaveLength(61);
    const html = await readFile(join(dir, "salida", "report.html"), "utf8");
    expect(html).toContain("<svg");
    // No personal value in clear in the report, the pairs, the groups or the review band.
    for (const name of ["report.html", "pairs.csv", "clusters.csv", "review.csv"]) {
      const text = await readFile(join(dir, "salida", name), "utf8");
      for (const v of data.personal) expect(text, `${name}: ${v}`).not.toContain(v);
    }
    for (const v of data.personal) expect(r.out + r.err).not.toContain(v);
  });

  it("gives the same pairs and weights with --engine duckdb as in process", async () => {
    const a = await cli(["link", "padron.csv", "programa.csv", "--out", "motor-a"]);
    const b = await cli(["link", "padron.csv", "programa.csv", "--engine", "duckdb", "--out", "motor-b"]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const pairs = (out: string) => readFile(join(dir, out, "pairs.csv"), "utf8");
    expect(await pairs("motor-b")).toBe(await pairs("motor-a"));
  });

  it("prints a suggested configuration to save, edit and use again with --config", async () => {
    const r = await cli(["link", "padron.csv", "programa.csv", "--suggest-config"]);
    expect(r.code).toBe(0);
    const config = JSON.parse(r.out);
    expect(Object.keys(config)).toEqual(["left", "right", "settings"]);
    await writeFile(join(dir, "link.json"), r.out);
    const jsonl = await cli([
      "link",
      "padron.csv",
      "programa.csv",
      "--config",
      "link.json",
      "--pairs-format",
      "jsonl",
      "--out",
      "jsonl",
    ]);
    expect(jsonl.code).toBe(0);
    const first = JSON.parse(
      (await readFile(join(dir, "jsonl", "pairs.jsonl"), "utf8")).split("\n")[0] as string,
    );
    expect(Object.keys(first)).toEqual([
      "left",
      "right",
      "weight",
      "probability",
      "status",
      "rule",
      "levels",
      "contributions",
    ]);
    const again = await cli([
      "link",
      "padron.csv",
      "programa.csv",
      "--config",
      "link.json",
      "--format",
      "md",
      "--lang",
      "en",
    ]);
    expect(again.code).toBe(0);
    expect(again.out).toContain("# Record linkage");
    expect(again.out).toContain("## Strongest links, field by field");
  });

  it("re-imports the clerical decisions (sí/no) and runs again: a rejected link is no longer one", async () => {
    await cli(["link", "padron.csv", "programa.csv", "--out", "ronda1"]);
    const pairs = (await readFile(join(dir, "ronda1", "pairs.csv"), "utf8")).trim().split("\r\n");
    const [l, r] = (pairs[1] as string).split(",");
    const review = (await readFile(join(dir, "ronda1", "review.csv"), "utf8")).split("\r\n")[0];
    expect(review?.endsWith(",decision")).toBe(true);
    await writeFile(
      join(dir, "decisiones.csv"),
      `left_id,right_id,decision\r\n${l},${r},No\r\nA101,B501,sí\r\n`,
    );
    const r2 = await cli([
      "link",
      "review",
      "decisiones.csv",
      "padron.csv",
      "programa.csv",
      "--out",
      "ronda2",
    ]);
    expect(r2.code).toBe(0);
    expect(r2.out).toContain("Decisiones importadas: 1 par confirmado, 1 par descartado");
    const after = (await readFile(join(dir, "ronda2", "pairs.csv"), "utf8")).split("\r\n");
    const rejected = after.find((line) => line.startsWith(`${l},${r},`));
    expect(rejected?.endsWith(",no")).toBe(true);
    expect(rejected).toContain(",review,");
    expect(after.find((line) => line.startsWith("A101,B501,"))?.endsWith(",yes")).toBe(true);
  });

  it("refuses a decision that is not yes or no, naming the file and row", async () => {
    await writeFile(join(dir, "decisiones-malas.csv"), "left_id,right_id,decision\nA100,B500,quizás\n");
    const r = await cli([
      "link",
      "review",
      "decisiones-malas.csv",
      "padron.csv",
      "programa.csv",
      "--out",
      "nada5",
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("decisiones-malas.csv, fila 2: la decisión «quizás» no es sí/no");
    expect(await exists(join(dir, "nada5"))).toBe(false);
  });

  it("encodes each side with a shared secret and links the encodings (privacy-preserving mode)", async () => {
    const schema = {
      format: "ciudata-clk",
      version: 1,
      kdf: { salt: "prueba-2026" },
      features: [{ field: "given" }, { field: "surname1" }, { field: "birthDate", positional: true }],
    };
    await writeFile(join(dir, "codificacion.json"), JSON.stringify(schema));
    const env = { LANG: "en_US.UTF-8", CIUDATA_LINK_SECRET: "un secreto largo y aleatorio de prueba" };
    const noSecret = await cli([
      "link",
      "encode",
      "padron.csv",
      "--schema",
      "codificacion.json",
      "--out",
      "a.clk.csv",
    ]);
    expect(noSecret.code).toBe(2);
    expect(noSecret.err).toContain("CIUDATA_LINK_SECRET");
    for (const [file, out] of [
      ["padron.csv", "a.clk.csv"],
      ["programa.csv", "b.clk.csv"],
    ] as const) {
      const c = capture(env);
      c.io.cwd = dir;
      expect(await run(["link", "encode", file, "--schema", "codificacion.json", "--out", out], c.io)).toBe(
        0,
      );
      expect(c.out()).toContain("30 records encoded");
    }
    const shared = await readFile(join(dir, "a.clk.csv"), "utf8");
    for (const v of data.personal) expect(shared).not.toContain(v);
    const r = await cli([
      "link",
      "encoded",
      "a.clk.csv",
      "b.clk.csv",
      "--truth",
      "verdad.csv",
      "--out",
      "cod",
      "--json",
    ]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.evaluation.truePairs).toBe(25);
    expect(report.evaluation.f1).toBeGreaterThanOrEqual(0.8);
    expect((await readdir(join(dir, "cod"))).sort()).toEqual(["pairs.csv", "report.html"]);
  });
});

describe("ciudata dedupe", () => {
  it("finds the people registered twice in one registry", async () => {
    const twice = `${data.left.trim()}\n${data.left
      .trim()
      .split("\n")
      .slice(1, 6)
      .map((l) => l.replace(/^A1/, "D1"))
      .join("\n")}\n`;
    await writeFile(join(dir, "dobles.csv"), twice);
    const r = await cli(["dedupe", "dobles.csv", "--json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.mode).toBe("dedupe");
    expect(report.links).toBeGreaterThanOrEqual(5);
    expect(report.clusters).toBeGreaterThanOrEqual(5);
  });
});

describe("bad input: exit 2, a located message in the user's language, nothing written", () => {
  it("an empty side", async () => {
    const r = await cli(["link", "padron.csv", "vacio.csv", "--out", "nada1"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("vacio.csv no tiene filas de datos");
    expect(await exists(join(dir, "nada1"))).toBe(false);
  });

  it("a truth file that names ids not in the data", async () => {
    await writeFile(join(dir, "verdad-mala.csv"), "left,right\nA100,B500\nZZZ,B501\n");
    const r = await cli(
      ["link", "padron.csv", "programa.csv", "--truth", "verdad-mala.csv", "--out", "nada2"],
      "en_US.UTF-8",
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain("verdad-mala.csv");
    expect(r.err).toContain("1 id that is not");
    expect(await exists(join(dir, "nada2"))).toBe(false);
  });

  it("blocking rules over the cap", async () => {
    await writeFile(
      join(dir, "tope.json"),
      JSON.stringify({ settings: { maxComparisons: 1, blocking: [{ on: ["sex"] }] } }),
    );
    const r = await cli(
      ["link", "padron.csv", "programa.csv", "--config", "tope.json", "--out", "nada3"],
      "pt_BR.UTF-8",
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain("a regra de blocagem «sex» compararia");
    expect(await exists(join(dir, "nada3"))).toBe(false);
  });

  it("a mapped column the file does not have", async () => {
    await writeFile(
      join(dir, "columna.json"),
      JSON.stringify({
        left: { id: "folio", fullName: "nombre_completo" },
        right: { id: "id", fullName: "nombre_completo" },
      }),
    );
    const r = await cli(["link", "padron.csv", "programa.csv", "--config", "columna.json", "--out", "nada6"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("el mapeo usa la columna «nombre_completo», que no está en padron.csv");
    expect(await exists(join(dir, "nada6"))).toBe(false);
  });

  it("a configuration that is not valid, located by line and column", async () => {
    await writeFile(join(dir, "mala.json"), '{\n  "settings": {\n    "threshold": "alto"\n  }\n}\n');
    const r = await cli(["link", "padron.csv", "programa.csv", "--config", "mala.json", "--out", "nada4"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("mala.json:3:18 settings.threshold");
    expect(await exists(join(dir, "nada4"))).toBe(false);
  });
});
