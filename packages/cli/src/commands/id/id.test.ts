import { afterEach, describe, expect, it } from "vitest";
import { capture } from "../../test-support/capture";
import { run } from "../main";
import { idCommand } from "./id";
import { registerCommand } from "./index";

let unregister: (() => void) | undefined;
afterEach(() => unregister?.());

describe("ciudata id", () => {
  it("validates, formats and shows what an ID embeds", async () => {
    unregister = registerCommand(idCommand);
    const c = capture();
    expect(await run(["id", "curp", "BAAD890419HMNRRV07"], c.io)).toBe(0);
    expect(c.out()).toContain("birthDate=1989-04-19");
    const j = capture();
    expect(await run(["id", "cuil", "20101234560", "--json"], j.io)).toBe(1);
    expect(JSON.parse(j.out())).toMatchObject({ type: "ar.cuit", valid: false, problem: "checksum" });
    expect(await run(["id", "nope", "1"], capture().io)).toBe(2);
  });
});
