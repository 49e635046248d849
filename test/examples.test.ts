import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain JavaScript example, typed by its JSDoc
import { checkRegistry } from "../examples/registry-check/check.mjs";
// @ts-expect-error: a plain JavaScript example, typed by its JSDoc
import { checkSuggestion, startServer } from "../examples/suggestion-box/server.mjs";

describe("examples/registry-check", () => {
  it("finds the quality, privacy and disaggregation problems of the registry in one pass", async () => {
    const { report, scores, risk } = await checkRegistry({ rows: 300 });
    const types = new Set(report.tasks[0].errors.map((e: { type: string }) => e.type));
    expect(types.has("primary-key")).toBe(true); // the repeated id
    expect(types.has("type-error")).toBe(true); // "cuarenta"
    expect([...types].some((t) => String(t).startsWith("privacy/"))).toBe(true);
    expect(risk.violations.find((v: { k: number }) => v.k === 5).records).toBeGreaterThan(0);
    expect(scores.dimensions.uniqueness.score).toBeLessThan(100);
  });
});

describe("examples/suggestion-box server (no browser)", () => {
  let work = "";
  let dataFile = "";
  let box: { url: string; close: () => Promise<void> };
  const post = (body: unknown, query = "", type = "application/json") =>
    fetch(`${box.url}/api/sugerencias${query}`, {
      method: "POST",
      headers: { "content-type": type },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  const stored = () => (existsSync(dataFile) ? readFileSync(dataFile, "utf8") : "");

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "ciudata-box-"));
    dataFile = join(work, "sugerencias.jsonl");
    // No built page here: only the API is exercised.
    box = await startServer({ port: 0, dataFile, distDir: join(work, "no-dist") });
  });
  afterAll(async () => {
    await box?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it("stores a redacted suggestion as one JSON line", async () => {
    const response = await post({
      message: "  Falta luz en la plaza, DNI [DOCUMENTO] ",
      barrio: "Primera sección",
    });
    expect(response.status).toBe(201);
    expect((await response.json()).message).toBe("Recibimos tu sugerencia. ¡Gracias!");
    const lines = stored().trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? "{}")).toMatchObject({
      message: "Falta luz en la plaza, DNI [DOCUMENTO]",
      barrio: "Primera sección",
      lang: "es",
    });
  });

  it("keeps lines whole when suggestions arrive at the same time", async () => {
    const before = stored().trim().split("\n").length;
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => post({ message: `Sugerencia ${"x".repeat(500)} ${i}` })),
    );
    expect(answers.map((r) => r.status)).toEqual(Array(20).fill(201));
    const lines = stored().trim().split("\n");
    expect(lines).toHaveLength(before + 20);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  });

  it("refuses raw personal data with 422, a Spanish message and nothing stored", async () => {
    const before = stored();
    for (const message of [
      "Mi DNI 30.123.456",
      "escribime a rosalia.gomez@gmail.com",
      "llamame al +54 9 261 555-1234",
    ]) {
      const response = await post({ message });
      expect(response.status, message).toBe(422);
      const body = await response.json();
      expect(body.error.code).toBe("personal-data");
      expect(body.error.message).toMatch(/^El texto todavía tiene datos personales/);
    }
    // The barrio is checked too.
    expect((await post({ message: "Hola", barrio: "rosalia.gomez@gmail.com" })).status).toBe(422);
    expect(stored()).toBe(before);
  });

  it("answers in English or Portuguese with ?lang=", async () => {
    const en = await (await post({ message: "DNI 30.123.456" }, "?lang=en")).json();
    expect(en.error.message).toMatch(/^The text still has personal data \(ID\)/);
    const pt = await (await post({ message: "" }, "?lang=pt")).json();
    expect(pt.error.message).toBe("A mensagem está vazia.");
  });

  it("refuses a name, bad JSON, other content types, large bodies and other methods", async () => {
    const before = stored();
    const name = await post({ message: "Hola", name: "Rosalía" });
    expect(name.status).toBe(422);
    expect((await name.json()).error.code).toBe("unknown-field");
    expect((await post("{no es json")).status).toBe(400);
    expect((await post("[]")).status).toBe(400);
    expect((await post({ message: "Hola" }, "", "text/plain")).status).toBe(415);
    expect((await post({ message: "x".repeat(20_000) })).status).toBe(413);
    expect((await post({ message: "x".repeat(2001) })).status).toBe(422);
    expect((await fetch(`${box.url}/api/sugerencias`)).status).toBe(405);
    expect(stored()).toBe(before);
  });

  it("says the page is not built yet instead of failing", async () => {
    const response = await fetch(`${box.url}/`);
    expect(response.status).toBe(503);
    expect((await response.json()).error.message).toMatch(/^La página todavía no está construida/);
  });

  it("checks a suggestion without a server too", () => {
    expect(checkSuggestion({ message: "Hola", barrio: "", lang: "pt" })).toEqual({
      ok: true,
      record: { message: "Hola", barrio: "", lang: "pt" },
    });
    expect(checkSuggestion({ message: "Soy Rosalía Gómez" })).toMatchObject({ ok: false, status: 422 });
  });
});
