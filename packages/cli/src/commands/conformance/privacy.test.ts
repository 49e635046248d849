import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { idsGroups, sdcGroups } from "./privacy";
import { conformanceLines } from "./summary";

const SHARED =
  process.env.CIUDATA_SHARED ?? fileURLToPath(new URL("../../../../../../shared", import.meta.url));
const ids = `${SHARED}/conformance/ids/vectors.json`;
const sdc = `${SHARED}/conformance/sdc`;
function have(p: string): boolean {
  if (existsSync(p)) return true;
  console.warn(`[privacy] skipping: ${p} not found (set CIUDATA_SHARED)`);
  return false;
}

describe("privacy conformance lines", () => {
  it("ends with the summary line", () => {
    const r = conformanceLines([
      { label: "g", cases: [{ id: "a", status: "failed", expected: 1, actual: 2 }] },
    ]);
    expect(r.lines).toEqual([
      "failed  a expected 1 got 2",
      "g: 0 passed, 1 failed",
      "conformance: 0 passed, 1 failed",
    ]);
    expect(r.exitCode).toBe(1);
  });
  it.skipIf(!have(ids))("ids: every vector passes", async () => {
    const r = conformanceLines(await idsGroups(ids));
    expect(r.failed).toBe(0);
    expect(r.lines.at(-1)).toMatch(/^conformance: \d+ passed, 0 failed$/);
  });
  it.skipIf(!have(ids))("ids: the suite's folder reads its vectors.json (it threw EISDIR)", async () => {
    const r = conformanceLines(await idsGroups(ids.replace(/\/vectors\.json$/, "")));
    expect(r.failed).toBe(0);
    expect(r.passed).toBe(conformanceLines(await idsGroups(ids)).passed);
  });
  it.skipIf(!have(sdc))("sdc: every number equals sdcMicro's", async () => {
    const r = conformanceLines(await sdcGroups(sdc));
    expect(r.failed).toBe(0);
  });
});
