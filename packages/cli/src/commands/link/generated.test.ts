import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generatedMapping } from "@ciudata/linkage";
import { writeRegistries, writeRegistry } from "@ciudata/linkage/node";
import { beforeAll, describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";

// Latin American registries made by the library's generator (compound names and particles, swapped and
// missing second surnames, day/month swaps, missing and mistyped CURPs, two column layouts), linked and
// deduplicated through the command with a link.json holding the generator's mappings (`generatedMapping`),
// and no truth in training.

let dir = "";

async function cli(argv: string[]) {
  const c = capture({ LANG: "es_MX.UTF-8" });
  c.io.cwd = dir;
  const code = await run(argv, c.io);
  return { code, out: c.out(), err: c.err() };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ciudata-gen-"));
  await writeRegistries(join(dir, "dos"), { people: 1500, seed: 11, overlap: 0.6 });
  await writeRegistry(join(dir, "uno"), { people: 1500, seed: 12, duplicatesWithin: 0.1, layout: "a" });
  await writeFile(
    join(dir, "link.json"),
    JSON.stringify({ left: generatedMapping("a"), right: generatedMapping("b") }),
  );
  await writeFile(join(dir, "dedupe.json"), JSON.stringify({ left: generatedMapping("a") }));
}, 120_000);

describe("ciudata link and dedupe on generated registries", () => {
  it("links two layouts with F1 ≥ 0.97", async () => {
    const r = await cli([
      "link",
      "dos/a.csv",
      "dos/b.csv",
      "--config",
      "link.json",
      "--truth",
      "dos/truth.csv",
      "--json",
    ]);
    expect(r.code, r.err).toBe(0);
    const { evaluation } = JSON.parse(r.out);
    expect(evaluation.truePairs).toBeGreaterThan(800);
    expect(evaluation.f1).toBeGreaterThanOrEqual(0.97);
  }, 300_000);

  it("finds the duplicates within one registry with F1 ≥ 0.97", async () => {
    const r = await cli([
      "dedupe",
      "uno/registry.csv",
      "--config",
      "dedupe.json",
      "--truth",
      "uno/truth.csv",
      "--json",
    ]);
    expect(r.code, r.err).toBe(0);
    const { evaluation } = JSON.parse(r.out);
    expect(evaluation.truePairs).toBeGreaterThan(100);
    expect(evaluation.f1, JSON.stringify(evaluation)).toBeGreaterThanOrEqual(0.97);
  }, 300_000);
});
