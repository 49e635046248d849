import { defineCatalogs } from "@ciudata/core";

/** The texts of `commands/strategy.ts`, in es, en and pt. */
export const strategyMessages = defineCatalogs({
  es: {
    summary: "Revisa una estrategia de datos y muestra o reporta su avance a una fecha",
    usage:
      "ciudata strategy check|status|report <archivo.json|preset> [--preset mendoza-2024-2026|san-antonio-pladeco] [--as-of AAAA-MM-DD] [--format text|json|md|html] [--out archivo]\nciudata strategy diff <archivo.json|preset> --from AAAA-MM-DD [--to AAAA-MM-DD] [--format text|json|md|html] [--out archivo]\nSin --as-of (o --to) se usa la fecha de hoy en la zona horaria de la ciudad. report se imprime en Markdown salvo que se pida otro formato. Sale con 1 si la estrategia no es válida.",
    "flag.preset": "Estrategia incluida, en lugar de un archivo",
    "flag.asOf": "Fecha del estado (AAAA-MM-DD)",
    "flag.from": "Fecha inicial de diff",
    "flag.to": "Fecha final de diff",
    readSource: (p: { source: string; presetList: string }) =>
      `No se pudo leer ${p.source}: revise la ruta o use una estrategia incluida (${p.presetList}).`,
    checkDate: (p: { flag: string; value: string }) =>
      `--${p.flag} espera una fecha AAAA-MM-DD, por ejemplo 2024-10-01; se recibió «${p.value}».`,
    diff: (p: { from: string; to: string }) =>
      `--from (${p.from}) debe ser anterior o igual a --to (${p.to}).`,
    valid: "Estrategia válida",
    invalid: "La estrategia no es válida",
    warnings: "Avisos",
    warningsHint: (p: { count: number }, w) =>
      `${w.count(p.count, { one: "aviso", other: "avisos" })} sobre la estrategia: véalos con «ciudata strategy check».`,
    asOf: "al",
    overall: "Avance",
    complete: "completas",
    weighted: "ponderado",
    overdue: "Vencidas",
    next: "Próximos plazos",
    none: "ninguna",
    changes: "Cambios de estado",
    newlyOverdue: "Vencieron en el período",
    progress: "Avance ponderado",
    checked: (p: { title: string; pillars: number; actions: number; indicators: number }, w) =>
      `Estrategia válida: ${p.title} — ${w.count(p.pillars, { one: "eje", other: "ejes" })}, ${w.count(p.actions, { one: "acción", other: "acciones" })}, ${w.count(p.indicators, { one: "indicador", other: "indicadores" })}`,
  },
  en: {
    summary: "Check a city data strategy and show or report its progress as of a date",
    usage:
      "ciudata strategy check|status|report <file.json|preset> [--preset mendoza-2024-2026|san-antonio-pladeco] [--as-of YYYY-MM-DD] [--format text|json|md|html] [--out file]\nciudata strategy diff <file.json|preset> --from YYYY-MM-DD [--to YYYY-MM-DD] [--format text|json|md|html] [--out file]\nWithout --as-of (or --to), today's date in the city's time zone is used. report prints Markdown unless another format is asked for. Exits 1 when the strategy is not valid.",
    "flag.preset": "Built-in strategy, instead of a file",
    "flag.asOf": "Status date (YYYY-MM-DD)",
    "flag.from": "Start date for diff",
    "flag.to": "End date for diff",
    readSource: (p) =>
      `Could not read ${p.source}: check the path or use a built-in strategy (${p.presetList}).`,
    checkDate: (p) => `--${p.flag} expects a date YYYY-MM-DD, for example 2024-10-01; received "${p.value}".`,
    diff: (p) => `--from (${p.from}) must not be after --to (${p.to}).`,
    valid: "Valid strategy",
    invalid: "The strategy is not valid",
    warnings: "Warnings",
    warningsHint: (p, w) =>
      `${w.count(p.count, { one: "warning", other: "warnings" })} about the strategy: see them with "ciudata strategy check".`,
    asOf: "as of",
    overall: "Progress",
    complete: "complete",
    weighted: "weighted",
    overdue: "Overdue",
    next: "Next deadlines",
    none: "none",
    changes: "Status changes",
    newlyOverdue: "Became overdue in the period",
    progress: "Weighted progress",
    checked: (p, w) =>
      `Valid strategy: ${p.title} — ${w.count(p.pillars, { one: "pillar", other: "pillars" })}, ${w.count(p.actions, { one: "action", other: "actions" })}, ${w.count(p.indicators, { one: "indicator", other: "indicators" })}`,
  },
  pt: {
    summary: "Revisa uma estratégia de dados e mostra ou relata seu avanço em uma data",
    usage:
      "ciudata strategy check|status|report <arquivo.json|preset> [--preset mendoza-2024-2026|san-antonio-pladeco] [--as-of AAAA-MM-DD] [--format text|json|md|html] [--out arquivo]\nciudata strategy diff <arquivo.json|preset> --from AAAA-MM-DD [--to AAAA-MM-DD] [--format text|json|md|html] [--out arquivo]\nSem --as-of (ou --to) usa-se a data de hoje no fuso horário da cidade. report sai em Markdown salvo se outro formato for pedido. Sai com 1 se a estratégia não for válida.",
    "flag.preset": "Estratégia incluída, no lugar de um arquivo",
    "flag.asOf": "Data da situação (AAAA-MM-DD)",
    "flag.from": "Data inicial do diff",
    "flag.to": "Data final do diff",
    readSource: (p) =>
      `Não foi possível ler ${p.source}: verifique o caminho ou use uma estratégia incluída (${p.presetList}).`,
    checkDate: (p) =>
      `--${p.flag} espera uma data AAAA-MM-DD, por exemplo 2024-10-01; recebido "${p.value}".`,
    diff: (p) => `--from (${p.from}) deve ser anterior ou igual a --to (${p.to}).`,
    valid: "Estratégia válida",
    invalid: "A estratégia não é válida",
    warnings: "Avisos",
    warningsHint: (p, w) =>
      `${w.count(p.count, { one: "aviso", other: "avisos" })} sobre a estratégia: veja-os com «ciudata strategy check».`,
    asOf: "em",
    overall: "Avanço",
    complete: "concluídas",
    weighted: "ponderado",
    overdue: "Vencidas",
    next: "Próximos prazos",
    none: "nenhuma",
    changes: "Mudanças de situação",
    newlyOverdue: "Venceram no período",
    progress: "Avanço ponderado",
    checked: (p, w) =>
      `Estratégia válida: ${p.title} — ${w.count(p.pillars, { one: "eixo", other: "eixos" })}, ${w.count(p.actions, { one: "ação", other: "ações" })}, ${w.count(p.indicators, { one: "indicador", other: "indicadores" })}`,
  },
});
