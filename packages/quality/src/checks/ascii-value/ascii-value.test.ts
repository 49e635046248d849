import { describe, expect, it } from "vitest";
import { run } from "../_shared/run.test-helpers";
import { asciiValue } from "./ascii-value";

describe("asciiValue", () => {
  it("flags text cells with ñ or accents, only in string fields", async () => {
    const { rows } = await run("n,apellido\n1,PENA\n2,PEÑA\n", [asciiValue()]);
    expect(rows).toEqual([[3, 2, "ascii-value"]]);
  });
});
