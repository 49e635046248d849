// One read of the registry runs three standards at once: the quality review (schema, keys, spelling),
// the privacy protocol (re-identification risk over quasi-identifiers) and the disaggregated-data
// standard (sex and age present and in their code lists). Run it with `pnpm start` after `pnpm build`.
import { pathToFileURL } from "node:url";
import { disaggregationChecks } from "@ciudata/disaggregation";
import { riskCheck } from "@ciudata/privacy";
import { renderText, review } from "@ciudata/quality";
import { registryCsv, SCHEMA } from "./registry.mjs";

/**
 * Checks the registry and returns the report, the scores and the privacy risk.
 *
 * @param {{ lang?: "es" | "en" | "pt", rows?: number }} [options]
 */
export async function checkRegistry(options = {}) {
  const risk = riskCheck({ qi: ["seccion", "sexo", "edad"], k: 5 });
  const { report, scores } = await review(registryCsv(options.rows), {
    name: "registro-programa",
    schema: SCHEMA,
    lang: options.lang ?? "es",
    checks: [risk, ...disaggregationChecks()],
  });
  return { report, scores, risk: risk.result() };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { report, scores, risk } = await checkRegistry();
  process.stdout.write(renderText(report, scores, "es", { formulas: false, maxPerType: 2 }));
  const k5 = risk?.violations.find((v) => v.k === 5);
  process.stdout.write(
    `\nRiesgo: ${k5?.records ?? 0} personas en grupos de menos de 5 (sección, sexo, edad).\n`,
  );
}
