import { escapeHtml, type Lang, numberWords, translator } from "@ciudata/core";
import type { ComparisonSpec, ScoredPair } from "@ciudata/linkage";
import { linkMessages } from "../../messages/link";
import { gammaText } from "./levels";

// The waterfall of one pair: the prior, then each field's contribution to the match weight, then the final
// weight. As text (one line per field) and as an inline SVG for the HTML report. Levels and weights only:
// never a value of the records.

/** One step of a waterfall: a label, the level in words (fields only) and its weight in bits. */
export interface WaterfallStep {
  label: string;
  level?: string;
  weight: number;
}

/**
 * The steps of a pair's waterfall: prior (the weight the fields do not explain), one step per
 * comparison, and the final weight (`final: true` on the last one).
 *
 * @example
 * ```ts
 * waterfallSteps(pair, specs, "es").at(-1); //=> { label: "peso final", weight: 14.2 }
 * ```
 */
export function waterfallSteps(
  pair: ScoredPair,
  specs: readonly ComparisonSpec[],
  lang: Lang,
): WaterfallStep[] {
  const { t } = translator(linkMessages, lang);
  const fields = pair.contributions.reduce((a, b) => a + b, 0);
  const steps: WaterfallStep[] = [{ label: t("priorStep"), weight: pair.weight - fields }];
  pair.contributions.forEach((weight, i) => {
    const spec = specs[i];
    steps.push({
      label: spec?.name ?? String(i),
      ...(spec ? { level: gammaText(spec, pair.gammas[i] ?? -1, lang) } : {}),
      weight,
    });
  });
  steps.push({ label: t("finalStep"), weight: pair.weight });
  return steps;
}

const signed = (n: number, lang: Lang) =>
  `${n >= 0 ? "+" : "−"}${numberWords(lang).number(Math.abs(n), { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/**
 * A waterfall as text, one line per step, aligned.
 *
 * @example
 * ```ts
 * waterfallText(steps, "es"); // "  previa           −13,29\n  surname  iguales  +9,80\n…"
 * ```
 */
export function waterfallText(steps: readonly WaterfallStep[], lang: Lang): string {
  const label = Math.max(...steps.map((s) => s.label.length));
  const level = Math.max(0, ...steps.map((s) => (s.level ?? "").length));
  return steps
    .map(
      (s) =>
        `  ${s.label.padEnd(label)}  ${(s.level ?? "").padEnd(level)}  ${signed(s.weight, lang).padStart(7)}`,
    )
    .join("\n");
}

/**
 * A waterfall as an inline SVG: horizontal bars, each field's bar starting where the previous one
 * ended (green adds evidence for a match, red against), the prior and the final weight in grey. Texts are
 * escaped; it has a `<title>` for screen readers.
 *
 * @example
 * ```ts
 * waterfallSvg(steps, "es", "12 ↔ 40"); // "<svg role=\"img\" …"
 * ```
 */
export function waterfallSvg(steps: readonly WaterfallStep[], lang: Lang, title: string): string {
  const row = 20;
  const labelWidth = 300;
  const plot = 360;
  const ends: [number, number][] = [];
  let at = 0;
  steps.forEach((s, i) => {
    if (i === 0 || i === steps.length - 1) {
      ends.push([0, s.weight]);
      at = s.weight;
    } else {
      ends.push([at, at + s.weight]);
      at += s.weight;
    }
  });
  const lo = Math.min(0, ...ends.flat());
  const hi = Math.max(0, ...ends.flat());
  const span = hi - lo || 1;
  const x = (v: number) => labelWidth + ((v - lo) / span) * plot;
  const height = row * steps.length + 10;
  const bars = steps.map((s, i) => {
    const [a, b] = ends[i] as [number, number];
    const edge = i === 0 || i === steps.length - 1;
    const fill = edge ? "#777" : s.weight >= 0 ? "#2a7f3f" : "#b23b3b";
    const y = 5 + i * row;
    const text = `${s.label}${s.level ? ` — ${s.level}` : ""}`;
    return (
      `<text x="${labelWidth - 6}" y="${y + 13}" text-anchor="end">${escapeHtml(text)}</text>` +
      `<rect x="${x(Math.min(a, b)).toFixed(1)}" y="${y + 2}" width="${Math.max(1, Math.abs(x(b) - x(a))).toFixed(1)}" height="${row - 6}" fill="${fill}"/>` +
      `<text x="${(x(Math.max(a, b)) + 4).toFixed(1)}" y="${y + 13}">${escapeHtml(signed(s.weight, lang))}</text>`
    );
  });
  return `<svg role="img" xmlns="http://www.w3.org/2000/svg" width="${labelWidth + plot + 70}" height="${height}" font-family="system-ui,sans-serif" font-size="12"><title>${escapeHtml(title)}</title><line x1="${x(0).toFixed(1)}" y1="0" x2="${x(0).toFixed(1)}" y2="${height}" stroke="#999"/>${bars.join("")}</svg>`;
}
