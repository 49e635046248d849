// `ciudata portal serve` acting as a CKAN server: the open-data conformance suite (../shared, skipped
// when absent) runs the real client against it, and its DataStore answers have a real CKAN's shape.
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runCkanServerConformance } from "@ciudata/open-data/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";

const SHARED = join(fileURLToPath(new URL("../../../../../", import.meta.url)), "..", "shared");
const SUITE = join(SHARED, "conformance", "opendata");
const present = existsSync(join(SUITE, "cases.json"));
if (!present) console.warn(`[cli] open-data conformance suite not found at ${SUITE}: skipping that test`);

let dir = "";
let url = "";
let done: Promise<number>;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ciudata-cli-conformance-"));
  // `conformance` is the dataset and DataStore resource the suite asks for.
  const rows = Array.from({ length: 250 }, (_, i) => `${i + 1},2026-Q${(i % 4) + 1},${(i % 7) + 0.5}`);
  await writeFile(join(dir, "conformance.csv"), `n,quarter,volume\n${rows.join("\n")}\n`);
  const c = capture();
  done = run(["portal", "serve", dir, "--for", "120"], c.io);
  for (let i = 0; i < 10_000 && !/http:\/\/127\.0\.0\.1:\d+/.test(c.out()) && !c.err(); i++)
    await new Promise((r) => setTimeout(r, 10));
  url = /http:\/\/127\.0\.0\.1:\d+/.exec(c.out())?.[0] ?? "";
  expect([url !== "", c.err()]).toEqual([true, ""]);
}, 120_000);
afterAll(async () => {
  process.emit("SIGTERM");
  await done;
  await rm(dir, { recursive: true, force: true });
});

// biome-ignore lint/suspicious/noExplicitAny: CKAN answers are read loosely in tests
type Json = Record<string, any>;
const search = async (query: string): Promise<Json> =>
  (await (await fetch(`${url}/api/3/action/datastore_search?${query}`)).json()) as Json;

describe("ciudata portal serve as a CKAN server", () => {
  it.skipIf(!present)(
    "passes the CKAN cases of the open-data conformance suite, answer shapes included",
    async () => {
      const results = await runCkanServerConformance(SUITE, url);
      expect(results.filter((r) => r.status === "failed")).toEqual([]);
      const passed = results.filter((r) => r.status === "passed").map((r) => r.id);
      expect(passed.filter((id) => id.endsWith(": answer shape")).length).toBeGreaterThanOrEqual(2);
      expect(passed.length).toBeGreaterThanOrEqual(9);
    },
  );

  it("answers datastore_search as CKAN does: typed fields, records, total and _links that keep the filters", async () => {
    const first = (
      await search(`resource_id=conformance&filters=${encodeURIComponent('{"quarter":"2026-Q2"}')}&limit=20`)
    ).result;
    expect(first.fields).toEqual([
      { id: "_id", type: "int" },
      { id: "n", type: "int" },
      { id: "quarter", type: "text" },
      { id: "volume", type: "numeric" },
    ]);
    expect(first.total).toBe(63);
    expect(first.records[0]).toEqual({ _id: 2, n: 2, quarter: "2026-Q2", volume: 1.5 });
    expect(first._links.prev).toBeUndefined();
    // Following next (as a CKAN client may) pages the same filtered rows.
    const second = (await (await fetch(`${url}${first._links.next}`)).json()).result as Json;
    expect(second.offset).toBe(20);
    expect(second.total).toBe(63);
    expect(second.records.map((r: Json) => r.n)).toEqual(Array.from({ length: 20 }, (_, i) => 82 + i * 4));
    const back = (await (await fetch(`${url}${second._links.prev}`)).json()).result as Json;
    expect(back.records).toEqual(first.records);
    const start = (await (await fetch(`${url}${second._links.start}`)).json()).result as Json;
    expect(start.records).toEqual(first.records);
  });
});
