// The page's words in Spanish (first), English and Portuguese. `?lang=en` or `?lang=pt` switches.
export type Lang = "es" | "en" | "pt";

export const MESSAGES = {
  es: {
    title: "Estrategia de datos de Mendoza 2024–2026",
    asOf: "Avance al",
    badDate: "La fecha «{value}» no es válida (se espera AAAA-MM-DD): se muestra el avance de hoy.",
    actions: "Acciones",
    complete: "Completas",
    weighted: "Avance ponderado",
    overdue: "Vencidas",
    byPillar: "Acciones por estado en cada pilar",
    overdueList: "Acciones vencidas",
    noOverdue: "Ninguna acción vencida.",
    due: "vencía el",
    daysLate: "{n} días de atraso",
    oneDayLate: "1 día de atraso",
    inventory: "Inventario de datos: cobertura por área",
    inventoryNote:
      "Del inventario de examples/inventory (6 conjuntos de una ciudad de muestra, revisados el 2026-03-31 y el 2026-06-30), leído en este navegador con @ciudata/strategy; las revisiones posteriores a la fecha no cuentan.",
    datasets: "Conjuntos",
    areasInventoried: "Áreas que inventariaron (de {n})",
    areasPassed: "Áreas que pasaron el protocolo de calidad",
    stale: "Desactualizados",
    area: "Área",
    reviewed: "Revisados",
    passed: "Sin fallas",
    protocol: "Protocolo de calidad",
    yes: "sí",
    no: "no",
    noReviews: "Ningún conjunto tiene una revisión de calidad a esta fecha.",
    dimensions: "Última revisión de cada conjunto, por dimensión",
    score: "Puntaje (0–100)",
    surveys: "Encuesta de capacidad y autoevaluación",
    capacityNote:
      "Última ronda de la encuesta de capacidad: {n} respuestas (exportación de KoboToolbox en examples/survey). Los grupos con menos de {min} respuestas se ocultan, y con ellos lo necesario para que no se deduzcan restando de los totales; áreas ocultas: {hidden}.",
    share: "% de quienes respondieron",
    hiddenTopics: "Temas ocultos (menos de {min} respuestas, o para que otro no se deduzca restando): {n}.",
    maturity: "Autoevaluación de la City Data Alliance: madurez por componente",
    maturityNote: "Se puntúa la respuesta más reciente ({date}).",
    component: "Componente",
    tier: "Nivel",
    nextTier: "Siguiente nivel",
    missing: "Evidencia que falta",
    footer:
      "Calculado en tu navegador con @ciudata/strategy, @ciudata/table y @ciudata/quality. Nada se envía a un servidor.",
  },
  en: {
    title: "Mendoza data strategy 2024–2026",
    asOf: "Progress as of",
    badDate: "The date “{value}” is not valid (expected YYYY-MM-DD): showing today's progress.",
    actions: "Actions",
    complete: "Complete",
    weighted: "Weighted progress",
    overdue: "Overdue",
    byPillar: "Actions by status in each pillar",
    overdueList: "Overdue actions",
    noOverdue: "No overdue action.",
    due: "was due on",
    daysLate: "{n} days late",
    oneDayLate: "1 day late",
    inventory: "Data inventory: coverage by area",
    inventoryNote:
      "From the inventory in examples/inventory (6 datasets of a sample city, reviewed on 2026-03-31 and 2026-06-30), read in this browser with @ciudata/strategy; reviews after the date do not count.",
    datasets: "Datasets",
    areasInventoried: "Areas that inventoried (of {n})",
    areasPassed: "Areas that passed the quality protocol",
    stale: "Out of date",
    area: "Area",
    reviewed: "Reviewed",
    passed: "Not failing",
    protocol: "Quality protocol",
    yes: "yes",
    no: "no",
    noReviews: "No dataset has a quality review as of this date.",
    dimensions: "Latest review of each dataset, by dimension",
    score: "Score (0–100)",
    surveys: "Capacity survey and self-assessment",
    capacityNote:
      "Latest round of the capacity survey: {n} answers (KoboToolbox export in examples/survey). Groups with fewer than {min} answers are hidden, and so is whatever would let them be worked out by subtraction from the totals; hidden areas: {hidden}.",
    share: "% of respondents",
    hiddenTopics:
      "Topics hidden (fewer than {min} answers, or so that another cannot be worked out by subtraction): {n}.",
    maturity: "City Data Alliance self-assessment: maturity by component",
    maturityNote: "The latest answer is scored ({date}).",
    component: "Component",
    tier: "Tier",
    nextTier: "Next tier",
    missing: "Evidence missing",
    footer:
      "Computed in your browser with @ciudata/strategy, @ciudata/table and @ciudata/quality. Nothing is sent to a server.",
  },
  pt: {
    title: "Estratégia de dados de Mendoza 2024–2026",
    asOf: "Progresso em",
    badDate: "A data «{value}» não é válida (esperado AAAA-MM-DD): mostrando o progresso de hoje.",
    actions: "Ações",
    complete: "Concluídas",
    weighted: "Progresso ponderado",
    overdue: "Atrasadas",
    byPillar: "Ações por status em cada pilar",
    overdueList: "Ações atrasadas",
    noOverdue: "Nenhuma ação atrasada.",
    due: "vencia em",
    daysLate: "{n} dias de atraso",
    oneDayLate: "1 dia de atraso",
    inventory: "Inventário de dados: cobertura por área",
    inventoryNote:
      "Do inventário em examples/inventory (6 conjuntos de uma cidade de amostra, revisados em 2026-03-31 e 2026-06-30), lido neste navegador com @ciudata/strategy; revisões posteriores à data não contam.",
    datasets: "Conjuntos",
    areasInventoried: "Áreas que inventariaram (de {n})",
    areasPassed: "Áreas que passaram no protocolo de qualidade",
    stale: "Desatualizados",
    area: "Área",
    reviewed: "Revisados",
    passed: "Sem falhas",
    protocol: "Protocolo de qualidade",
    yes: "sim",
    no: "não",
    noReviews: "Nenhum conjunto tem revisão de qualidade nesta data.",
    dimensions: "Última revisão de cada conjunto, por dimensão",
    score: "Pontuação (0–100)",
    surveys: "Pesquisa de capacidade e autoavaliação",
    capacityNote:
      "Última rodada da pesquisa de capacidade: {n} respostas (exportação do KoboToolbox em examples/survey). Grupos com menos de {min} respostas ficam ocultos, e também o necessário para que não sejam deduzidos por subtração dos totais; áreas ocultas: {hidden}.",
    share: "% de quem respondeu",
    hiddenTopics:
      "Temas ocultos (menos de {min} respostas, ou para que outro não seja deduzido por subtração): {n}.",
    maturity: "Autoavaliação da City Data Alliance: maturidade por componente",
    maturityNote: "Pontua-se a resposta mais recente ({date}).",
    component: "Componente",
    tier: "Nível",
    nextTier: "Próximo nível",
    missing: "Evidência que falta",
    footer:
      "Calculado no seu navegador com @ciudata/strategy, @ciudata/table e @ciudata/quality. Nada é enviado a um servidor.",
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type MessageKey = keyof (typeof MESSAGES)["es"];

/** The language asked for with `?lang=`, Spanish by default. */
export function langFrom(params: URLSearchParams): Lang {
  const lang = params.get("lang");
  return lang === "en" || lang === "pt" ? lang : "es";
}

/** A message with its `{placeholders}` filled in. */
export function t(lang: Lang, key: MessageKey, values: Record<string, string | number> = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""));
}
