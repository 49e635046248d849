import { describe, expect, it } from "vitest";
import { validate } from "../../validate";
import { createHasher } from "./digest";

const bytes = (s: string) => new TextEncoder().encode(s);
const hex = (algorithm: "md5" | "sha1" | "sha256", s: string, split = 1) => {
  const h = createHasher(algorithm);
  const b = bytes(s);
  const step = Math.ceil(b.length / split) || 1;
  for (let i = 0; i < b.length; i += step) h.update(b.subarray(i, i + step));
  return h.hex();
};

describe("hashes", () => {
  it("match the standard test vectors, in one piece or streamed", () => {
    expect(hex("md5", "")).toBe("d41d8cd98f00b204e9800998ecf8427e");
    expect(hex("md5", "abc")).toBe("900150983cd24fb0d6963f7d28e17f72");
    expect(hex("sha1", "abc")).toBe("a9993e364706816aba3e25717850c26c9cd0d89d");
    expect(hex("sha256", "abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const long = "a".repeat(1000);
    expect(hex("sha256", long, 7)).toBe(hex("sha256", long));
    expect(hex("md5", long, 13)).toBe(hex("md5", long));
  });
});

describe("integrity", () => {
  const csv = "id,name\n1,english\n";
  it("reports hash-count and byte-count when the file is not the one described", async () => {
    const report = await validate(bytes(csv), { hash: "bad", bytes: 40, rows: 2 });
    expect(report.tasks[0]?.errors.map((e) => e.type)).toEqual(["hash-count", "byte-count", "row-count"]);
    expect(report.tasks[0]?.errors[1]?.note).toBe(`expected is "40" and actual is "${bytes(csv).length}"`);
  });

  it("accepts the right sha256", async () => {
    const report = await validate(bytes(csv), {
      hash: `sha256:${hex("sha256", csv)}`,
      bytes: bytes(csv).length,
    });
    expect(report.valid).toBe(true);
  });
});
