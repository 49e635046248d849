import { describe, expect, it } from "vitest";
import { run } from "../_shared/run.test-helpers";
import { deviatedCell } from "./deviated-cell";

describe("deviatedCell", () => {
  const rows = Array.from({ length: 20 }, (_, i) => `${i},${"x".repeat(10)}`);
  it("flags a text cell far longer than its column (above 5000 characters)", async () => {
    const csv = `id,obs\n${rows.join("\n")}\n99,${"y".repeat(6000)}\n`;
    const { report } = await run(csv, [deviatedCell()]);
    expect(report.tasks[0]?.errors.map((e) => e.note)).toEqual([
      'cell at row "22" and field "obs" has deviated size',
    ]);
  });

  it("ignores the fields it is told to", async () => {
    const csv = `id,obs\n${rows.join("\n")}\n99,${"y".repeat(6000)}\n`;
    expect((await run(csv, [deviatedCell({ ignoreFields: ["obs"] })])).rows).toEqual([]);
  });
});
