import { defineCatalogs } from "@ciudata/core";

/** The texts of `commands/strategy.ts`, in es, en and pt. */
export const strategyMessages = defineCatalogs({
  es: {
    summary: "Revisa una estrategia de datos y muestra o reporta su avance a una fecha",
    usage:
      'ciudata strategy new <archivo.json> [--city "nombre"] [--lang es|en|pt]\nciudata strategy import <planilla.csv|xlsx> --out <estrategia.json> [--city "nombre"] [--sheet nombre|n]\nciudata strategy check|status|report <archivo.json|preset> [--preset mendoza-2024-2026|san-antonio-pladeco] [--as-of AAAA-MM-DD] [--inventory inventario.json] [--format text|json|md|html] [--out archivo]\nciudata strategy diff <archivo.json|preset> --from AAAA-MM-DD [--to AAAA-MM-DD] [--format text|json|md|html] [--out archivo]\nciudata strategy diff <antes.json> <después.json> [--as-of AAAA-MM-DD] [--format …]\nciudata strategy update <archivo.json> --action <id> --status not_started|in_progress|complete|on_hold|cancelled --date AAAA-MM-DD [--note texto] [--by id] [--correct]\nSin --as-of (o --to) se usa la fecha de hoy en la zona horaria de la ciudad. report se imprime en Markdown salvo que se pida otro formato. Sale con 1 si la estrategia no es válida.',
    "flag.preset": "Estrategia incluida, en lugar de un archivo",
    "flag.asOf": "Fecha del estado (AAAA-MM-DD)",
    "flag.from": "Fecha inicial de diff",
    "flag.to": "Fecha final de diff",
    "flag.action": "update: id de la acción",
    "flag.status": "update: nuevo estado",
    "flag.date": "update: fecha del cambio (AAAA-MM-DD)",
    "flag.note": "update: nota",
    "flag.by": "update: id de la persona que lo registra",
    "flag.correct": "update: acepta una fecha anterior al último cambio (corrección)",
    "flag.city": "new/import: nombre de la ciudad",
    exists: (p: { file: string }) =>
      `${p.file} ya existe y no se reemplaza: elija otro nombre o mueva el archivo existente.`,
    newJson: (p: { file: string }) =>
      `strategy new escribe un archivo JSON: use un nombre terminado en .json (se recibió «${p.file}»).`,
    created: (p: { file: string; pillars: number; actions: number }, w) =>
      `Creado ${p.file}: ${w.count(p.pillars, { one: "eje", other: "ejes" })} y ${w.count(p.actions, { one: "acción", other: "acciones" })} de ejemplo. Complete lo que está [entre corchetes] y revíselo con «ciudata strategy check ${p.file}».`,
    imported: (p: { file: string; pillars: number; actions: number }, w) =>
      `Escrito ${p.file}: ${w.count(p.pillars, { one: "eje", other: "ejes" })}, ${w.count(p.actions, { one: "acción", other: "acciones" })}.`,
    ownersGuessed: (p: { owners: string }) =>
      `Responsables interpretados a partir del texto (revíselos): ${p.owners}.`,
    ownerCommittee: (p: { word: string; id: string }) => `${p.word} → comité ${p.id}`,
    ownerPerson: (p: { word: string; id: string }) => `${p.word} → persona ${p.id}`,
    importNext: (p: { file: string }) =>
      `Los estados de la planilla quedan «según el documento (sin fecha)»; registre los cambios con «ciudata strategy update ${p.file}».`,
    badRows: (p: { file: string; count: number }, w) =>
      `${p.file}: ${w.count(p.count, { one: "problema", other: "problemas" })}; no se escribió nada.`,
    "hint.renameColumn": "renombre la columna a",
    "hint.columns":
      "use las columnas eje, aspiracion, id_accion, accion, responsables, estado, inicio, plazo (o en inglés o portugués)",
    "hint.addColumn": "agregue la columna",
    "hint.required": "complete la celda",
    "hint.slug": "escriba un id en minúsculas con guiones, por ejemplo inventario-de-datos",
    "hint.status":
      "escriba un estado: No iniciada, En curso, Completa, En pausa o Cancelada (o not_started, in_progress, complete, on_hold, cancelled)",
    "hint.date": "escriba la fecha como AAAA-MM-DD, por ejemplo 2024-05-02",
    "hint.deadline": "escriba el plazo como AAAA-MM (2024-05) o un rango AAAA-MM/AAAA-MM (2024-09/2024-11)",
    "hint.duplicate": (p: { row: number }) => `use otro id: la fila ${p.row} ya usa este`,
    "flag.inventory":
      "status/report: inventario de datos (ciudata inventory) que mide el avance de la acción de inventario",
    updateNeedsFile:
      "strategy update escribe en un archivo de estrategia: indique uno (una estrategia incluida no se modifica).",
    writeNeedsFile: (p: { sub: string }) =>
      `Este subcomando escribe un archivo nuevo: indique su nombre, por ejemplo «ciudata strategy ${p.sub} estrategia.json» (--preset elige una estrategia incluida para leerla, no para escribirla).`,
    updated: (p: { action: string; status: string; date: string; file: string }) =>
      `Registrado en ${p.file}: «${p.action}» pasa a «${p.status}» el ${p.date}.`,
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
      `${w.count(p.count, { one: "aviso", other: "avisos" })} sobre la estrategia (detalle: «ciudata strategy check»).`,
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
      'ciudata strategy new <file.json> [--city "name"] [--lang es|en|pt]\nciudata strategy import <sheet.csv|xlsx> --out <strategy.json> [--city "name"] [--sheet name|n]\nciudata strategy check|status|report <file.json|preset> [--preset mendoza-2024-2026|san-antonio-pladeco] [--as-of YYYY-MM-DD] [--inventory inventario.json] [--format text|json|md|html] [--out file]\nciudata strategy diff <file.json|preset> --from YYYY-MM-DD [--to YYYY-MM-DD] [--format text|json|md|html] [--out file]\nciudata strategy diff <before.json> <after.json> [--as-of YYYY-MM-DD] [--format …]\nciudata strategy update <file.json> --action <id> --status not_started|in_progress|complete|on_hold|cancelled --date YYYY-MM-DD [--note text] [--by id] [--correct]\nWithout --as-of (or --to), today\'s date in the city\'s time zone is used. report prints Markdown unless another format is asked for. Exits 1 when the strategy is not valid.',
    "flag.preset": "Built-in strategy, instead of a file",
    "flag.asOf": "Status date (YYYY-MM-DD)",
    "flag.from": "Start date for diff",
    "flag.to": "End date for diff",
    "flag.action": "update: the action's id",
    "flag.status": "update: new status",
    "flag.date": "update: date of the change (YYYY-MM-DD)",
    "flag.note": "update: note",
    "flag.by": "update: id of the person recording it",
    "flag.correct": "update: accept a date before the last change (a correction)",
    "flag.city": "new/import: the city's name",
    exists: (p) =>
      `${p.file} already exists and is not replaced: choose another name or move the existing file.`,
    newJson: (p) => `strategy new writes a JSON file: use a name ending in .json (received "${p.file}").`,
    created: (p, w) =>
      `Created ${p.file}: ${w.count(p.pillars, { one: "pillar", other: "pillars" })} and ${w.count(p.actions, { one: "example action", other: "example actions" })}. Fill in what is [in brackets] and check it with "ciudata strategy check ${p.file}".`,
    imported: (p, w) =>
      `Wrote ${p.file}: ${w.count(p.pillars, { one: "pillar", other: "pillars" })}, ${w.count(p.actions, { one: "action", other: "actions" })}.`,
    ownersGuessed: (p) => `Owners read from the text (check them): ${p.owners}.`,
    ownerCommittee: (p) => `${p.word} → committee ${p.id}`,
    ownerPerson: (p) => `${p.word} → person ${p.id}`,
    importNext: (p) =>
      `The sheet's statuses are kept "as stated in the document (undated)"; record changes with "ciudata strategy update ${p.file}".`,
    badRows: (p, w) =>
      `${p.file}: ${w.count(p.count, { one: "problem", other: "problems" })}; nothing was written.`,
    "hint.renameColumn": "rename the column to",
    "hint.columns":
      "use the columns pillar, aspiration, action_id, action, owners, status, start, deadline (or in Spanish or Portuguese)",
    "hint.addColumn": "add the column",
    "hint.required": "fill in the cell",
    "hint.slug": "write a lowercase id with hyphens, for example data-inventory",
    "hint.status": "write a status: Not started, In progress, Complete, On hold or Cancelled",
    "hint.date": "write the date as YYYY-MM-DD, for example 2024-05-02",
    "hint.deadline": "write the deadline as YYYY-MM (2024-05) or a range YYYY-MM/YYYY-MM (2024-09/2024-11)",
    "hint.duplicate": (p) => `use another id: row ${p.row} already uses this one`,
    "flag.inventory":
      "status/report: data inventory (ciudata inventory) that measures the inventory action's progress",
    updateNeedsFile:
      "strategy update writes to a strategy file: name one (a built-in strategy is never changed).",
    writeNeedsFile: (p) =>
      `This subcommand writes a new file: give its name, for example "ciudata strategy ${p.sub} strategy.json" (--preset picks a built-in strategy to read, not to write).`,
    updated: (p) => `Recorded in ${p.file}: “${p.action}” becomes “${p.status}” on ${p.date}.`,
    readSource: (p) =>
      `Could not read ${p.source}: check the path or use a built-in strategy (${p.presetList}).`,
    checkDate: (p) => `--${p.flag} expects a date YYYY-MM-DD, for example 2024-10-01; received "${p.value}".`,
    diff: (p) => `--from (${p.from}) must not be after --to (${p.to}).`,
    valid: "Valid strategy",
    invalid: "The strategy is not valid",
    warnings: "Warnings",
    warningsHint: (p, w) =>
      `${w.count(p.count, { one: "warning", other: "warnings" })} about the strategy (details: "ciudata strategy check").`,
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
      'ciudata strategy new <arquivo.json> [--city "nome"] [--lang es|en|pt]\nciudata strategy import <planilha.csv|xlsx> --out <estrategia.json> [--city "nome"] [--sheet nome|n]\nciudata strategy check|status|report <arquivo.json|preset> [--preset mendoza-2024-2026|san-antonio-pladeco] [--as-of AAAA-MM-DD] [--inventory inventario.json] [--format text|json|md|html] [--out arquivo]\nciudata strategy diff <arquivo.json|preset> --from AAAA-MM-DD [--to AAAA-MM-DD] [--format text|json|md|html] [--out arquivo]\nciudata strategy diff <antes.json> <depois.json> [--as-of AAAA-MM-DD] [--format …]\nciudata strategy update <arquivo.json> --action <id> --status not_started|in_progress|complete|on_hold|cancelled --date AAAA-MM-DD [--note texto] [--by id] [--correct]\nSem --as-of (ou --to) usa-se a data de hoje no fuso horário da cidade. report sai em Markdown salvo se outro formato for pedido. Sai com 1 se a estratégia não for válida.',
    "flag.preset": "Estratégia incluída, no lugar de um arquivo",
    "flag.asOf": "Data da situação (AAAA-MM-DD)",
    "flag.from": "Data inicial do diff",
    "flag.to": "Data final do diff",
    "flag.action": "update: id da ação",
    "flag.status": "update: nova situação",
    "flag.date": "update: data da mudança (AAAA-MM-DD)",
    "flag.note": "update: nota",
    "flag.by": "update: id da pessoa que a registra",
    "flag.correct": "update: aceita uma data anterior à última mudança (correção)",
    "flag.city": "new/import: nome da cidade",
    exists: (p) => `${p.file} já existe e não é substituído: escolha outro nome ou mova o arquivo existente.`,
    newJson: (p) =>
      `strategy new grava um arquivo JSON: use um nome terminado em .json (recebido "${p.file}").`,
    created: (p, w) =>
      `Criado ${p.file}: ${w.count(p.pillars, { one: "eixo", other: "eixos" })} e ${w.count(p.actions, { one: "ação", other: "ações" })} de exemplo. Complete o que está [entre colchetes] e revise com «ciudata strategy check ${p.file}».`,
    imported: (p, w) =>
      `Gravado ${p.file}: ${w.count(p.pillars, { one: "eixo", other: "eixos" })}, ${w.count(p.actions, { one: "ação", other: "ações" })}.`,
    ownersGuessed: (p) => `Responsáveis interpretados a partir do texto (revise-os): ${p.owners}.`,
    ownerCommittee: (p) => `${p.word} → comitê ${p.id}`,
    ownerPerson: (p) => `${p.word} → pessoa ${p.id}`,
    importNext: (p) =>
      `As situações da planilha ficam «segundo o documento (sem data)»; registre as mudanças com «ciudata strategy update ${p.file}».`,
    badRows: (p, w) =>
      `${p.file}: ${w.count(p.count, { one: "problema", other: "problemas" })}; nada foi gravado.`,
    "hint.renameColumn": "renomeie a coluna para",
    "hint.columns":
      "use as colunas eixo, aspiracao, id_acao, acao, responsaveis, situacao, inicio, prazo (ou em espanhol ou inglês)",
    "hint.addColumn": "adicione a coluna",
    "hint.required": "preencha a célula",
    "hint.slug": "escreva um id em minúsculas com hífens, por exemplo inventario-de-dados",
    "hint.status": "escreva uma situação: Não iniciada, Em andamento, Concluída, Em pausa ou Cancelada",
    "hint.date": "escreva a data como AAAA-MM-DD, por exemplo 2024-05-02",
    "hint.deadline":
      "escreva o prazo como AAAA-MM (2024-05) ou um intervalo AAAA-MM/AAAA-MM (2024-09/2024-11)",
    "hint.duplicate": (p) => `use outro id: a linha ${p.row} já usa este`,
    "flag.inventory":
      "status/report: inventário de dados (ciudata inventory) que mede o avanço da ação de inventário",
    updateNeedsFile:
      "strategy update grava em um arquivo de estratégia: indique um (uma estratégia incluída não é modificada).",
    writeNeedsFile: (p) =>
      `Este subcomando grava um arquivo novo: indique o nome, por exemplo «ciudata strategy ${p.sub} estrategia.json» (--preset escolhe uma estratégia incluída para ler, não para gravar).`,
    updated: (p) => `Registrado em ${p.file}: «${p.action}» passa a «${p.status}» em ${p.date}.`,
    readSource: (p) =>
      `Não foi possível ler ${p.source}: verifique o caminho ou use uma estratégia incluída (${p.presetList}).`,
    checkDate: (p) =>
      `--${p.flag} espera uma data AAAA-MM-DD, por exemplo 2024-10-01; recebido "${p.value}".`,
    diff: (p) => `--from (${p.from}) deve ser anterior ou igual a --to (${p.to}).`,
    valid: "Estratégia válida",
    invalid: "A estratégia não é válida",
    warnings: "Avisos",
    warningsHint: (p, w) =>
      `${w.count(p.count, { one: "aviso", other: "avisos" })} sobre a estratégia (detalhes: «ciudata strategy check»).`,
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
