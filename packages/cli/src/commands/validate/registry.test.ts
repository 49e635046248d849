import { readdirSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";

// Issue #23: the registry review (quality + re-identification risk + disaggregation) in one read.

/** 40 people; DNIs and birth dates are personal, barrios public; every person alone in their class. */
function padron(): string {
  const lines = ["id;dni;sexo;fecha_nacimiento;barrio;monto"];
  for (let i = 1; i <= 40; i++)
    lines.push(
      `${i};${30_000_000 + i * 7919};${i % 2 ? "F" : "M"};${String(1 + (i % 28)).padStart(2, "0")}/0${1 + (i % 9)}/19${50 + i};${["Centro", "Bombal"][i % 2]};${i * 10},5`,
    );
  return `${lines.join("\n")}\n`;
}

async function validate(args: string[], lang = "es") {
  const dir = await mkdtemp(join(tmpdir(), "ciudata-registry-"));
  await writeFile(join(dir, "padron.csv"), padron());
  const c = capture();
  c.io.cwd = dir;
  const code = await run(["--lang", lang, "validate", ...args], c.io);
  return { code, out: c.out(), err: c.err(), dir };
}

describe("ciudata validate --registry", () => {
  it("measures the risk over the detected quasi-identifiers in the same report, and names them", async () => {
    const r = await validate(["padron.csv", "--registry", "--format", "json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as {
      tasks: { errors: { type: string; params?: Record<string, unknown> }[] }[];
      quality: { scores: { dimensions: Record<string, { score: number | null }> } };
    };
    const kAnon = report.tasks[0]?.errors.find((e) => e.type === "privacy/k-anonymity");
    expect(kAnon?.params).toMatchObject({ k: 5, records: 40, qi: "sexo, fecha_nacimiento, barrio" });
    expect(report.tasks[0]?.errors.some((e) => e.type.startsWith("disaggregation/"))).toBe(true);
    expect(report.quality.scores.dimensions.privacy?.score).toBeLessThan(100);
    expect(r.err).toContain("sexo, fecha_nacimiento, barrio (detectados por el encabezado");
    // No personal value anywhere: a DNI or a birth date of the file never shows.
    expect(r.out + r.err).not.toMatch(/30007919|\/19\d\d/);
  });

  it("takes the columns and k given", async () => {
    const r = await validate(
      ["padron.csv", "--registry", "--qi", "sexo,barrio", "--k", "3", "--format", "json"],
      "en",
    );
    // Classes of 10 people each: 3-anonymous; what fails is the missing age column (disaggregation).
    expect(r.code).toBe(1);
    expect(r.out).not.toContain("privacy/k-anonymity");
    expect(r.out).toContain("disaggregation/missing-dimension");
    expect(r.err).toContain("Re-identification risk measured over: sexo, barrio (given with --qi).");
  });

  it("refuses --qi or --k without --registry, and a bad k, with exit 2 and nothing written", async () => {
    const alone = await validate(["padron.csv", "--qi", "sexo", "--out", "r.json"], "pt");
    expect(alone.code).toBe(2);
    expect(alone.err).toContain("A opção --qi vai com --registry");
    expect(readdirSync(alone.dir)).toEqual(["padron.csv"]);
    const badK = await validate(["padron.csv", "--registry", "--k", "1"]);
    expect(badK.code).toBe(2);
    expect(badK.err).toContain("--k espera un número entero de 2 en adelante");
  });
});
