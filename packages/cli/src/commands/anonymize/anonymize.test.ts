import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";

function registry(n: number): string {
  const barrios = ["Centro", "Sur", "Norte", "Oeste", "Este"];
  let csv = "nombre,dni,edad,sexo,barrio\n";
  for (let i = 0; i < n; i++)
    csv += `Persona ${i},${20_000_000 + i * 13},${18 + ((i * 37) % 70)},${i % 2 ? "F" : "M"},${barrios[(i * 3) % 5]}\n`;
  return csv;
}

describe("ciudata anonymize", () => {
  it("after a k=3 plan, privacy risk reports 0 records violating 3-anonymity; the key is never printed", async () => {
    const d = await mkdtemp(join(tmpdir(), "ciudata-anon-"));
    await writeFile(join(d, "in.csv"), registry(300));
    const plan = {
      columns: {
        nombre: { action: "drop" },
        dni: { action: "pseudonymize", purpose: "padron" },
        edad: { action: "generalize", method: "age-band", width: 10 },
      },
      key: { env: "CIUDATA_KEY" },
      kAnonymity: { k: 3, qi: ["barrio", "edad", "sexo"] },
    };
    await writeFile(join(d, "plan.json"), JSON.stringify(plan));
    const c = capture({ CIUDATA_KEY: "super-secreta-123" });
    expect(
      await run(
        ["anonymize", join(d, "in.csv"), "--plan", join(d, "plan.json"), "--out", join(d, "out.csv")],
        c.io,
      ),
    ).toBe(0);
    expect(c.out() + c.err()).not.toContain("super-secreta-123");
    const out = await readFile(join(d, "out.csv"), "utf8");
    expect(out).not.toContain("Persona");
    const r = capture({ LANG: "en_US.UTF-8" });
    expect(
      await run(["privacy", "risk", join(d, "out.csv"), "--qi", "barrio,edad,sexo", "--k", "3"], r.io),
    ).toBe(0);
    expect(r.out()).toContain("records violating 3-anonymity: 0");
  });
  it("a missing key is a usage error that names the variable, not a value", async () => {
    const d = await mkdtemp(join(tmpdir(), "ciudata-anon-"));
    await writeFile(join(d, "in.csv"), "dni\n123\n");
    await writeFile(
      join(d, "plan.json"),
      JSON.stringify({
        columns: { dni: { action: "pseudonymize", purpose: "x" } },
        key: { env: "NO_SUCH_KEY" },
      }),
    );
    const c = capture();
    expect(
      await run(
        ["anonymize", join(d, "in.csv"), "--plan", join(d, "plan.json"), "--out", join(d, "o.csv")],
        c.io,
      ),
    ).toBe(2);
    expect(c.err()).toContain("NO_SUCH_KEY");
  });
  it("prints its report as Markdown and HTML (the table still goes to --out); the plan is never overwritten", async () => {
    const d = await mkdtemp(join(tmpdir(), "ciudata-anon-"));
    await writeFile(join(d, "in.csv"), registry(60));
    const plan = JSON.stringify({
      columns: { nombre: { action: "drop" }, edad: { action: "generalize", method: "age-band", width: 20 } },
      kAnonymity: { k: 2, qi: ["barrio", "sexo"] },
    });
    await writeFile(join(d, "plan.json"), plan);
    const base = [
      "anonymize",
      join(d, "in.csv"),
      "--plan",
      join(d, "plan.json"),
      "--out",
      join(d, "out.csv"),
    ];
    const md = capture({ LANG: "en_US.UTF-8" });
    expect(await run([...base, "--format", "md"], md.io)).toBe(0);
    expect(md.out()).toMatch(/^# Anonymisation\n\n- rows written: 60 → /);
    expect(md.out()).toContain("## After");
    expect(md.out()).toContain("- records violating 2-anonymity: 0");
    expect(await readFile(join(d, "out.csv"), "utf8")).not.toContain("Persona");
    const html = capture();
    expect(await run([...base, "--format", "html"], html.io)).toBe(0);
    expect(html.out()).toMatch(/^<!doctype html>\n<html lang="es">/);
    expect(html.out()).toContain("<h2>Después</h2>");
    const json = capture();
    expect(await run([...base, "--json"], json.io)).toBe(0);
    expect(JSON.parse(json.out())).toMatchObject({ rows: 60, dropped: ["nombre"] });
    const over = capture();
    expect(await run([...base.slice(0, 4), "--out", join(d, "plan.json")], over.io)).toBe(2);
    expect(await readFile(join(d, "plan.json"), "utf8")).toBe(plan);
  });
  it("a plan that is not JSON is exit 2 with its line and column", async () => {
    const d = await mkdtemp(join(tmpdir(), "ciudata-anon-"));
    await writeFile(join(d, "in.csv"), "dni\n123\n");
    await writeFile(join(d, "plan.json"), '{\n  "columns": {,}\n}');
    const c = capture();
    expect(
      await run(
        ["anonymize", join(d, "in.csv"), "--plan", join(d, "plan.json"), "--out", join(d, "o.csv")],
        c.io,
      ),
    ).toBe(2);
    expect(c.err()).toMatch(/plan\.json, línea 2, columna \d+: no es JSON válido/);
  });
  it("a misspelt option or format is exit 2 with «¿Quiso decir…?»", async () => {
    const option = capture();
    expect(await run(["anonymize", "in.csv", "--plna", "plan.json", "--out", "o.csv"], option.io)).toBe(2);
    expect(option.err()).toContain("¿Quiso decir «--plan»?");
    const format = capture();
    expect(
      await run(["anonymize", "in.csv", "--plan", "p.json", "--out", "o.csv", "--format", "jsno"], format.io),
    ).toBe(2);
    expect(format.err()).toContain("¿Quiso decir «json»?");
  });
});
