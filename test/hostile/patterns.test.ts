// Issue #14, items 3 (catastrophic patterns) and 6 (the mojibake finding leaks cells): through the
// `ciudata` command run in-process, on files the test writes to a temporary folder.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isInCodeList } from "../../packages/disaggregation/src/index";
import { runCli } from "../support/cli";

const dir = mkdtempSync(join(tmpdir(), "ciudata-hostile-patterns-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string) => writeFileSync(join(dir, name), text);

const ciudata = (...argv: string[]) => runCli(argv, { cwd: dir });

/** 31 a's and a `!` took 38 s with `(a+)+$`, doubling per character; here 5,000. */
const EVIL = `${"a".repeat(5000)}!`;

describe("hostile input: patterns", () => {
  it("3. a catastrophic pattern in a schema, a profile or a code list is answered at once; one that cannot run safely is refused, located", async () => {
    write("evil.csv", `codigo\n${EVIL}\naaaa\n`);
    write(
      "evil-schema.json",
      JSON.stringify({ fields: [{ name: "codigo", type: "string", constraints: { pattern: "(a+)+$" } }] }),
    );
    // Table Schema `pattern`: the bad row is found, the good one passes.
    const schema = await ciudata("validate", "evil.csv", "--schema", "evil-schema.json", "--format", "json");
    expect(schema.code).toBe(1);
    const report = JSON.parse(schema.out) as {
      tasks: { errors: { type: string; rowNumber: number; params: Record<string, unknown> }[] }[];
    };
    const broken = report.tasks[0]?.errors.filter((e) => e.type === "constraint-error") ?? [];
    expect(broken.map((e) => [e.rowNumber, e.params.constraint])).toEqual([[2, "pattern"]]);

    // A quality profile's pattern rule.
    write(
      "evil-profile.json",
      JSON.stringify({
        id: "hostil",
        name: { es: "Hostil" },
        rules: [{ id: "codigo-valido", type: "pattern", field: "codigo", pattern: "(a|aa)+" }],
      }),
    );
    const profile = await ciudata(
      "validate",
      "evil.csv",
      "--profile",
      "evil-profile.json",
      "--format",
      "json",
    );
    expect(profile.code).toBe(1);
    expect(profile.out).toContain("codigo-valido");

    // A disaggregation code list written in a standard.
    const list = { id: "x", dimension: "territory", codes: [], pattern: "^(a+)+$" };
    expect(isInCodeList({ ...list, name: { es: "x", en: "x", pt: "x" } } as never, EVIL)).toBe(false);

    // What no linear-time engine can run is refused as an invalid schema (exit 1, as every schema
    // error in validate), with where, what and what to do.
    write(
      "backref-schema.json",
      JSON.stringify({ fields: [{ name: "codigo", type: "string", constraints: { pattern: "(a+)+\\1" } }] }),
    );
    const refused = await ciudata("validate", "evil.csv", "--schema", "backref-schema.json");
    expect(refused.code).toBe(1);
    const said = refused.out + refused.err;
    expect(said).toContain("fields[0].constraints.pattern");
    expect(said).toContain("(a+)+\\1");
    expect(said).toContain("referencia a un grupo");
    expect(said).toContain("qué hacer");
    const inEnglish = await ciudata(
      "validate",
      "evil.csv",
      "--schema",
      "backref-schema.json",
      "--lang",
      "en",
    );
    expect(inEnglish.out + inEnglish.err).toContain("uses a backreference (\\1)");
    write(
      "standard.json",
      JSON.stringify({
        id: "hostil",
        name: "Hostil",
        dimensions: { territory: { codeLists: ["barrios"] } },
        datasets: { p: { required: ["territory"] } },
        defaultDataset: "p",
        codeLists: [{ id: "barrios", dimension: "territory", pattern: "(?=B)(\\w+)+" }],
      }),
    );
    const standard = await ciudata("disaggregation", "check", "evil.csv", "--standard", "standard.json");
    expect(standard.code).toBe(2);
    expect(standard.out + standard.err).toContain("codeLists.0.pattern");
    expect(standard.out + standard.err).toContain("aserción de anticipación o retrospección ((?=)");
  }, 60_000);

  it("6. the mojibake finding shows the garbled sequence and its line, never the cell, in every output and command", async () => {
    const email = "maria.muÃ±oz@correo.com";
    write("mojibake.csv", `id,correo\n1,${email}\n2,juan@correo.com\n`);
    const secret = ["maria", "correo.com", "muÃ±oz", "muñoz"];
    const outputs: [string, string][] = [];
    for (const format of ["text", "json", "md", "html"]) {
      const r = await ciudata("validate", "mojibake.csv", "--format", format);
      expect(r.code, format).toBe(0);
      outputs.push([`validate --format ${format}`, r.out + r.err]);
      const saved = `report.${format}`;
      await ciudata("validate", "mojibake.csv", "--format", format, "--out", saved);
      outputs.push([`validate --out ${saved}`, readFileSync(join(dir, saved), "utf8")]);
    }
    const inspect = await ciudata("inspect", "mojibake.csv");
    outputs.push(["inspect", inspect.out + inspect.err]);
    const inspectJson = await ciudata("inspect", "mojibake.csv", "--json");
    outputs.push(["inspect --json", inspectJson.out + inspectJson.err]);
    const disaggregation = await ciudata("disaggregation", "check", "mojibake.csv", "--json");
    outputs.push(["disaggregation check", disaggregation.out + disaggregation.err]);
    for (const [name, text] of outputs) {
      for (const s of secret) expect(text, `${name} shows ${s}`).not.toContain(s);
    }
    // The finding is still there, with what to fix: the sequence, its repair and the line.
    const text = outputs[0]?.[1] ?? "";
    expect(text).toContain("«Ã±» debería ser «ñ»");
    expect(text).toContain("línea 2");
    expect(text).toContain("qué hacer: vuelva a exportarlo desde el original en UTF-8");
    expect(outputs.find(([n]) => n === "validate --format json")?.[1]).toContain('"sequence": "Ã±"');
  }, 60_000);
});
