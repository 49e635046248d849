import { describe, expect, it } from "vitest";
import { checkCatalogs, defineCatalogs, MissingMessageError, mergeCatalogs, translator } from "./catalog";

const messages = defineCatalogs({
  es: {
    saved: (p: { file: string; rows: number }, w) =>
      `Guardado en ${p.file}: ${w.count(p.rows, { one: "fila", other: "filas" })}`,
    hello: "Hola",
  },
  en: {
    saved: (p, w) => `Saved to ${p.file}: ${w.count(p.rows, { one: "row", other: "rows" })}`,
    hello: "Hello",
  },
  pt: {
    saved: (p, w) => `Salvo em ${p.file}: ${w.count(p.rows, { one: "linha", other: "linhas" })}`,
    hello: "Olá",
  },
});

describe("catalogs as values", () => {
  it("renders a message with its parameters, numbers and plural in the chosen language", () => {
    expect(translator(messages, "es").t("saved", { file: "a.csv", rows: 1234 })).toBe(
      "Guardado en a.csv: 1.234 filas",
    );
    expect(translator(messages, "en").t("saved", { file: "a.csv", rows: 1 })).toBe("Saved to a.csv: 1 row");
    expect(translator(messages, "pt").t("hello")).toBe("Olá");
  });

  it("refuses a key no catalog has instead of showing another language", () => {
    const { t } = translator(messages, "en");
    // @ts-expect-error: not a key of the catalog
    expect(() => t("nope")).toThrow(MissingMessageError);
  });

  it("reports a key one language lacks", () => {
    const broken = { es: { a: "x", b: "y" }, en: { a: "x" }, pt: { a: "x", b: "y", c: "z" } };
    const problems = checkCatalogs(broken).map((p) => `${p.lang}:${p.key}:${p.problem}`);
    expect(problems.sort()).toEqual(["en:b:missing", "en:c:extra", "es:c:extra"]);
    expect(checkCatalogs(messages)).toEqual([]);
  });

  it("merges catalogs without a global", () => {
    const more = defineCatalogs({ es: { bye: "Chau" }, en: { bye: "Bye" }, pt: { bye: "Tchau" } });
    const all = mergeCatalogs<Record<string, string>>(messages as never, more);
    expect(all.pt.bye).toBe("Tchau");
    expect(translator(messages, "es").has("bye")).toBe(false);
  });
});
