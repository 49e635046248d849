import { describe, expect, it } from "vitest";
import { foldForDetection } from "./fold";

describe("foldForDetection", () => {
  it("unifies what reads the same: fullwidth, other scripts' digits, dashes, spaces", () => {
    expect(foldForDetection("ＤＮＩ　２０．１２３．４５６").text).toBe("DNI 20.123.456");
    expect(foldForDetection("٢٠١٢٣٤٥٦ ०१२ ๙").text).toBe("20123456 012 9");
    expect(foldForDetection("20\u201010123456\u20139 \u2212 1").text).toBe("20-10123456-9 - 1");
    expect(foldForDetection("a\u00A0b\u2009c\u3000d").text).toBe("a b c d");
  });
  it("drops invisible characters and marks on digits, keeps accents on letters", () => {
    expect(foldForDetection("2\u200B0\u200C1\u200D2\u2060\u00AD3\uFEFF4\uFE0F").text).toBe("201234");
    expect(foldForDetection("2\u03320\u0332").text).toBe("20");
    expect(foldForDetection("Jose\u0301 Pe\u0301rez").text).toBe("José Pérez");
  });
  it("says where each folded character came from", () => {
    const text = "a\u200Bｂ2\u0332";
    const folded = foldForDetection(text);
    expect(folded.text).toBe("ab2");
    expect(folded.from).toEqual([0, 2, 3]);
    expect(folded.to).toEqual([1, 3, 5]);
  });
});
