import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { capture } from "../../test-support/capture";
import { run } from "../main";
import { anonymizeCommand } from "./anonymize";
import { registerCommand } from "./index";
import { privacyCommand } from "./privacy";

const unregisters: Array<() => void> = [];
afterEach(() => {
  for (const u of unregisters.splice(0)) u();
});

function registry(n: number): string {
  const barrios = ["Centro", "Sur", "Norte", "Oeste", "Este"];
  let csv = "nombre,dni,edad,sexo,barrio\n";
  for (let i = 0; i < n; i++)
    csv += `Persona ${i},${20_000_000 + i * 13},${18 + ((i * 37) % 70)},${i % 2 ? "F" : "M"},${barrios[(i * 3) % 5]}\n`;
  return csv;
}

describe("ciudata anonymize", () => {
  it("after a k=3 plan, privacy risk reports 0 records violating 3-anonymity; the key is never printed", async () => {
    unregisters.push(registerCommand(anonymizeCommand), registerCommand(privacyCommand));
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
    unregisters.push(registerCommand(anonymizeCommand));
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
});
