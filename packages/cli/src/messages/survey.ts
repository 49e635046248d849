import { defineCatalogs } from "@ciudata/core";

type File = { file: string };
type Count = { file: string; count: number };

/** The texts of `ciudata survey`, in es, en and pt. */
export const surveyMessages = defineCatalogs({
  es: {
    summary:
      "Cuestionarios como datos: exporta la encuesta de capacidad o la autoevaluación como XLSForm o formulario HTML, importa respuestas (Kobo, Google Forms, Microsoft Forms) e informa la demanda y la madurez",
    usage:
      "ciudata survey export <cuestionario.json|mendoza-capacidad|cda-autoevaluacion> --format xlsform|html|json --out <archivo>\nciudata survey import <respuestas.csv> --instrument <cuestionario.json|preset> --out respuestas.json [--source kobo|google|microsoft] [--date AAAA-MM-DD] [--date-order dmy|mdy]\nciudata survey report <respuestas.json> [--by <pregunta>] [--compare ronda-anterior.json] [--min-cell 5] [--format text|md|html|json] [--out archivo]\nSale con 2 si el comando o las columnas del archivo no corresponden al cuestionario, 1 si hay respuestas inválidas.",
    "flag.format":
      "export: xlsform (KoboToolbox, ODK), html (formulario accesible) o json (el cuestionario editable). report: text, md, html o json",
    "flag.out": "Archivo a escribir (el formato sale de la extensión si no se da --format)",
    "flag.instrument":
      "El cuestionario de las respuestas: un archivo JSON o un preset (mendoza-capacidad, cda-autoevaluacion)",
    "flag.source": "De dónde vienen las respuestas: kobo, google o microsoft (se detecta por las columnas)",
    "flag.date": "Día de todas las respuestas cuando el archivo no trae la hora de envío (AAAA-MM-DD)",
    "flag.dateOrder": "Orden de las fechas NN/NN/AAAA: dmy (día primero) o mdy (se deduce del archivo)",
    "flag.by": "Informa la demanda por área: la pregunta que dice el área (p. ej. secretaria)",
    "flag.compare": "Otra ronda (respuestas.json) para comparar: la anterior",
    "flag.minCell": "Grupos con menos respuestas que esto se ocultan (5)",
    unknownPreset: (p: { name: string; presets: string }) =>
      `«${p.name}» no es un archivo ni un cuestionario incluido (${p.presets}).`,
    needOut: "survey export --format xlsform necesita --out <archivo.xlsx>.",
    needFormat:
      "survey export necesita --format xlsform|html|json (o un --out con extensión .xlsx, .html o .json).",
    needInstrument: "survey import necesita --instrument <cuestionario.json|preset>.",
    notForReport: (p: { format: string }) =>
      `survey report no escribe --format ${p.format}: use text, md, html o json.`,
    minCell: (p: { value: string }) =>
      `--min-cell espera un número entero mayor que 0; se recibió «${p.value}».`,
    badDate: (p: { value: string }) => `--date espera una fecha AAAA-MM-DD; se recibió «${p.value}».`,
    invalid: (p: File) => `${p.file} no es un cuestionario válido:`,
    notResponses: (p: File) =>
      `${p.file} no es un archivo de respuestas de «ciudata survey import» (se esperaba "format": "ciudata-survey-responses").`,
    otherInstrument: (p: { file: string; id: string; expected: string }) =>
      `${p.file} responde al cuestionario «${p.id}», no a «${p.expected}»: solo se comparan rondas del mismo cuestionario.`,
    badBy: (p: { by: string; known: string }) =>
      `--by «${p.by}» no es una pregunta de texto o de opción única del cuestionario (preguntas: ${p.known}).`,
    badHeader: (p: Count, w) =>
      `${p.file}: ${w.count(p.count, { one: "columna no corresponde", other: "columnas no corresponden" })} al cuestionario; no se escribió nada:`,
    badRows: (p: Count, w) =>
      `${p.file}: ${w.count(p.count, { one: "respuesta inválida", other: "respuestas inválidas" })}; no se escribió nada:`,
    imported: (p: { count: number; file: string; source: string; out: string }, w) =>
      `${w.count(p.count, { one: "respuesta importada", other: "respuestas importadas" })} de ${p.file} (${p.source}) en ${p.out}`,
    ignored: (p: { columns: string }) => `Columnas de metadatos omitidas (no se copian): ${p.columns}`,
    guessedCentury: (p: { count: number }, w) =>
      `${w.count(p.count, { one: "fecha con el año en dos cifras se leyó", other: "fechas con el año en dos cifras se leyeron" })} en este siglo (25 → 2025); revíselas si alguna es anterior.`,
    guessedOrder: (p: { order: string }) =>
      `Supuesto: ninguna fecha dice si el día va primero; se leyeron como ${p.order === "dmy" ? "día/mes/año" : "mes/día/año"} (use --date-order si no es así).`,
    wrote: (p: { path: string }) => `Escrito: ${p.path}`,
    surveyTitle: "Demanda de datos por tema",
    maturityTitle: "Madurez por componente",
    respondents: (p: { n: number }, w) => w.count(p.n, { one: "respuesta", other: "respuestas" }),
    hiddenRule: (p: { n: number }, w) =>
      `Los grupos con menos de ${w.count(p.n, { one: "respuesta", other: "respuestas" })} se ocultan, y con ellos lo necesario para que no se deduzcan ni se acoten restando de los totales; no se dice cuáles de los ocultos son chicos.`,
    respondentsHidden: "total oculto (con él se podrían deducir áreas chicas)",
    topic: "Tema",
    count: "Respuestas",
    share: "Porcentaje",
    hidden: "oculto",
    area: "Área",
    noArea: "(sin área)",
    areasHidden: (p: { count: number; n: number }, w) =>
      `${w.count(p.count, { one: "área no se muestra", other: "áreas no se muestran" })}: las de menos de ${w.count(p.n, { one: "respuesta", other: "respuestas" })} y las que se ocultan con ellas para que no se deduzcan restando del total (no se dice cuántas son chicas).`,
    component: "Componente",
    practice: "Práctica",
    tier: "Nivel",
    nextTier: "Siguiente nivel",
    missing: "Evidencia que falta",
    top: "nivel más alto",
    latest: (p: { n: number; date: string }, w) =>
      `Se puntúa la respuesta más reciente (${p.date}) de ${w.count(p.n, { one: "respuesta", other: "respuestas" })}.`,
    noResponses: "No hay respuestas para este cuestionario.",
    compareTitle: "Comparación con la ronda anterior",
    before: "Antes",
    after: "Después",
    change: "Cambio",
  },
  en: {
    summary:
      "Questionnaires as data: export the capacity survey or the self-assessment as an XLSForm or an HTML form, import answers (Kobo, Google Forms, Microsoft Forms) and report demand and maturity",
    usage:
      "ciudata survey export <questionnaire.json|mendoza-capacidad|cda-autoevaluacion> --format xlsform|html|json --out <file>\nciudata survey import <answers.csv> --instrument <questionnaire.json|preset> --out responses.json [--source kobo|google|microsoft] [--date YYYY-MM-DD] [--date-order dmy|mdy]\nciudata survey report <responses.json> [--by <question>] [--compare earlier-round.json] [--min-cell 5] [--format text|md|html|json] [--out file]\nExits 2 when the command or the file's columns do not fit the questionnaire, 1 when answers are invalid.",
    "flag.format":
      "export: xlsform (KoboToolbox, ODK), html (accessible form) or json (the editable questionnaire). report: text, md, html or json",
    "flag.out": "File to write (the format comes from its extension unless --format is given)",
    "flag.instrument":
      "The answers' questionnaire: a JSON file or a preset (mendoza-capacidad, cda-autoevaluacion)",
    "flag.source": "Where the answers come from: kobo, google or microsoft (detected from the columns)",
    "flag.date": "Day of every answer when the file has no submission time (YYYY-MM-DD)",
    "flag.dateOrder": "Order of NN/NN/YYYY dates: dmy (day first) or mdy (read from the file)",
    "flag.by": "Report demand by area: the question that gives the area (e.g. secretaria)",
    "flag.compare": "Another round (responses.json) to compare with: the earlier one",
    "flag.minCell": "Groups with fewer answers than this are hidden (5)",
    unknownPreset: (p) => `"${p.name}" is neither a file nor a built-in questionnaire (${p.presets}).`,
    needOut: "survey export --format xlsform needs --out <file.xlsx>.",
    needFormat:
      "survey export needs --format xlsform|html|json (or an --out ending in .xlsx, .html or .json).",
    needInstrument: "survey import needs --instrument <questionnaire.json|preset>.",
    notForReport: (p) => `survey report does not write --format ${p.format}: use text, md, html or json.`,
    minCell: (p) => `--min-cell expects a whole number above 0; received "${p.value}".`,
    badDate: (p) => `--date expects a date YYYY-MM-DD; received "${p.value}".`,
    invalid: (p) => `${p.file} is not a valid questionnaire:`,
    notResponses: (p) =>
      `${p.file} is not a responses file from "ciudata survey import" (expected "format": "ciudata-survey-responses").`,
    otherInstrument: (p) =>
      `The responses in ${p.file} are to the questionnaire "${p.id}", not "${p.expected}": only rounds of the same questionnaire are compared.`,
    badBy: (p) =>
      `--by "${p.by}" is not a text or single-choice question of the questionnaire (questions: ${p.known}).`,
    badHeader: (p, w) =>
      `${p.file}: ${w.count(p.count, { one: "column does", other: "columns do" })} not fit the questionnaire; nothing was written:`,
    badRows: (p, w) =>
      `${p.file}: ${w.count(p.count, { one: "invalid answer", other: "invalid answers" })}; nothing was written:`,
    imported: (p, w) =>
      `${w.count(p.count, { one: "response imported", other: "responses imported" })} from ${p.file} (${p.source}) into ${p.out}`,
    ignored: (p) => `Metadata columns left out (not copied): ${p.columns}`,
    guessedCentury: (p, w) =>
      `${w.count(p.count, { one: "date with a two-digit year was", other: "dates with a two-digit year were" })} read in this century (25 → 2025); check them if any is older.`,
    guessedOrder: (p) =>
      `Assumed: no date says whether the day comes first; read as ${p.order === "dmy" ? "day/month/year" : "month/day/year"} (use --date-order if not).`,
    wrote: (p) => `Written: ${p.path}`,
    surveyTitle: "Data demand by topic",
    maturityTitle: "Maturity by component",
    respondents: (p, w) => w.count(p.n, { one: "response", other: "responses" }),
    hiddenRule: (p, w) =>
      `Groups with fewer than ${w.count(p.n, { one: "answer", other: "answers" })} are hidden, and so is whatever would let them be worked out or bounded by subtraction from the totals; which of the hidden ones are small is not said.`,
    respondentsHidden: "total hidden (with it, small areas could be worked out)",
    topic: "Topic",
    count: "Answers",
    share: "Share",
    hidden: "hidden",
    area: "Area",
    noArea: "(no area)",
    areasHidden: (p, w) =>
      `${w.count(p.count, { one: "area is", other: "areas are" })} not shown: those with fewer than ${w.count(p.n, { one: "answer", other: "answers" })} and those hidden with them so they cannot be worked out by subtraction from the total (how many are small is not said).`,
    component: "Component",
    practice: "Practice",
    tier: "Level",
    nextTier: "Next level",
    missing: "Missing evidence",
    top: "highest level",
    latest: (p, w) =>
      `The latest response (${p.date}) of ${w.count(p.n, { one: "response", other: "responses" })} is scored.`,
    noResponses: "There are no answers to this questionnaire.",
    compareTitle: "Comparison with the earlier round",
    before: "Before",
    after: "After",
    change: "Change",
  },
  pt: {
    summary:
      "Questionários como dados: exporta a pesquisa de capacidade ou a autoavaliação como XLSForm ou formulário HTML, importa respostas (Kobo, Google Forms, Microsoft Forms) e informa a demanda e a maturidade",
    usage:
      "ciudata survey export <questionario.json|mendoza-capacidad|cda-autoevaluacion> --format xlsform|html|json --out <arquivo>\nciudata survey import <respostas.csv> --instrument <questionario.json|preset> --out respostas.json [--source kobo|google|microsoft] [--date AAAA-MM-DD] [--date-order dmy|mdy]\nciudata survey report <respostas.json> [--by <pergunta>] [--compare rodada-anterior.json] [--min-cell 5] [--format text|md|html|json] [--out arquivo]\nSai com 2 se o comando ou as colunas do arquivo não correspondem ao questionário, 1 se há respostas inválidas.",
    "flag.format":
      "export: xlsform (KoboToolbox, ODK), html (formulário acessível) ou json (o questionário editável). report: text, md, html ou json",
    "flag.out": "Arquivo a escrever (o formato vem da extensão se --format não for dado)",
    "flag.instrument":
      "O questionário das respostas: um arquivo JSON ou um preset (mendoza-capacidad, cda-autoevaluacion)",
    "flag.source": "De onde vêm as respostas: kobo, google ou microsoft (detectado pelas colunas)",
    "flag.date": "Dia de todas as respostas quando o arquivo não traz a hora de envio (AAAA-MM-DD)",
    "flag.dateOrder": "Ordem das datas NN/NN/AAAA: dmy (dia primeiro) ou mdy (deduzida do arquivo)",
    "flag.by": "Informa a demanda por área: a pergunta que diz a área (p. ex. secretaria)",
    "flag.compare": "Outra rodada (respostas.json) para comparar: a anterior",
    "flag.minCell": "Grupos com menos respostas que isto são ocultados (5)",
    unknownPreset: (p) => `«${p.name}» não é um arquivo nem um questionário incluído (${p.presets}).`,
    needOut: "survey export --format xlsform precisa de --out <arquivo.xlsx>.",
    needFormat:
      "survey export precisa de --format xlsform|html|json (ou um --out com extensão .xlsx, .html ou .json).",
    needInstrument: "survey import precisa de --instrument <questionario.json|preset>.",
    notForReport: (p) => `survey report não escreve --format ${p.format}: use text, md, html ou json.`,
    minCell: (p) => `--min-cell espera um número inteiro maior que 0; recebido «${p.value}».`,
    badDate: (p) => `--date espera uma data AAAA-MM-DD; recebido «${p.value}».`,
    invalid: (p) => `${p.file} não é um questionário válido:`,
    notResponses: (p) =>
      `${p.file} não é um arquivo de respostas de «ciudata survey import» (esperava-se "format": "ciudata-survey-responses").`,
    otherInstrument: (p) =>
      `${p.file} responde ao questionário «${p.id}», não a «${p.expected}»: só se comparam rodadas do mesmo questionário.`,
    badBy: (p) =>
      `--by «${p.by}» não é uma pergunta de texto ou de escolha única do questionário (perguntas: ${p.known}).`,
    badHeader: (p, w) =>
      `${p.file}: ${w.count(p.count, { one: "coluna não corresponde", other: "colunas não correspondem" })} ao questionário; nada foi escrito:`,
    badRows: (p, w) =>
      `${p.file}: ${w.count(p.count, { one: "resposta inválida", other: "respostas inválidas" })}; nada foi escrito:`,
    imported: (p, w) =>
      `${w.count(p.count, { one: "resposta importada", other: "respostas importadas" })} de ${p.file} (${p.source}) em ${p.out}`,
    ignored: (p) => `Colunas de metadados omitidas (não copiadas): ${p.columns}`,
    guessedCentury: (p, w) =>
      `${w.count(p.count, { one: "data com o ano em dois dígitos foi lida", other: "datas com o ano em dois dígitos foram lidas" })} neste século (25 → 2025); revise-as se alguma for anterior.`,
    guessedOrder: (p) =>
      `Suposição: nenhuma data diz se o dia vem primeiro; lidas como ${p.order === "dmy" ? "dia/mês/ano" : "mês/dia/ano"} (use --date-order se não for assim).`,
    wrote: (p) => `Escrito: ${p.path}`,
    surveyTitle: "Demanda de dados por tema",
    maturityTitle: "Maturidade por componente",
    respondents: (p, w) => w.count(p.n, { one: "resposta", other: "respostas" }),
    hiddenRule: (p, w) =>
      `Grupos com menos de ${w.count(p.n, { one: "resposta", other: "respostas" })} são ocultados, e também o necessário para que não sejam deduzidos nem limitados por subtração dos totais; não se diz quais dos ocultos são pequenos.`,
    respondentsHidden: "total oculto (com ele, áreas pequenas poderiam ser deduzidas)",
    topic: "Tema",
    count: "Respostas",
    share: "Porcentagem",
    hidden: "oculto",
    area: "Área",
    noArea: "(sem área)",
    areasHidden: (p, w) =>
      `${w.count(p.count, { one: "área não é mostrada", other: "áreas não são mostradas" })}: as com menos de ${w.count(p.n, { one: "resposta", other: "respostas" })} e as ocultadas com elas para que não sejam deduzidas por subtração do total (não se diz quantas são pequenas).`,
    component: "Componente",
    practice: "Prática",
    tier: "Nível",
    nextTier: "Próximo nível",
    missing: "Evidência que falta",
    top: "nível mais alto",
    latest: (p, w) =>
      `Pontua-se a resposta mais recente (${p.date}) de ${w.count(p.n, { one: "resposta", other: "respostas" })}.`,
    noResponses: "Não há respostas para este questionário.",
    compareTitle: "Comparação com a rodada anterior",
    before: "Antes",
    after: "Depois",
    change: "Mudança",
  },
});
