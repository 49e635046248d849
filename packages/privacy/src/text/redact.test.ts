import { describe, expect, it } from "vitest";
import { findPersonalData, redactText } from "./redact";
import { OBFUSCATED_VARIANTS } from "./variants";

describe("redactText", () => {
  it("redacts names, IDs, e-mails, phones and addresses in Spanish and Portuguese", () => {
    const es = redactText(
      "Hola, me llamo Juan García Pérez, DNI 20.123.456, vivo en Av. San Martín 1234. Escribime a juan.garcia@gmail.com o al +54 9 261 555-1234.",
    );
    expect(es.text).toBe(
      "Hola, me llamo [NOMBRE], DNI [DOCUMENTO], vivo en [DIRECCIÓN]. Escribime a [CORREO] o al [TELÉFONO].",
    );
    const pt = redactText("Meu nome é Ana Souza, CPF 390.533.447-05, rua Augusta 500", { lang: "pt" });
    expect(pt.text).toBe("Meu nome é [NOME], CPF [DOCUMENTO], [ENDEREÇO]");
    expect(pt.spans.find((s) => s.category === "id")?.idType).toBe("br.cpf");
  });
  it("reads an ID after «mi DNI es», «CPF nº», «documento número», not as a phone", () => {
    expect(redactText("Mi DNI es 30.123.456, gracias").text).toBe("Mi DNI es [DOCUMENTO], gracias");
    expect(redactText("documento número 30123456").text).toBe("documento número [DOCUMENTO]");
    expect(redactText("CPF nº 390.533.447-05", { lang: "pt" }).text).toBe("CPF nº [DOCUMENTO]");
  });
  it("takes only capitalised words after «soy» or «me llamo» for a name", () => {
    expect(redactText("Soy vecina del barrio y pido luminarias").spans).toEqual([]);
    expect(redactText("soy Ana Pérez del barrio Bombal").text).toBe("soy [NOMBRE] del barrio Bombal");
    expect(redactText("Me llamo María de los Ángeles").text).toBe("Me llamo [NOMBRE]");
  });
  it("keeps numbers that are not personal data", () => {
    expect(redactText("El presupuesto 2024 fue de 12.345 pesos").spans).toEqual([]);
  });
  it("stays linear on long adversarial inputs (generous bound: 10 s per 100 kB call)", {
    timeout: 120_000,
  }, () => {
    const inputs = [
      "a".repeat(100_000),
      "1".repeat(100_000),
      "a@".repeat(50_000),
      `${"a.".repeat(50_000)}@`,
      "me llamo ".repeat(11_000),
      `calle ${"Aa ".repeat(33_000)}`,
      "Sr. Aaaaa ".repeat(10_000),
      "+1 (1) ".repeat(14_000),
      "20.123.456-".repeat(9_000),
      `${"x".repeat(64)}@${"b-".repeat(49_000)}`,
    ];
    for (const text of inputs) {
      const t0 = performance.now();
      findPersonalData(text);
      expect(performance.now() - t0, text.slice(0, 20)).toBeLessThan(10_000);
    }
  });
});

describe("redactText on obfuscated personal data (issue #14, item 6)", () => {
  it.each(OBFUSCATED_VARIANTS)("finds the %s", (_, text, category) => {
    const { text: redacted, spans } = redactText(text);
    expect(spans.map((s) => s.category)).toContain(category);
    // Nothing of the hidden value is left: no digit run of 3 or more, no «gmail».
    expect(redacted.replace(/[\u200B-\u200D\u2060\u00AD\uFEFF]/g, "")).not.toMatch(
      /\p{Nd}{3}|gmail|ｇｍａｉｌ/u,
    );
  });
  it("gives offsets in the text as written and keeps the rest of it", () => {
    const text = "Hola ＤＮＩ ２０.１２３\u200B.４５６ y juan [at] mail [dot] com, chau";
    const { text: redacted, spans } = redactText(text);
    expect(redacted).toBe("Hola ＤＮＩ [DOCUMENTO] y [CORREO], chau");
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      "２０.１２３\u200B.４５６",
      "juan [at] mail [dot] com",
    ]);
  });
  it("leaves ordinary text alone", () => {
    for (const text of [
      "Nos vemos en la plaza a las 18 hs",
      "El arroyo está sucio desde 2023",
      "Pido más luminarias (at least 3) en la calle",
      "２０２４ fue un buen año",
    ])
      expect(redactText(text).spans, text).toEqual([]);
  });
  it("folds fast: 100 kB of invisible, fullwidth and combining characters", { timeout: 60_000 }, () => {
    for (const text of [
      "\u200B".repeat(100_000),
      "２".repeat(100_000),
      `2${"\u0332".repeat(100_000)}`,
      "a [at] ".repeat(15_000),
    ]) {
      const t0 = performance.now();
      findPersonalData(text);
      expect(performance.now() - t0).toBeLessThan(10_000);
    }
  });
});
