import { describe, expect, it } from "vitest";
import { run } from "../_shared/run.test-helpers";
import { truncatedValue } from "./truncated-value";

describe("truncatedValue", () => {
  it("flags 255-character texts and integer type maxima", async () => {
    const csv = `txt,n\n${"a".repeat(255)},32767\nok,2147483647\nok,12\n`;
    const { rows } = await run(csv, [truncatedValue()]);
    expect(rows).toEqual([
      [2, 1, "truncated-value"],
      [2, 2, "truncated-value"],
      [3, 2, "truncated-value"],
    ]);
  });
});
