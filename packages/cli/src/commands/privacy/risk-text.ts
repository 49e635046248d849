import { type Lang, translator } from "@ciudata/core";
import type { RiskReport } from "@ciudata/privacy";
import { privacyMessages } from "../../messages/privacy";

// The re-identification risk in words, shared by `privacy risk` and `anonymize` (before and after).

/**
 * The risk report as lines of text in a language: the title with the quasi-identifiers first, then
 * records and classes, records violating k, uniques, mean and maximum risk, l-diversity, weights.
 *
 * @example
 * ```ts
 * riskLines(report, "en")[0]; // "Re-identification risk — QI: edad, sexo"
 * ```
 * @internal
 */
export function riskLines(r: RiskReport, lang: Lang): string[] {
  const { t, words: n } = translator(privacyMessages, lang);
  const lines = [
    `${t("riskTitle")} — QI: ${r.qi.join(", ")}`,
    `${t("records")}: ${n.number(r.records)}; ${t("classes")}: ${n.number(r.classes)}`,
    ...r.violations.map((v) => t("violatingK", { k: v.k, records: v.records, share: v.share })),
    `${t("uniques")}: ${n.number(r.sampleUniques)}`,
    `${t("mean")}: ${n.number(r.risk.mean, { maximumFractionDigits: 4 })}; ${t("max")}: ${n.number(r.risk.max, { maximumFractionDigits: 4 })}`,
    ...r.lDiversity.map((l) =>
      t("ldivLine", { column: l.column, distinct: l.distinctMin, entropy: l.entropyMin }),
    ),
  ];
  if (r.weighted)
    lines.push(
      t("weighted", {
        global: r.weighted.globalRisk,
        expected: r.weighted.expectedReidentifications,
      }),
    );
  return lines;
}
