import type { RawRow } from "@ciudata/table";
import { describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import type { CommandContext } from "../../declare";
import { exportTable } from "./pipeline";
import type { RowSource } from "./types";

/** A source of `total` rows that counts how many rows have been pulled from it. */
function counted(total: number): { source: RowSource; pulled: () => number } {
  let pulled = 0;
  async function* batches(): AsyncGenerator<readonly RawRow[]> {
    for (let start = 0; start < total; start += 1000) {
      const batch: RawRow[] = [];
      for (let i = start; i < Math.min(total, start + 1000); i++)
        batch.push({ rowNumber: i + 2, cells: [String(i), i % 2 ? "Norte" : "Sur"] });
      pulled += batch.length;
      yield batch;
    }
  }
  const source: RowSource = {
    names: ["id", "barrio"],
    fields: [
      { name: "id", type: "integer" },
      { name: "barrio", type: "string" },
    ] as RowSource["fields"],
    origin: "inferred",
    missingValues: [""],
    batches,
    close: async () => {},
  };
  return { source, pulled: () => pulled };
}

describe("exportTable streams", () => {
  it.each(["csv", "jsonl"] as const)(
    "%s: output is written while the rows are still being read",
    async (format) => {
      const { source, pulled } = counted(300_000);
      const c = capture();
      const seen: number[] = [];
      const ctx = {
        io: {
          ...c.io,
          stdout: () => {
            seen.push(pulled());
          },
        },
        lang: "es",
        version: "0",
        commands: [],
      } as unknown as CommandContext;
      const result = await exportTable(ctx, source, {
        format,
        typed: format === "jsonl",
        offset: 0,
        inputs: [],
        escapeFormulas: true,
        yesPersonal: true,
      });
      expect(result.written).toBe(300_000);
      // The first write happens after a few thousand rows, not after all of them: nothing holds the table.
      expect(seen.length).toBeGreaterThan(10);
      expect(seen[0]).toBeLessThan(20_000);
    },
  );

  it("stops reading at --limit", async () => {
    const { source, pulled } = counted(300_000);
    const c = capture();
    const ctx = { io: c.io, lang: "es", version: "0", commands: [] } as unknown as CommandContext;
    const result = await exportTable(ctx, source, {
      format: "csv",
      typed: false,
      offset: 0,
      limit: 5,
      inputs: [],
      escapeFormulas: true,
      yesPersonal: true,
    });
    expect(result.written).toBe(5);
    expect(pulled()).toBeLessThan(5_000);
    expect(c.out().split("\r\n").slice(0, 3)).toEqual(["id,barrio", "0,Sur", "1,Norte"]);
  });
});
