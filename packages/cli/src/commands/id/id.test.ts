import { ID_DEFINITIONS } from "@ciudata/privacy/ids";
import { describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";

describe("ciudata id", () => {
  it("validates, formats and shows what an ID embeds", async () => {
    const c = capture();
    expect(await run(["id", "curp", "BAAD890419HMNRRV07"], c.io)).toBe(0);
    expect(c.out()).toContain("birthDate=1989-04-19");
    const j = capture();
    expect(await run(["id", "cuil", "20101234560", "--json"], j.io)).toBe(1);
    expect(JSON.parse(j.out())).toMatchObject({ type: "ar.cuit", valid: false, problem: "checksum" });
    expect(await run(["id", "nope", "1"], capture().io)).toBe(2);
  });
  it("prints the result as Markdown and HTML", async () => {
    const md = capture();
    expect(await run(["id", "curp", "BAAD890419HMNRRV07", "--format", "md"], md.io)).toBe(0);
    expect(md.out()).toMatch(/^# Documento\n\n.*\(mx\.curp\): válido\n\n- /);
    expect(md.out()).toContain("- contiene: ");
    const html = capture({ LANG: "pt_BR.UTF-8" });
    expect(await run(["id", "cuil", "20101234560", "--format", "html"], html.io)).toBe(1);
    expect(html.out()).toMatch(/^<!doctype html>\n<html lang="pt">/);
    expect(html.out()).toContain("(ar.cuit): inválido (checksum)");
  });
  it("a misspelt type or option is exit 2 with «¿Quiso decir…?», listing the types", async () => {
    const type = capture();
    expect(await run(["id", "curpp", "BAAD890419HMNRRV07"], type.io)).toBe(2);
    expect(type.err()).toContain("¿Quiso decir «curp»?");
    expect(type.err()).toContain("ar.cuit");
    const option = capture();
    expect(await run(["id", "curp", "BAAD890419HMNRRV07", "--jsno"], option.io)).toBe(2);
    expect(option.err()).toContain("¿Quiso decir «--json»?");
  });
  it("names every ID type in its usage, in every language", async () => {
    for (const lang of ["es", "en", "pt"]) {
      const c = capture();
      expect(await run(["--lang", lang, "help", "id"], c.io)).toBe(0);
      for (const type of Object.keys(ID_DEFINITIONS)) expect(c.out(), `${lang} ${type}`).toContain(type);
    }
  });
});
