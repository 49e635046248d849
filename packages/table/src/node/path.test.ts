import { existsSync, readdirSync } from "node:fs";
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CiudataError } from "@ciudata/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenedSource } from "../bytes/types";
import { decodeSource } from "../encoding/decode-source";
import { openPath } from "./path";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ciudata-path-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function bytesOf(source: OpenedSource): Promise<number[]> {
  const out: number[] = [];
  for await (const chunk of source.chunks) out.push(...chunk);
  return out;
}

async function caught(promise: Promise<unknown>): Promise<CiudataError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CiudataError) return error;
    throw error;
  }
  throw new Error("expected a CiudataError");
}

describe("openPath", () => {
  it("streams a file with its basename and size, in plain Uint8Array chunks", async () => {
    const file = join(dir, "hospitales.csv");
    const data = new Uint8Array([0x4e, 0x55, 0xd1, 0x45, 0x5a, 0x0a]);
    await writeFile(file, data);
    const src = await openPath(file, { highWaterMark: 2 });
    expect(src).toMatchObject({ name: "hospitales.csv", size: 6 });
    const chunks: Uint8Array[] = [];
    for await (const c of src.chunks) chunks.push(c);
    expect(chunks.map((c) => c.length)).toEqual([2, 2, 2]);
    expect(chunks.every((c) => c.constructor === Uint8Array)).toBe(true);
    expect(chunks.flatMap((c) => [...c])).toEqual([...data]);
  });

  it("feeds decodeSource end to end", async () => {
    const file = join(dir, "latin1.csv");
    await writeFile(file, new Uint8Array([0x61, 0x3b, 0xd1, 0x0a]));
    const decoded = await decodeSource(await openPath(file, { highWaterMark: 1 }));
    expect(decoded.encoding.encoding).toBe("iso-8859-1");
    expect(decoded.name).toBe("latin1.csv");
    let text = "";
    for await (const t of decoded.text) text += t;
    expect(text).toBe("a;Ñ\n");
  });

  it("throws a source-error for a missing file", async () => {
    const error = await caught(openPath(join(dir, "no-existe.csv")));
    expect(error.errors[0]).toMatchObject({
      type: "source-error",
      params: { reason: "not-found", path: join(dir, "no-existe.csv") },
    });
    expect(error.errors[0].params.todo).toBe("not-found");
  });

  it("throws a source-error for a directory", async () => {
    const error = await caught(openPath(dir));
    expect(error.errors[0].params).toMatchObject({ reason: "is-directory" });
  });

  it.skipIf(process.platform === "win32" || process.getuid?.() === 0)(
    "throws a source-error for a file it may not read",
    async () => {
      const file = join(dir, "secreto.csv");
      await writeFile(file, "a\n");
      await chmod(file, 0o000);
      const error = await caught(openPath(file));
      expect(error.errors[0].params).toMatchObject({ reason: "permission" });
    },
  );

  it("honours an AbortSignal before and while reading", async () => {
    const file = join(dir, "grande.csv");
    await writeFile(file, "x;y\n".repeat(10_000));
    const before = new AbortController();
    before.abort(new Error("no"));
    await expect(openPath(file, { signal: before.signal })).rejects.toThrow("no");

    const controller = new AbortController();
    const src = await openPath(file, { signal: controller.signal, highWaterMark: 16 });
    const read = (async () => {
      for await (const _ of src.chunks) controller.abort();
    })();
    await expect(read).rejects.toMatchObject({ name: "AbortError" });
  });

  it("closes the file when the reader breaks out early", async () => {
    const file = join(dir, "corto.csv");
    await writeFile(file, "a;b\n".repeat(1000));
    const src = await openPath(file, { highWaterMark: 8 });
    for await (const _ of src.chunks) break;
    expect(await bytesOf(await openPath(file))).toHaveLength(4000);
  });
});

// Real government files live outside the repo; they are read in place, never copied.
const realDir = fileURLToPath(new URL("../../../../../shared/data/real/", import.meta.url));
const hasReal = existsSync(realDir);
if (!hasReal) console.warn(`[ciudata] skipping real-file encoding tests: ${realDir} not found`);

const LATIN = ["iso-8859-1", "windows-1252"];
const EXPECTED: Record<string, readonly string[]> = {
  "ar_caba_gcba_hospitales.csv": LATIN,
  "br_sp_seade_dados_covid_sp_latin1_2020-05-15.csv": LATIN,
  "pe_minsa_casos_positivos_covid19.csv": LATIN,
  "mx_sesnsp_IDVFC_NM_ene25_primeras20000filas.csv": LATIN,
};

describe.skipIf(!hasReal)("real Latin American files (../shared/data/real)", () => {
  const files = hasReal
    ? readdirSync(realDir)
        .filter((f) => f.endsWith(".csv"))
        .sort()
    : [];

  it("finds the catalogued files", () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  for (const file of files) {
    const expected = EXPECTED[file] ?? ["utf-8"];
    it(`${file}: ${expected.join(" or ")}, decoded whole without errors`, async () => {
      const decoded = await decodeSource(await openPath(join(realDir, file)));
      expect(expected).toContain(decoded.encoding.encoding);
      let length = 0;
      let replacement = false;
      let accented = false;
      for await (const t of decoded.text) {
        length += t.length;
        if (t.includes("\ufffd")) replacement = true;
        if (/[ÁÉÍÓÚÑáéíóúñãçõ]/.test(t)) accented = true;
      }
      if (expected === LATIN) expect(accented).toBe(true);
      expect(length).toBeGreaterThan(0);
      expect(replacement).toBe(false);
      expect(decoded.bytesRead()).toBe(decoded.totalBytes);
      expect(decoded.format).toBeNull();
      expect(decoded.errors).toEqual([]);
    });
  }
});
