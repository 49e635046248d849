import { describe, expect, it } from "vitest";
import { quoteCharFindings } from "./quote-char";

describe("quote-char rule", () => {
  it("reports another quote character", () => {
    const [e] = quoteCharFindings({ detected: { quoteChar: "'" } } as never, {}, "pt");
    expect(e?.type).toBe("quality/profile/quote-char");
    expect(e?.params).toMatchObject({ expected: '"', received: "'" });
  });
  it("accepts double quotes and unknown", () => {
    expect(quoteCharFindings({ detected: { quoteChar: '"' } } as never)).toEqual([]);
    expect(quoteCharFindings({ detected: {} } as never)).toEqual([]);
  });
});
