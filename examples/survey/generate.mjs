// `node examples/survey/generate.mjs`: writes this folder's forms with the built CLI (`pnpm build` first):
// the editable questionnaires (JSON), their XLSForms (KoboToolbox, ODK) and their HTML forms, in Spanish.
// `test/survey-example.test.ts` checks that they are what the current code writes.
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const bin = join(here, "../../packages/cli/dist/bin.js");
const forms = { "mendoza-capacidad": "capacidad-mendoza", "cda-autoevaluacion": "autoevaluacion-cda" };

for (const [preset, name] of Object.entries(forms))
  for (const [format, ext] of [
    ["json", "json"],
    ["xlsform", "xlsx"],
    ["html", "html"],
  ])
    execFileSync(
      process.execPath,
      [bin, "survey", "export", preset, "--format", format, "--out", `${name}.${ext}`, "--lang", "es"],
      { cwd: here, stdio: "inherit" },
    );
