import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  computeSurface,
  describeChange,
  diffSurface,
  listEntries,
  SURFACE_DIR,
} from "../scripts/surface.mjs";

// The public surface of each package (test/surface/<package>.txt, written by `pnpm surface:update`):
// a name added to or removed from an entry point is a visible decision, reviewed in the snapshot's diff.
// A package without a snapshot is skipped.
const packages = listEntries().map((p) => ({ ...p, snapshot: join(SURFACE_DIR, p.file) }));
const withSnapshot = packages.filter((p) => existsSync(p.snapshot));

describe("public surface", () => {
  let surface = new Map<string, string>();
  beforeAll(() => {
    if (withSnapshot.length > 0) surface = computeSurface();
  }, 300_000);

  for (const p of packages) {
    it.skipIf(!existsSync(p.snapshot))(`${p.name} exports what test/surface/${p.file} lists`, () => {
      const change = diffSurface(readFileSync(p.snapshot, "utf8"), surface.get(p.file) ?? "");
      if (change.added.length + change.removed.length > 0) expect.fail(describeChange(p.file, change));
    });
  }
});

describe("surface diff", () => {
  it("names what was added and removed, per entry point", () => {
    const before = "# @ciudata/x\ntype A\nvalue b\n# @ciudata/x/node\nvalue c\n";
    const after = "# @ciudata/x\ntype A\nvalue d\n# @ciudata/x/node\nvalue c\nvalue b\n";
    const change = diffSurface(before, after);
    expect(change).toEqual({
      added: ["@ciudata/x value d", "@ciudata/x/node value b"],
      removed: ["@ciudata/x value b"],
    });
    expect(describeChange("x.txt", change)).toBe(
      [
        "x.txt: the public surface changed",
        "  + @ciudata/x value d",
        "  + @ciudata/x/node value b",
        "  - @ciudata/x value b",
        "run pnpm surface:update if this growth is intended",
      ].join("\n"),
    );
  });

  it("reads every package's entry points from its exports map", () => {
    const table = packages.find((p) => p.name === "@ciudata/table");
    expect(table?.entries.map((e) => e.entry)).toEqual(["@ciudata/table", "@ciudata/table/node"]);
    expect(table?.entries[0]?.source).toMatch(/packages[/\\]table[/\\]src[/\\]index\.ts$/);
  });
});
