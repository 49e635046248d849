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
    inventory: "Calidad del inventario de datos",
    inventoryNote:
      "Muestras sintéticas de tres datasets del inventario, revisadas en este navegador con @ciudata/quality.",
    overall: "Puntaje general",
    valid: "Válido",
    invalid: "Con errores",
    notChecked: "sin revisar",
    dimensions: "Puntaje por dimensión",
    score: "Puntaje (0–100)",
    footer:
      "Calculado en tu navegador con @ciudata/strategy y @ciudata/quality. Nada se envía a un servidor.",
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
    inventory: "Quality of the data inventory",
    inventoryNote:
      "Synthetic samples of three datasets of the inventory, reviewed in this browser with @ciudata/quality.",
    overall: "Overall score",
    valid: "Valid",
    invalid: "Has errors",
    notChecked: "not checked",
    dimensions: "Score by dimension",
    score: "Score (0–100)",
    footer:
      "Computed in your browser with @ciudata/strategy and @ciudata/quality. Nothing is sent to a server.",
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
    inventory: "Qualidade do inventário de dados",
    inventoryNote:
      "Amostras sintéticas de três datasets do inventário, revisadas neste navegador com @ciudata/quality.",
    overall: "Pontuação geral",
    valid: "Válido",
    invalid: "Com erros",
    notChecked: "não revisada",
    dimensions: "Pontuação por dimensão",
    score: "Pontuação (0–100)",
    footer:
      "Calculado no seu navegador com @ciudata/strategy e @ciudata/quality. Nada é enviado a um servidor.",
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
