import { describe, expect, it } from "vitest";
import { febrlTruth, haveFebrl, readFebrl } from "../../test-support/febrl";
import { encodeRecords } from "./encode";
import { evaluateEncodedLinks } from "./evaluate";
import { linkEncoded } from "./link";
import { parseEncodingSchema } from "./schema";

// FEBRL 4 linked on encodings only: each side encodes its names, address and birth date into 1,024-bit
// CLKs with the shared secret, and the pairs come from Dice similarity and the greedy one-to-one choice.
describe.skipIf(!haveFebrl())("FEBRL 4 on encodings", () => {
  it("links the 5,000 pairs with F1 ≥ 0.99 at a Dice threshold of 0.6, without the truth", () => {
    const a = readFebrl("febrl4a.csv");
    const b = readFebrl("febrl4b.csv");
    const schema = parseEncodingSchema({
      format: "ciudata-clk",
      version: 1,
      kdf: { salt: "febrl-4-example" },
      features: [
        { field: "given", bitsPerFeature: 150 },
        { field: "surname1", bitsPerFeature: 150 },
        { field: "birthDate", positional: true, bitsPerFeature: 120 },
        { field: "address", bitsPerFeature: 100 },
        { field: "streetNumber", comparison: "exact", bitsPerFeature: 30 },
        { field: "locality", bitsPerFeature: 80 },
        { field: "postcode", positional: true, bitsPerFeature: 60 },
      ],
    });
    const secret = "febrl example secret, not for real data";
    const result = linkEncoded(encodeRecords(a, schema, secret), encodeRecords(b, schema, secret), {
      threshold: 0.6,
    });
    const score = evaluateEncodedLinks(result.pairs, febrlTruth(a));
    expect(result.compared).toBe(25_000_000);
    expect(score.f1).toBeGreaterThanOrEqual(0.99);
    expect(score.precision).toBeGreaterThanOrEqual(0.99);
  });
});
