import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderIssue } from "@ciudata/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registryPair } from "../../test-support/pprl-registries";
import { linkageIssues } from "../messages/issues";
import { encodeRecords } from "../pprl/encode";
import { linkEncoded } from "../pprl/link";
import { defaultEncodingSchema } from "../pprl/schema";
import { readEncoded, schemaPathOf, secretFromEnv, writeEncoded } from "./pprl";

const SECRET = "correct horse battery staple 2026";
const { a, b } = registryPair(50, 30, 2);
const schema = defaultEncodingSchema(Object.keys(a.fields), { salt: "programa-2026" });
let dir = "";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ciudata-pprl-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The issues of what `run` throws, each rendered in es, en and pt. */
async function thrown(
  run: () => Promise<unknown>,
): Promise<{ type: string; rowNumber: number | null; text: string }[]> {
  try {
    await run();
  } catch (e) {
    const errors = (e as { errors?: never[] }).errors ?? [];
    return errors.map((issue: { type: string; rowNumber: number | null }) => ({
      type: issue.type,
      rowNumber: issue.rowNumber,
      text: (["es", "en", "pt"] as const)
        .map((lang) => renderIssue(issue as never, lang, linkageIssues))
        .join("\n"),
    }));
  }
  throw new Error("expected a CiudataError");
}

describe("writeEncoded / readEncoded", () => {
  it("round-trips an encoded side through id,clk CSV and its schema, and links the same", async () => {
    const ea = encodeRecords(a, schema, SECRET);
    const eb = encodeRecords(b, schema, SECRET);
    const written = await writeEncoded(join(dir, "a.clk.csv"), ea);
    await writeEncoded(join(dir, "b.clk.csv"), eb);
    expect(written.schema).toBe(join(dir, "a.clk.schema.json"));
    const csv = await readFile(written.csv, "utf8");
    expect(csv.split("\r\n")[0]).toBe("id,clk");
    const manifest = JSON.parse(await readFile(written.schema, "utf8"));
    expect(manifest).toMatchObject({
      format: "ciudata-clk-file",
      records: 50,
      fingerprint: ea.fingerprint,
      keyCheck: ea.keyCheck,
    });
    const ra = await readEncoded(written.csv);
    expect(ra.ids).toEqual(ea.ids);
    expect([...ra.clks]).toEqual([...ea.clks]);
    const rb = await readEncoded(join(dir, "b.clk.csv"));
    expect(linkEncoded(ra, rb).pairs).toEqual(linkEncoded(ea, eb).pairs);
  });

  it("writes no value in clear and not the secret", async () => {
    const ea = encodeRecords(a, schema, SECRET);
    const written = await writeEncoded(join(dir, "privado.clk.csv"), ea);
    const out = (await readFile(written.csv, "utf8")) + (await readFile(written.schema, "utf8"));
    expect(out).not.toContain(SECRET);
    for (const surname of a.fields.surname1 ?? [])
      if (surname && surname.length > 3) expect(out).not.toContain(surname);
  });

  it("refuses a file whose schema is missing, a bad header, a broken encoding and a repeated id, located and masked", async () => {
    expect(schemaPathOf("x.csv")).toBe("x.schema.json");
    await writeFile(join(dir, "solo.clk.csv"), "id,clk\r\n");
    expect((await thrown(() => readEncoded(join(dir, "solo.clk.csv"))))[0]?.type).toBe(
      "linkage/pprl-no-schema",
    );

    const ea = encodeRecords(a, schema, SECRET);
    const good = await writeEncoded(join(dir, "roto.clk.csv"), ea);
    const lines = (await readFile(good.csv, "utf8")).split("\r\n");
    await writeFile(good.csv, ["id,hash", ...lines.slice(1)].join("\r\n"));
    expect((await thrown(() => readEncoded(good.csv)))[0]?.type).toBe("linkage/pprl-bad-header");

    const broken = [...lines];
    broken[3] = `${ea.ids[2]},AAAA`;
    broken[5] = `MARIA-PEREZ-7,${(lines[1] ?? "").split(",")[1]}`;
    broken[6] = `MARIA-PEREZ-7,${(lines[1] ?? "").split(",")[1]}`;
    await writeFile(good.csv, broken.join("\r\n"));
    const issues = await thrown(() => readEncoded(good.csv));
    expect(issues.map((i) => [i.type, i.rowNumber])).toEqual([
      ["linkage/pprl-bad-clk", 4],
      ["linkage/pprl-duplicate-id", 7],
    ]);
    expect(issues[1]?.text).not.toContain("MARIA-PEREZ-7");
    expect(issues[1]?.text).toContain("MXXXX-XXXXX-#");
  });

  it("refuses a manifest that does not describe its file", async () => {
    const ea = encodeRecords(a, schema, SECRET);
    const w = await writeEncoded(join(dir, "cambiado.clk.csv"), ea);
    const lines = (await readFile(w.csv, "utf8")).split("\r\n");
    await writeFile(w.csv, lines.slice(0, 10).join("\r\n"));
    expect((await thrown(() => readEncoded(w.csv)))[0]?.type).toBe("linkage/pprl-manifest-mismatch");
  });
});

describe("secretFromEnv", () => {
  it("reads the secret from the environment and says where to put it when missing", async () => {
    expect(secretFromEnv("CIUDATA_LINK_SECRET", { CIUDATA_LINK_SECRET: SECRET })).toBe(SECRET);
    const issues = await thrown(async () => secretFromEnv("CIUDATA_LINK_SECRET", {}));
    expect(issues[0]?.type).toBe("linkage/pprl-no-secret");
    expect(issues[0]?.text).toContain("CIUDATA_LINK_SECRET");
  });
});
