import { describe, expect, it } from "vitest";
import { numberWords } from "../format/intl";
import { resolveLang } from "./lang";

describe("languages", () => {
  it("takes the first candidate that names one of ours, else Spanish", () => {
    expect(resolveLang(undefined, "pt_BR.UTF-8")).toBe("pt");
    expect(resolveLang("EN-gb", "pt")).toBe("en");
    expect(resolveLang("fr", null)).toBe("es");
  });

  it("formats numbers and percentages the same way in one language", () => {
    expect(numberWords("es").number(96.5)).toBe("96,5");
    expect(numberWords("es").percent(0.7999)).toMatch(/^80\s?%$/u);
    expect(numberWords("en").percent(0.7999)).toBe("80%");
    expect(numberWords("en").list(["a", "b", "c"])).toBe("a, b, and c");
    expect(numberWords("es").list(["a", "b", "c"])).toBe("a, b y c");
  });
});
