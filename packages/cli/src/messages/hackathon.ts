import { defineCatalogs } from "@ciudata/core";

/** The texts of `ciudata hackathon`, in es, en and pt. */
export const hackathonMessages = defineCatalogs({
  es: {
    noRubric: (p: { file: string }) =>
      `«${p.file}» no tiene "rubric": agréguela al archivo o use --rubric rubrica.json.`,
    positiveMb: "un número de MB mayor que 0",
    httpUrl: "una URL http(s)",
    needOut: "hackathon pack necesita --out <carpeta>: la carpeta donde se escribe el paquete.",
    needPortal: 'hackathon pack necesita --portal <url> (o "portal" en el desafío).',
    summary:
      "Revisa un hackatón (desafíos, equipos, panel, recomendaciones, seguimiento), muestra su etapa e informe, rankea entregas y exporta paquetes de desafío",
    usage:
      "ciudata hackathon check <hackaton.json> [--strategy estrategia.json|mendoza-2024-2026] [--inventory inventario.json]\nciudata hackathon status <hackaton.json> [--as-of AAAA-MM-DD]\nciudata hackathon report <hackaton.json> [--as-of AAAA-MM-DD] [--format text|json|md|html] [--out archivo]\nciudata hackathon rank <puntajes.json> [--rubric rubrica.json] [--missing mean|exclude] [--normalize] [--format text|json|md|html] [--out archivo]\nciudata hackathon pack <desafio.json> --portal <url> --out <carpeta> [--rubric rubrica.json] [--max-mb 20] [--format text|json|md|html]\ncheck, status y report salen con 1 si los datos tienen problemas y con 2 si el archivo no se puede leer o no tiene la forma de un hackatón; rank y pack, con 1 si un archivo no es válido o el portal falla; todos con 2 si el comando está mal escrito.",
    "flag.rubric": "Rúbrica (JSON); reemplaza la del archivo",
    "flag.missing": "Puntaje faltante: mean (media de los otros jurados, por defecto) o exclude",
    "flag.normalize": "Normaliza por jurado (z-score)",
    "flag.portal": "URL del portal de datos",
    "flag.out":
      "pack: carpeta del paquete. rank: escribe el ranking en este archivo (el formato sale de la extensión si no se da --format)",
    "flag.maxMb": "Tamaño máximo por archivo descargado, en MB (20)",
    invalid: (p: { file: string }) => `${p.file} no es válido:`,
    skipped: (p: { id: string; reason: string }) => `! No descargado: ${p.id} (${p.reason})`,
    wrote: (p: { dir: string; files: number }, w) =>
      `Paquete escrito en ${p.dir} (${w.count(p.files, { one: "archivo", other: "archivos" })})`,
    badFlag: (p: { flag: string; expected: string; received: string }) =>
      `--${p.flag} espera ${p.expected}; se recibió «${p.received}».`,
    rankTitle: "Ranking del hackatón",
    packTitle: "Paquete de desafío",
    position: "Puesto",
    submission: "Entrega",
    total: "Total",
    details: "Detalle",
    readStrategy: (p: { source: string }) =>
      `No se pudo leer la estrategia «${p.source}»: indique un archivo de estrategia (JSON) o un preset como mendoza-2024-2026.`,
    badStrategy: (p: { source: string }) =>
      `La estrategia «${p.source}» no es válida: corríjala (ciudata strategy check) antes de revisar el hackatón contra ella.`,
    badInventory: (p: { file: string }) =>
      `El inventario «${p.file}» no es válido: corríjalo (ciudata inventory check) antes de revisar el hackatón contra él.`,
    checked: (
      p: {
        file: string;
        challenges: number;
        teams: number;
        submissions: number;
        sheets: number;
        errors: number;
        warnings: number;
      },
      w,
    ) =>
      `${p.file}: ${w.count(p.challenges, { one: "desafío", other: "desafíos" })}, ${w.count(p.teams, { one: "equipo", other: "equipos" })}, ${w.count(p.submissions, { one: "entrega", other: "entregas" })}, ${w.count(p.sheets, { one: "planilla del panel", other: "planillas del panel" })}; ${w.count(p.errors, { one: "error", other: "errores" })}, ${w.count(p.warnings, { one: "advertencia", other: "advertencias" })}`,
    statusTitle: (p: { asOf: string }) => `Etapa de cada desafío al ${p.asOf}`,
    reportTitle: (p: { title: string; asOf: string }) => `${p.title} — informe al ${p.asOf}`,
    challenge: "Desafío",
    stage: "Etapa",
    why: "Por qué",
    team: "Equipo",
    judgesCounted: "Jurados contados",
    tie: "Empate",
    tieShared: "empate en todo: puesto compartido",
    tieBy: (p: { criterion: string }) => `mismo total que el anterior; desempata ${p.criterion}`,
    noScore: "sin puntaje",
    noRanking: "Todavía no hay ranking: el panel no entregó planillas (o falta la rúbrica).",
    filled: (p: { n: number }, w) =>
      `${w.count(p.n, { one: "puntaje faltante se completó", other: "puntajes faltantes se completaron" })} con la media de los otros jurados.`,
    excluded: (p: { judge: string; submission: string; via: string; n: number }, w) =>
      `No se cuenta la planilla de ${p.judge} para «${p.submission}»: declaró un conflicto de interés con ${p.via} (${w.count(p.n, { one: "puntaje descartado", other: "puntajes descartados" })}).`,
    recommendations: "Recomendaciones del panel",
    followUps: "Compromisos de seguimiento",
    commitment: "Compromiso",
    owner: "Responsable",
    due: "Fecha",
    status: "Estado",
    overdue: "vencido",
    none: "ninguno",
    "followUp:planned": "previsto",
    "followUp:in-progress": "en curso",
    "followUp:done": "cumplido",
    "followUp:dropped": "descartado",
    "flag.strategy": "check: estrategia (archivo JSON o preset) cuyas acciones pueden nombrar los desafíos",
    "flag.inventory": "check: inventario de datos cuyos datasets pueden nombrar los desafíos y las entregas",
    "flag.asOf": "status, report: la fecha AAAA-MM-DD a la que se calcula (hoy por defecto)",
  },
  en: {
    noRubric: (p) => `"${p.file}" has no "rubric": add it to the file or use --rubric rubric.json.`,
    positiveMb: "a number of MB above 0",
    httpUrl: "an http(s) URL",
    needOut: "hackathon pack needs --out <dir>: the folder the pack is written to.",
    needPortal: 'hackathon pack needs --portal <url> (or "portal" in the challenge).',
    summary:
      "Check a hackathon (challenges, teams, panel, recommendations, follow-up), show its stage and report, rank submissions and export challenge packs",
    usage:
      "ciudata hackathon check <hackathon.json> [--strategy strategy.json|mendoza-2024-2026] [--inventory inventory.json]\nciudata hackathon status <hackathon.json> [--as-of YYYY-MM-DD]\nciudata hackathon report <hackathon.json> [--as-of YYYY-MM-DD] [--format text|json|md|html] [--out file]\nciudata hackathon rank <scores.json> [--rubric rubric.json] [--missing mean|exclude] [--normalize] [--format text|json|md|html] [--out file]\nciudata hackathon pack <challenge.json> --portal <url> --out <dir> [--rubric rubric.json] [--max-mb 20] [--format text|json|md|html]\ncheck, status and report exit 1 when the data has problems and 2 when the file cannot be read or is not shaped as a hackathon; rank and pack exit 1 when a file is not valid or the portal fails; all exit 2 for a usage mistake.",
    "flag.rubric": "Rubric (JSON); replaces the one in the file",
    "flag.missing": "Missing score: mean (other judges' mean, default) or exclude",
    "flag.normalize": "Normalise per judge (z-score)",
    "flag.portal": "Data portal URL",
    "flag.out":
      "pack: the pack's folder. rank: write the ranking to this file (the format comes from its extension unless --format is given)",
    "flag.maxMb": "Largest file to download, in MB (20)",
    invalid: (p) => `${p.file} is not valid:`,
    skipped: (p) => `! Not downloaded: ${p.id} (${p.reason})`,
    wrote: (p, w) => `Pack written to ${p.dir} (${w.count(p.files, { one: "file", other: "files" })})`,
    badFlag: (p) => `--${p.flag} expects ${p.expected}; received "${p.received}".`,
    rankTitle: "Hackathon ranking",
    packTitle: "Challenge pack",
    position: "Position",
    submission: "Submission",
    total: "Total",
    details: "Details",
    readStrategy: (p) =>
      `Could not read the strategy "${p.source}": give a strategy file (JSON) or a preset such as mendoza-2024-2026.`,
    badStrategy: (p) =>
      `The strategy "${p.source}" is not valid: fix it (ciudata strategy check) before checking the hackathon against it.`,
    badInventory: (p) =>
      `The inventory "${p.file}" is not valid: fix it (ciudata inventory check) before checking the hackathon against it.`,
    checked: (p, w) =>
      `${p.file}: ${w.count(p.challenges, { one: "challenge", other: "challenges" })}, ${w.count(p.teams, { one: "team", other: "teams" })}, ${w.count(p.submissions, { one: "submission", other: "submissions" })}, ${w.count(p.sheets, { one: "panel sheet", other: "panel sheets" })}; ${w.count(p.errors, { one: "error", other: "errors" })}, ${w.count(p.warnings, { one: "warning", other: "warnings" })}`,
    statusTitle: (p) => `Stage of each challenge as of ${p.asOf}`,
    reportTitle: (p) => `${p.title} — report as of ${p.asOf}`,
    challenge: "Challenge",
    stage: "Stage",
    why: "Why",
    team: "Team",
    judgesCounted: "Judges counted",
    tie: "Tie",
    tieShared: "tied on everything: shared position",
    tieBy: (p) => `same total as the one above; the tie is broken by ${p.criterion}`,
    noScore: "no score",
    noRanking: "No ranking yet: the panel has handed in no sheet (or the rubric is missing).",
    filled: (p, w) =>
      `${w.count(p.n, { one: "missing score was", other: "missing scores were" })} filled with the other judges' mean.`,
    excluded: (p, w) =>
      `${p.judge}'s sheet for "${p.submission}" is not counted: they declared a conflict of interest with ${p.via} (${w.count(p.n, { one: "score dropped", other: "scores dropped" })}).`,
    recommendations: "The panel's recommendations",
    followUps: "Follow-up commitments",
    commitment: "Commitment",
    owner: "Owner",
    due: "Due",
    status: "Status",
    overdue: "overdue",
    none: "none",
    "followUp:planned": "planned",
    "followUp:in-progress": "in progress",
    "followUp:done": "done",
    "followUp:dropped": "dropped",
    "flag.strategy": "check: the strategy (JSON file or preset) whose actions the challenges may name",
    "flag.inventory": "check: the data inventory whose datasets the challenges and submissions may name",
    "flag.asOf": "status, report: the day YYYY-MM-DD to compute for (default: today)",
  },
  pt: {
    noRubric: (p) => `«${p.file}» não tem "rubric": adicione-a ao arquivo ou use --rubric rubrica.json.`,
    positiveMb: "um número de MB maior que 0",
    httpUrl: "uma URL http(s)",
    needOut: "hackathon pack precisa de --out <pasta>: a pasta onde o pacote é gravado.",
    needPortal: 'hackathon pack precisa de --portal <url> (ou "portal" no desafio).',
    summary:
      "Verifica um hackathon (desafios, equipes, painel, recomendações, acompanhamento), mostra sua etapa e relatório, classifica entregas e exporta pacotes de desafio",
    usage:
      "ciudata hackathon check <hackathon.json> [--strategy estrategia.json|mendoza-2024-2026] [--inventory inventario.json]\nciudata hackathon status <hackathon.json> [--as-of AAAA-MM-DD]\nciudata hackathon report <hackathon.json> [--as-of AAAA-MM-DD] [--format text|json|md|html] [--out arquivo]\nciudata hackathon rank <notas.json> [--rubric rubrica.json] [--missing mean|exclude] [--normalize] [--format text|json|md|html] [--out arquivo]\nciudata hackathon pack <desafio.json> --portal <url> --out <pasta> [--rubric rubrica.json] [--max-mb 20] [--format text|json|md|html]\ncheck, status e report saem com 1 se os dados tiverem problemas e com 2 se o arquivo não puder ser lido ou não tiver a forma de um hackathon; rank e pack, com 1 se um arquivo não for válido ou o portal falhar; todos com 2 se o comando estiver mal escrito.",
    "flag.rubric": "Rubrica (JSON); substitui a do arquivo",
    "flag.missing": "Nota faltante: mean (média dos outros jurados, padrão) ou exclude",
    "flag.normalize": "Normaliza por jurado (z-score)",
    "flag.portal": "URL do portal de dados",
    "flag.out":
      "pack: pasta do pacote. rank: grava o ranking neste arquivo (o formato vem da extensão se --format não for dado)",
    "flag.maxMb": "Tamanho máximo por arquivo baixado, em MB (20)",
    invalid: (p) => `${p.file} não é válido:`,
    skipped: (p) => `! Não baixado: ${p.id} (${p.reason})`,
    wrote: (p, w) =>
      `Pacote gravado em ${p.dir} (${w.count(p.files, { one: "arquivo", other: "arquivos" })})`,
    badFlag: (p) => `--${p.flag} espera ${p.expected}; recebido «${p.received}».`,
    rankTitle: "Ranking do hackathon",
    packTitle: "Pacote de desafio",
    position: "Posição",
    submission: "Entrega",
    total: "Total",
    details: "Detalhes",
    readStrategy: (p) =>
      `Não foi possível ler a estratégia «${p.source}»: indique um arquivo de estratégia (JSON) ou um preset como mendoza-2024-2026.`,
    badStrategy: (p) =>
      `A estratégia «${p.source}» não é válida: corrija-a (ciudata strategy check) antes de verificar o hackathon com ela.`,
    badInventory: (p) =>
      `O inventário «${p.file}» não é válido: corrija-o (ciudata inventory check) antes de verificar o hackathon com ele.`,
    checked: (p, w) =>
      `${p.file}: ${w.count(p.challenges, { one: "desafio", other: "desafios" })}, ${w.count(p.teams, { one: "equipe", other: "equipes" })}, ${w.count(p.submissions, { one: "entrega", other: "entregas" })}, ${w.count(p.sheets, { one: "planilha do painel", other: "planilhas do painel" })}; ${w.count(p.errors, { one: "erro", other: "erros" })}, ${w.count(p.warnings, { one: "aviso", other: "avisos" })}`,
    statusTitle: (p) => `Etapa de cada desafio em ${p.asOf}`,
    reportTitle: (p) => `${p.title} — relatório em ${p.asOf}`,
    challenge: "Desafio",
    stage: "Etapa",
    why: "Por quê",
    team: "Equipe",
    judgesCounted: "Jurados contados",
    tie: "Empate",
    tieShared: "empate em tudo: posição compartilhada",
    tieBy: (p) => `mesmo total que o anterior; o desempate é por ${p.criterion}`,
    noScore: "sem nota",
    noRanking: "Ainda não há ranking: o painel não entregou planilhas (ou falta a rubrica).",
    filled: (p, w) =>
      `${w.count(p.n, { one: "nota faltante foi preenchida", other: "notas faltantes foram preenchidas" })} com a média dos outros jurados.`,
    excluded: (p, w) =>
      `A planilha de ${p.judge} para «${p.submission}» não conta: declarou conflito de interesse com ${p.via} (${w.count(p.n, { one: "nota descartada", other: "notas descartadas" })}).`,
    recommendations: "Recomendações do painel",
    followUps: "Compromissos de acompanhamento",
    commitment: "Compromisso",
    owner: "Responsável",
    due: "Prazo",
    status: "Status",
    overdue: "vencido",
    none: "nenhum",
    "followUp:planned": "previsto",
    "followUp:in-progress": "em andamento",
    "followUp:done": "cumprido",
    "followUp:dropped": "descartado",
    "flag.strategy": "check: a estratégia (arquivo JSON ou preset) cujas ações os desafios podem citar",
    "flag.inventory": "check: o inventário de dados cujos datasets os desafios e entregas podem citar",
    "flag.asOf": "status, report: a data AAAA-MM-DD para o cálculo (hoje por padrão)",
  },
});
