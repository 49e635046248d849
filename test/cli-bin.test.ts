// The built bin, as users run it. `pnpm test` builds first; a plain `vitest` run without dist skips.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../packages/cli/dist/bin.js", import.meta.url));
const { version } = JSON.parse(
  readFileSync(new URL("../packages/cli/package.json", import.meta.url), "utf8"),
) as {
  version: string;
};

function ciudata(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", ...env },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe.skipIf(!existsSync(bin))("dist/bin.js", () => {
  it("prints the package version", () => {
    expect(ciudata(["--version"])).toEqual({ code: 0, out: `${version}\n`, err: "" });
  });

  it("speaks the language of LANG", () => {
    expect(ciudata(["help"], { LANG: "pt_BR.UTF-8" }).out).toContain("Comandos:");
    expect(ciudata(["help"], { LANG: "en_US.UTF-8" }).out).toContain("Commands:");
  });

  it("exits with 2 on a user mistake", () => {
    const result = ciudata(["no-such-command"]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("«no-such-command» no es un comando de ciudata.");
  });
});
