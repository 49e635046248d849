import type { CodeList, LocalizedLabel } from "./types";

const l = (es: string, en: string, pt: string): LocalizedLabel => ({ es, en, pt });

/** The six domains of the Washington Group Short Set. */
export const WG_DOMAINS = [
  "seeing",
  "hearing",
  "walking",
  "cognition",
  "self_care",
  "communication",
] as const;

/** One Washington Group Short Set domain. */
export type WgDomain = (typeof WG_DOMAINS)[number];

/** Washington Group Short Set answers: 1 no difficulty, 2 some, 3 a lot, 4 cannot do at all. */
export const WG_RESPONSE: CodeList = {
  id: "wg-ss-respuesta",
  dimension: "wg_response",
  name: l(
    "Respuesta del Grupo de Washington (set corto)",
    "Washington Group Short Set response",
    "Resposta do Grupo de Washington (conjunto curto)",
  ),
  agency: "Washington Group on Disability Statistics",
  source: "https://www.washingtongroup-disability.com/implementation/ ; FAQ",
  confidence: "doc",
  codes: [
    { id: "1", label: l("Sin dificultad", "No difficulty", "Nenhuma dificuldade") },
    { id: "2", label: l("Alguna dificultad", "Some difficulty", "Alguma dificuldade") },
    { id: "3", label: l("Mucha dificultad", "A lot of difficulty", "Muita dificuldade") },
    { id: "4", label: l("No puede hacerlo", "Cannot do at all", "Não consegue de modo algum") },
  ],
  note: "Domains: seeing, hearing, walking, cognition (remembering/concentrating), self-care, communication. Ages 5 and over.",
};

/** One person's Short Set answers by domain (1–4; `null` or absent when not answered). */
export type WgAnswers = Partial<Record<WgDomain, 1 | 2 | 3 | 4 | null>>;

/**
 * Derives SDMX DISABILITY_STATUS from the Washington Group Short Set with the recommended cut-off:
 * at least one domain at "a lot of difficulty" (3) or "cannot do at all" (4) → `PD`; all six answered
 * below that → `PWD`; some unanswered and none at 3/4 → `_U`. The set applies to ages 5+: younger → `_X`.
 *
 * @example
 * ```ts
 * washingtonGroupStatus({ seeing: 1, hearing: 3 }); //=> "PD"
 * washingtonGroupStatus({ seeing: 1, hearing: 2, walking: 1, cognition: 1, self_care: 1, communication: 1 }); //=> "PWD"
 * washingtonGroupStatus({ seeing: 2 }); //=> "_U"
 * ```
 */
export function washingtonGroupStatus(answers: WgAnswers, age?: number | null): "PD" | "PWD" | "_U" | "_X" {
  if (age !== undefined && age !== null && age < 5) return "_X";
  let answered = 0;
  for (const domain of WG_DOMAINS) {
    const a = answers[domain];
    if (a === 3 || a === 4) return "PD";
    if (a === 1 || a === 2) answered++;
  }
  return answered === WG_DOMAINS.length ? "PWD" : "_U";
}
