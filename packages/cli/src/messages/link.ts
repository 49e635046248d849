import { defineCatalogs } from "@ciudata/core";

/** The texts of `commands/link` and `commands/dedupe` (help, report, outputs), in es, en and pt. */
export const linkMessages = defineCatalogs({
  es: {
    summary: "Encuentra a la misma persona en dos registros que no comparten clave",
    usage:
      "ciudata link <a.csv> <b.csv> [--config link.json] [--truth verdad.csv] [--engine inprocess|duckdb] [--out carpeta] [--format text|json|md|html]\nciudata link <a.csv> <b.csv> --suggest-config > link.json\nciudata link review <revision.csv> <a.csv> <b.csv> --config link.json --out carpeta\nciudata link encode <registro.csv> --schema codificacion.json --out cod.csv  (secreto en CIUDATA_LINK_SECRET o --secret-file)\nciudata link encoded <a.cod.csv> <b.cod.csv> --out carpeta\n\nEn --out escribe pairs.csv, clusters.csv, linked.csv, review.csv y report.html; nada si la corrida falla.",
    dedupeSummary: "Encuentra a las personas registradas más de una vez en un registro sin clave",
    dedupeUsage:
      "ciudata dedupe <registro.csv> [--config link.json] [--truth verdad.csv] [--engine inprocess|duckdb] [--out carpeta] [--format text|json|md|html]\nciudata dedupe <registro.csv> --suggest-config > link.json\n\nEn --out escribe pairs.csv, clusters.csv, linked.csv, review.csv y report.html; nada si la corrida falla.",
    "flag.config":
      'Configuración: {"left": mapeo, "right": mapeo, "settings": ajustes} (sin ella, se sugiere un mapeo)',
    "flag.truth":
      "Archivo de verdad para evaluar: columnas left,right (pares) o id,entity con source opcional (grupos)",
    "flag.truthKey":
      "Toma la verdad de los ids con esta expresión: el primer grupo es la persona (p. ej. rec-(\\d+))",
    "flag.engine": "Motor: inprocess (por defecto) o duckdb (tablas más grandes que la memoria)",
    "flag.out": "Carpeta donde escribir los pares, grupos, la tabla vinculada, la revisión y el informe",
    "flag.pairsFormat": "Formato de los pares: csv (por defecto) o jsonl",
    "flag.suggestConfig": "Imprime una configuración sugerida para guardar y editar, sin vincular",
    "flag.schema": "Qué campos codificar y cómo (JSON)",
    "flag.secretFile": "Archivo con el secreto compartido (nunca en la línea de comandos)",
    titleLink: "Vinculación de registros",
    titleDedupe: "Duplicados en un registro",
    sides: "Registros leídos",
    side: "lado",
    records: "registros",
    field: "campo",
    present: "con valor",
    missing: "faltantes",
    column: "columna",
    invalid: "inválidos",
    unparsed: "sin leer",
    dateDetected: (p: { format: string }) =>
      `Fechas de nacimiento leídas como ${p.format} (formato detectado en los valores)`,
    dateDeclared: (p: { format: string }) =>
      `Fechas de nacimiento leídas como ${p.format} (formato declarado)`,
    encodeTitle: "Codificación para vinculación con privacidad",
    encodedTitle: "Vinculación de registros codificados",
    encodedLine: (p: { records: number; fields: string }, w) =>
      `${w.count(p.records, { one: "registro codificado", other: "registros codificados" })} (campos: ${p.fields})`,
    fingerprint: (p: { fingerprint: string }) => `Huella del esquema: ${p.fingerprint}`,
    wroteFiles: (p: { files: string }) => `Escrito: ${p.files}`,
    shareHint:
      "Comparta solo estos dos archivos con la otra parte; el secreto se comparte por otro canal y nunca va en un archivo compartido.",
    encodedLinks: (p: { links: number; threshold: number }, w) =>
      `${w.count(p.links, { one: "vínculo", other: "vínculos" })} (similitud de Dice ≥ ${w.number(p.threshold)}, uno a uno)`,
    "id.exact": "iguales",
    "id.swapped": "intercambiados",
    "id.one-missing": "falta uno (los de un registro están en el otro)",
    "id.first-exact": "el primero igual",
    "id.token-subset": "uno contiene al otro",
    "id.jw-0.92-both": "ambos parecidos (Jaro–Winkler ≥ 0,92)",
    "id.first-jw-0.88": "el primero parecido (Jaro–Winkler ≥ 0,88)",
    "id.phonetic": "suenan igual",
    "id.day-month-swap": "día y mes invertidos",
    "step.block": "bloqueando",
    "step.sample": "pares al azar",
    "step.compare": "comparando",
    "step.train": "entrenando",
    "step.score": "puntuando",
    "step.cluster": "agrupando",
    flaggedLine: (p: { count: number; large: number; conflicting: number }, w) =>
      `${w.count(p.count, { one: "grupo para mirar", other: "grupos para mirar" })}: grandes ${w.number(p.large)}, con dos documentos válidos distintos ${w.number(p.conflicting)}`,
    notes: "notas",
    invalidIds: (p: { count: number }, w) =>
      `${w.count(p.count, { one: "documento con dígito verificador inválido", other: "documentos con dígito verificador inválido" })}`,
    blocking: "Comparaciones por regla de bloqueo",
    rule: "regla",
    marginal: "pares de la regla",
    cumulative: "acumulado (unión)",
    blockingChange: (p: { rule: string; marginal: number; action: string; to?: string }, w) =>
      p.action === "tightened"
        ? `La regla por defecto ${p.rule} (${w.count(p.marginal, { one: "par", other: "pares" })}) pasaba de un cuarto del tope: se le añadió el año de nacimiento (${p.to}).`
        : `La regla por defecto ${p.rule} (${w.count(p.marginal, { one: "par", other: "pares" })}) se quitó: pasaba de un cuarto del tope, o la unión pasaba del tope.`,
    blockingLine: (p: { rule: string; marginal: number; cumulative: number }, w) =>
      `  ${p.rule}: ${w.count(p.marginal, { one: "par", other: "pares" })} (acumulado ${w.number(p.cumulative)})`,
    blockingHead: (p: { cap: number }, w) =>
      `Comparaciones por regla de bloqueo, antes de comparar (tope ${w.number(p.cap)}):`,
    model: "Modelo entrenado (Fellegi–Sunter, sin etiquetas)",
    prior: (p: { prior: number }, w) =>
      `Probabilidad previa de que dos registros al azar sean la misma persona: ${w.number(p.prior, { maximumSignificantDigits: 3 })}`,
    comparison: "comparación",
    level: "nivel",
    weight: "peso",
    results: "Resultados",
    compared: (p: { count: number }, w) =>
      `${w.count(p.count, { one: "par comparado", other: "pares comparados" })}`,
    linksLine: (p: { links: number; threshold: number }, w) =>
      `${w.count(p.links, { one: "vínculo", other: "vínculos" })} (probabilidad ≥ ${w.number(p.threshold)})`,
    reviewLine: (p: { review: number; from: number; threshold: number }, w) =>
      `${w.count(p.review, { one: "par", other: "pares" })} para revisión manual (probabilidad entre ${w.number(p.from)} y ${w.number(p.threshold)})`,
    clustersLine: (p: { clusters: number; people: number }, w) =>
      `${w.count(p.clusters, { one: "grupo", other: "grupos" })} de más de un registro (${w.count(p.people, { one: "registro", other: "registros" })})`,
    evaluation: "Evaluación contra la verdad",
    evalPairs: (p: { precision: number; recall: number; f1: number }, w) =>
      `Pares: precisión ${w.number(p.precision, { maximumFractionDigits: 4 })}, exhaustividad ${w.number(p.recall, { maximumFractionDigits: 4 })}, F1 ${w.number(p.f1, { maximumFractionDigits: 4 })}`,
    evalCounts: (p: { truePairs: number; predictedPairs: number; truePositives: number }, w) =>
      `${w.count(p.truePairs, { one: "par verdadero", other: "pares verdaderos" })}, ${w.count(p.predictedPairs, { one: "vinculado", other: "vinculados" })}, ${w.count(p.truePositives, { one: "acierto", other: "aciertos" })}`,
    evalClusters: (
      p: { truth: number; predicted: number; exact: number; precision: number; recall: number },
      w,
    ) =>
      `Grupos: encontrados ${w.number(p.predicted)}, verdaderos ${w.number(p.truth)}, exactos ${w.number(p.exact)} (precisión ${w.number(p.precision, { maximumFractionDigits: 4 })}, exhaustividad ${w.number(p.recall, { maximumFractionDigits: 4 })})`,
    topPairs: "Vínculos más fuertes, campo por campo",
    reviewPairs: "Pares para revisión, campo por campo",
    pairHead: (p: { left: string; right: string; probability: number }, w) =>
      `${p.left} ↔ ${p.right}: probabilidad ${w.number(p.probability, { maximumFractionDigits: 4 })}`,
    priorStep: "previa",
    finalStep: "peso final",
    nullLevel: "falta en algún lado (sin evidencia)",
    elseLevel: "distintos",
    "lvl.exact": "iguales",
    "lvl.phonetic": "suenan igual",
    "lvl.jaroWinkler": (p: { min: number }, w) => `parecidos (Jaro–Winkler ≥ ${w.number(p.min)})`,
    "lvl.damerau": (p: { max: number }, w) =>
      `${w.count(p.max, { one: "error de tipeo como máximo", other: "errores de tipeo como máximo" })}`,
    "lvl.crossed": (p: { a: string; b: string }) => `intercambiados: ${p.a} ↔ ${p.b}`,
    "lvl.daySwap": "día y mes invertidos",
    "lvl.dateWithin": (p: { days: number }, w) =>
      `a ${w.count(p.days, { one: "día", other: "días" })} o menos`,
    "lvl.tokenSubset": "uno contiene al otro",
    "lvl.and": " y ",
    "lvl.or": " o ",
    wrote: (p: { dir: string; files: string }) => `Escrito en ${p.dir}: ${p.files}`,
    suggested:
      "Configuración sugerida (guárdela con --suggest-config > link.json, revise las columnas y vuelva a correr con --config link.json):",
    usingSuggested:
      "Sin --config: se usa el mapeo sugerido (guárdelo con --suggest-config > link.json para editarlo).",
    noOut: "Sin --out no se escriben pares ni grupos; solo se imprime el informe.",
    badConfig: (p: { path: string; where: string; problem: string }) =>
      `${p.path}: ${p.where}: ${p.problem}. Ejemplo válido: {"left":{"fullName":"nombre"},"right":{"fullName":"nombre_completo"},"settings":{"threshold":0.9}}`,
    truthColumns: (p: { path: string }) =>
      `${p.path}: el archivo de verdad necesita columnas left,right (pares) o id,entity (grupos)`,
    noTruthKey: (p: { pattern: string }) =>
      `--truth-key «${p.pattern}» no es una expresión válida con un grupo (por ejemplo rec-(\\d+))`,
    badDecision: (p: { path: string; row: number; value: string }) =>
      `${p.path}, fila ${p.row}: la decisión «${p.value}» no es sí/no (se acepta si, sí, no, yes, sim, não o vacío)`,
    reviewColumns: (p: { path: string }) =>
      `${p.path}: falta la columna left_id, right_id o decision (use el review.csv que escribió ciudata link)`,
    decisions: (p: { yes: number; no: number }, w) =>
      `Decisiones importadas: ${w.count(p.yes, { one: "par confirmado", other: "pares confirmados" })}, ${w.count(p.no, { one: "par descartado", other: "pares descartados" })}`,
    secretMissing:
      "Falta el secreto: póngalo en la variable de entorno CIUDATA_LINK_SECRET o en un archivo con --secret-file (nunca en la línea de comandos)",
  },
  en: {
    summary: "Find the same person across two registries that share no key",
    usage:
      "ciudata link <a.csv> <b.csv> [--config link.json] [--truth truth.csv] [--engine inprocess|duckdb] [--out folder] [--format text|json|md|html]\nciudata link <a.csv> <b.csv> --suggest-config > link.json\nciudata link review <review.csv> <a.csv> <b.csv> --config link.json --out folder\nciudata link encode <registry.csv> --schema encoding.json --out enc.csv  (secret in CIUDATA_LINK_SECRET or --secret-file)\nciudata link encoded <a.enc.csv> <b.enc.csv> --out folder\n\nWrites pairs.csv, clusters.csv, linked.csv, review.csv and report.html into --out; nothing when the run fails.",
    dedupeSummary: "Find the people registered more than once in a registry with no key",
    dedupeUsage:
      "ciudata dedupe <registry.csv> [--config link.json] [--truth truth.csv] [--engine inprocess|duckdb] [--out folder] [--format text|json|md|html]\nciudata dedupe <registry.csv> --suggest-config > link.json\n\nWrites pairs.csv, clusters.csv, linked.csv, review.csv and report.html into --out; nothing when the run fails.",
    "flag.config":
      'Configuration: {"left": mapping, "right": mapping, "settings": settings} (without it, a mapping is suggested)',
    "flag.truth":
      "Truth file to evaluate against: columns left,right (pairs) or id,entity with optional source (groups)",
    "flag.truthKey":
      "Takes the truth from the ids with this pattern: its first group is the person (e.g. rec-(\\d+))",
    "flag.engine": "Engine: inprocess (default) or duckdb (tables larger than memory)",
    "flag.out": "Folder to write the pairs, groups, linked table, review file and report into",
    "flag.pairsFormat": "Format of the pairs: csv (default) or jsonl",
    "flag.suggestConfig": "Prints a suggested configuration to save and edit, without linking",
    "flag.schema": "Which fields to encode and how (JSON)",
    "flag.secretFile": "File holding the shared secret (never on the command line)",
    titleLink: "Record linkage",
    titleDedupe: "Duplicates in one registry",
    sides: "Records read",
    side: "side",
    records: "records",
    field: "field",
    present: "with a value",
    missing: "missing",
    column: "column",
    invalid: "invalid",
    unparsed: "unread",
    dateDetected: (p) => `Birth dates read as ${p.format} (format detected from the values)`,
    dateDeclared: (p) => `Birth dates read as ${p.format} (declared format)`,
    encodeTitle: "Encoding for privacy-preserving linkage",
    encodedTitle: "Linkage of encoded records",
    encodedLine: (p, w) =>
      `${w.count(p.records, { one: "record encoded", other: "records encoded" })} (fields: ${p.fields})`,
    fingerprint: (p) => `Schema fingerprint: ${p.fingerprint}`,
    wroteFiles: (p) => `Wrote: ${p.files}`,
    shareHint:
      "Share only these two files with the other party; the secret goes by another channel and never into a shared file.",
    encodedLinks: (p, w) =>
      `${w.count(p.links, { one: "link", other: "links" })} (Dice similarity ≥ ${w.number(p.threshold)}, one to one)`,
    "id.exact": "equal",
    "id.swapped": "swapped",
    "id.one-missing": "one missing (one record's are all in the other)",
    "id.first-exact": "the first one equal",
    "id.token-subset": "one contains the other",
    "id.jw-0.92-both": "both similar (Jaro–Winkler ≥ 0.92)",
    "id.first-jw-0.88": "the first one similar (Jaro–Winkler ≥ 0.88)",
    "id.phonetic": "sound the same",
    "id.day-month-swap": "day and month swapped",
    "step.block": "blocking",
    "step.sample": "random pairs",
    "step.compare": "comparing",
    "step.train": "training",
    "step.score": "scoring",
    "step.cluster": "grouping",
    flaggedLine: (p, w) =>
      `${w.count(p.count, { one: "group to look at", other: "groups to look at" })}: large ${w.number(p.large)}, with two different valid IDs ${w.number(p.conflicting)}`,
    notes: "notes",
    invalidIds: (p, w) =>
      `${w.count(p.count, { one: "ID with an invalid check digit", other: "IDs with an invalid check digit" })}`,
    blocking: "Comparisons per blocking rule",
    rule: "rule",
    marginal: "pairs of the rule",
    cumulative: "cumulative (union)",
    blockingChange: (p, w) =>
      p.action === "tightened"
        ? `The default rule ${p.rule} (${w.count(p.marginal, { one: "pair", other: "pairs" })}) was over a quarter of the cap: the birth year was added (${p.to}).`
        : `The default rule ${p.rule} (${w.count(p.marginal, { one: "pair", other: "pairs" })}) was left out: it was over a quarter of the cap, or the union was over the cap.`,
    blockingLine: (p, w) =>
      `  ${p.rule}: ${w.count(p.marginal, { one: "pair", other: "pairs" })} (cumulative ${w.number(p.cumulative)})`,
    blockingHead: (p, w) => `Comparisons per blocking rule, before comparing (cap ${w.number(p.cap)}):`,
    model: "Trained model (Fellegi–Sunter, no labels)",
    prior: (p, w) =>
      `Prior probability that two random records are the same person: ${w.number(p.prior, { maximumSignificantDigits: 3 })}`,
    comparison: "comparison",
    level: "level",
    weight: "weight",
    results: "Results",
    compared: (p, w) => `${w.count(p.count, { one: "pair compared", other: "pairs compared" })}`,
    linksLine: (p, w) =>
      `${w.count(p.links, { one: "link", other: "links" })} (probability ≥ ${w.number(p.threshold)})`,
    reviewLine: (p, w) =>
      `${w.count(p.review, { one: "pair", other: "pairs" })} for clerical review (probability between ${w.number(p.from)} and ${w.number(p.threshold)})`,
    clustersLine: (p, w) =>
      `${w.count(p.clusters, { one: "group", other: "groups" })} of more than one record (${w.count(p.people, { one: "record", other: "records" })})`,
    evaluation: "Evaluation against the truth",
    evalPairs: (p, w) =>
      `Pairs: precision ${w.number(p.precision, { maximumFractionDigits: 4 })}, recall ${w.number(p.recall, { maximumFractionDigits: 4 })}, F1 ${w.number(p.f1, { maximumFractionDigits: 4 })}`,
    evalCounts: (p, w) =>
      `${w.count(p.truePairs, { one: "true pair", other: "true pairs" })}, ${w.number(p.predictedPairs)} linked, ${w.count(p.truePositives, { one: "hit", other: "hits" })}`,
    evalClusters: (p, w) =>
      `Groups: ${w.number(p.predicted)} found, ${w.number(p.truth)} true, ${w.number(p.exact)} exact (precision ${w.number(p.precision, { maximumFractionDigits: 4 })}, recall ${w.number(p.recall, { maximumFractionDigits: 4 })})`,
    topPairs: "Strongest links, field by field",
    reviewPairs: "Pairs for review, field by field",
    pairHead: (p, w) =>
      `${p.left} ↔ ${p.right}: probability ${w.number(p.probability, { maximumFractionDigits: 4 })}`,
    priorStep: "prior",
    finalStep: "final weight",
    nullLevel: "missing on a side (no evidence)",
    elseLevel: "different",
    "lvl.exact": "equal",
    "lvl.phonetic": "sound the same",
    "lvl.jaroWinkler": (p, w) => `similar (Jaro–Winkler ≥ ${w.number(p.min)})`,
    "lvl.damerau": (p, w) => `at most ${w.count(p.max, { one: "typo", other: "typos" })}`,
    "lvl.crossed": (p) => `swapped: ${p.a} ↔ ${p.b}`,
    "lvl.daySwap": "day and month swapped",
    "lvl.dateWithin": (p, w) => `${w.count(p.days, { one: "day", other: "days" })} apart or less`,
    "lvl.tokenSubset": "one contains the other",
    "lvl.and": " and ",
    "lvl.or": " or ",
    wrote: (p) => `Wrote into ${p.dir}: ${p.files}`,
    suggested:
      "Suggested configuration (save it with --suggest-config > link.json, check the columns and run again with --config link.json):",
    usingSuggested:
      "No --config: using the suggested mapping (save it with --suggest-config > link.json to edit it).",
    noOut: "Without --out no pairs or groups are written; only the report is printed.",
    badConfig: (p) =>
      `${p.path}: ${p.where}: ${p.problem}. Valid example: {"left":{"fullName":"nombre"},"right":{"fullName":"nombre_completo"},"settings":{"threshold":0.9}}`,
    truthColumns: (p) => `${p.path}: the truth file needs columns left,right (pairs) or id,entity (groups)`,
    noTruthKey: (p) =>
      `--truth-key "${p.pattern}" is not a valid pattern with a group (for example rec-(\\d+))`,
    badDecision: (p) =>
      `${p.path}, row ${p.row}: the decision "${p.value}" is not yes/no (accepted: yes, no, si, sí, sim, não or empty)`,
    reviewColumns: (p) =>
      `${p.path}: column left_id, right_id or decision is missing (use the review.csv ciudata link wrote)`,
    decisions: (p, w) =>
      `Decisions imported: ${w.count(p.yes, { one: "pair confirmed", other: "pairs confirmed" })}, ${w.count(p.no, { one: "pair rejected", other: "pairs rejected" })}`,
    secretMissing:
      "The secret is missing: put it in the environment variable CIUDATA_LINK_SECRET or in a file with --secret-file (never on the command line)",
  },
  pt: {
    summary: "Encontra a mesma pessoa em dois registros que não compartilham chave",
    usage:
      "ciudata link <a.csv> <b.csv> [--config link.json] [--truth verdade.csv] [--engine inprocess|duckdb] [--out pasta] [--format text|json|md|html]\nciudata link <a.csv> <b.csv> --suggest-config > link.json\nciudata link review <revisao.csv> <a.csv> <b.csv> --config link.json --out pasta\nciudata link encode <registro.csv> --schema codificacao.json --out cod.csv  (segredo em CIUDATA_LINK_SECRET ou --secret-file)\nciudata link encoded <a.cod.csv> <b.cod.csv> --out pasta\n\nEm --out escreve pairs.csv, clusters.csv, linked.csv, review.csv e report.html; nada se a execução falhar.",
    dedupeSummary: "Encontra as pessoas registradas mais de uma vez em um registro sem chave",
    dedupeUsage:
      "ciudata dedupe <registro.csv> [--config link.json] [--truth verdade.csv] [--engine inprocess|duckdb] [--out pasta] [--format text|json|md|html]\nciudata dedupe <registro.csv> --suggest-config > link.json\n\nEm --out escreve pairs.csv, clusters.csv, linked.csv, review.csv e report.html; nada se a execução falhar.",
    "flag.config":
      'Configuração: {"left": mapeamento, "right": mapeamento, "settings": ajustes} (sem ela, um mapeamento é sugerido)',
    "flag.truth":
      "Arquivo de verdade para avaliar: colunas left,right (pares) ou id,entity com source opcional (grupos)",
    "flag.truthKey":
      "Tira a verdade dos ids com esta expressão: o primeiro grupo é a pessoa (p. ex. rec-(\\d+))",
    "flag.engine": "Motor: inprocess (padrão) ou duckdb (tabelas maiores que a memória)",
    "flag.out": "Pasta onde escrever os pares, grupos, a tabela vinculada, a revisão e o relatório",
    "flag.pairsFormat": "Formato dos pares: csv (padrão) ou jsonl",
    "flag.suggestConfig": "Imprime uma configuração sugerida para salvar e editar, sem vincular",
    "flag.schema": "Quais campos codificar e como (JSON)",
    "flag.secretFile": "Arquivo com o segredo compartilhado (nunca na linha de comando)",
    titleLink: "Vinculação de registros",
    titleDedupe: "Duplicados em um registro",
    sides: "Registros lidos",
    side: "lado",
    records: "registros",
    field: "campo",
    present: "com valor",
    missing: "ausentes",
    column: "coluna",
    invalid: "inválidos",
    unparsed: "não lidos",
    dateDetected: (p) => `Datas de nascimento lidas como ${p.format} (formato detectado nos valores)`,
    dateDeclared: (p) => `Datas de nascimento lidas como ${p.format} (formato declarado)`,
    encodeTitle: "Codificação para vinculação com privacidade",
    encodedTitle: "Vinculação de registros codificados",
    encodedLine: (p, w) =>
      `${w.count(p.records, { one: "registro codificado", other: "registros codificados" })} (campos: ${p.fields})`,
    fingerprint: (p) => `Impressão do esquema: ${p.fingerprint}`,
    wroteFiles: (p) => `Escrito: ${p.files}`,
    shareHint:
      "Compartilhe só estes dois arquivos com a outra parte; o segredo vai por outro canal e nunca em um arquivo compartilhado.",
    encodedLinks: (p, w) =>
      `${w.count(p.links, { one: "vínculo", other: "vínculos" })} (similaridade de Dice ≥ ${w.number(p.threshold)}, um a um)`,
    "id.exact": "iguais",
    "id.swapped": "trocados",
    "id.one-missing": "falta um (os de um registro estão no outro)",
    "id.first-exact": "o primeiro igual",
    "id.token-subset": "um contém o outro",
    "id.jw-0.92-both": "ambos parecidos (Jaro–Winkler ≥ 0,92)",
    "id.first-jw-0.88": "o primeiro parecido (Jaro–Winkler ≥ 0,88)",
    "id.phonetic": "soam igual",
    "id.day-month-swap": "dia e mês invertidos",
    "step.block": "blocando",
    "step.sample": "pares ao acaso",
    "step.compare": "comparando",
    "step.train": "treinando",
    "step.score": "pontuando",
    "step.cluster": "agrupando",
    flaggedLine: (p, w) =>
      `${w.count(p.count, { one: "grupo para olhar", other: "grupos para olhar" })}: grandes ${w.number(p.large)}, com dois documentos válidos diferentes ${w.number(p.conflicting)}`,
    notes: "notas",
    invalidIds: (p, w) =>
      `${w.count(p.count, { one: "documento com dígito verificador inválido", other: "documentos com dígito verificador inválido" })}`,
    blocking: "Comparações por regra de blocagem",
    rule: "regra",
    marginal: "pares da regra",
    cumulative: "acumulado (união)",
    blockingChange: (p, w) =>
      p.action === "tightened"
        ? `A regra padrão ${p.rule} (${w.count(p.marginal, { one: "par", other: "pares" })}) passava de um quarto do limite: o ano de nascimento foi acrescentado (${p.to}).`
        : `A regra padrão ${p.rule} (${w.count(p.marginal, { one: "par", other: "pares" })}) foi retirada: passava de um quarto do limite, ou a união passava do limite.`,
    blockingLine: (p, w) =>
      `  ${p.rule}: ${w.count(p.marginal, { one: "par", other: "pares" })} (acumulado ${w.number(p.cumulative)})`,
    blockingHead: (p, w) =>
      `Comparações por regra de blocagem, antes de comparar (limite ${w.number(p.cap)}):`,
    model: "Modelo treinado (Fellegi–Sunter, sem rótulos)",
    prior: (p, w) =>
      `Probabilidade prévia de dois registros ao acaso serem a mesma pessoa: ${w.number(p.prior, { maximumSignificantDigits: 3 })}`,
    comparison: "comparação",
    level: "nível",
    weight: "peso",
    results: "Resultados",
    compared: (p, w) => `${w.count(p.count, { one: "par comparado", other: "pares comparados" })}`,
    linksLine: (p, w) =>
      `${w.count(p.links, { one: "vínculo", other: "vínculos" })} (probabilidade ≥ ${w.number(p.threshold)})`,
    reviewLine: (p, w) =>
      `${w.count(p.review, { one: "par", other: "pares" })} para revisão manual (probabilidade entre ${w.number(p.from)} e ${w.number(p.threshold)})`,
    clustersLine: (p, w) =>
      `${w.count(p.clusters, { one: "grupo", other: "grupos" })} de mais de um registro (${w.count(p.people, { one: "registro", other: "registros" })})`,
    evaluation: "Avaliação contra a verdade",
    evalPairs: (p, w) =>
      `Pares: precisão ${w.number(p.precision, { maximumFractionDigits: 4 })}, revocação ${w.number(p.recall, { maximumFractionDigits: 4 })}, F1 ${w.number(p.f1, { maximumFractionDigits: 4 })}`,
    evalCounts: (p, w) =>
      `${w.count(p.truePairs, { one: "par verdadeiro", other: "pares verdadeiros" })}, ${w.count(p.predictedPairs, { one: "vinculado", other: "vinculados" })}, ${w.count(p.truePositives, { one: "acerto", other: "acertos" })}`,
    evalClusters: (p, w) =>
      `Grupos: encontrados ${w.number(p.predicted)}, verdadeiros ${w.number(p.truth)}, exatos ${w.number(p.exact)} (precisão ${w.number(p.precision, { maximumFractionDigits: 4 })}, revocação ${w.number(p.recall, { maximumFractionDigits: 4 })})`,
    topPairs: "Vínculos mais fortes, campo a campo",
    reviewPairs: "Pares para revisão, campo a campo",
    pairHead: (p, w) =>
      `${p.left} ↔ ${p.right}: probabilidade ${w.number(p.probability, { maximumFractionDigits: 4 })}`,
    priorStep: "prévia",
    finalStep: "peso final",
    nullLevel: "ausente em algum lado (sem evidência)",
    elseLevel: "diferentes",
    "lvl.exact": "iguais",
    "lvl.phonetic": "soam igual",
    "lvl.jaroWinkler": (p, w) => `parecidos (Jaro–Winkler ≥ ${w.number(p.min)})`,
    "lvl.damerau": (p, w) =>
      `no máximo ${w.count(p.max, { one: "erro de digitação", other: "erros de digitação" })}`,
    "lvl.crossed": (p) => `trocados: ${p.a} ↔ ${p.b}`,
    "lvl.daySwap": "dia e mês invertidos",
    "lvl.dateWithin": (p, w) => `a ${w.count(p.days, { one: "dia", other: "dias" })} ou menos`,
    "lvl.tokenSubset": "um contém o outro",
    "lvl.and": " e ",
    "lvl.or": " ou ",
    wrote: (p) => `Escrito em ${p.dir}: ${p.files}`,
    suggested:
      "Configuração sugerida (salve com --suggest-config > link.json, revise as colunas e rode de novo com --config link.json):",
    usingSuggested:
      "Sem --config: usa-se o mapeamento sugerido (salve com --suggest-config > link.json para editá-lo).",
    noOut: "Sem --out não se escrevem pares nem grupos; só se imprime o relatório.",
    badConfig: (p) =>
      `${p.path}: ${p.where}: ${p.problem}. Exemplo válido: {"left":{"fullName":"nombre"},"right":{"fullName":"nombre_completo"},"settings":{"threshold":0.9}}`,
    truthColumns: (p) =>
      `${p.path}: o arquivo de verdade precisa das colunas left,right (pares) ou id,entity (grupos)`,
    noTruthKey: (p) =>
      `--truth-key «${p.pattern}» não é uma expressão válida com um grupo (por exemplo rec-(\\d+))`,
    badDecision: (p) =>
      `${p.path}, linha ${p.row}: a decisão «${p.value}» não é sim/não (aceita-se sim, não, nao, si, sí, yes, no ou vazio)`,
    reviewColumns: (p) =>
      `${p.path}: falta a coluna left_id, right_id ou decision (use o review.csv que ciudata link escreveu)`,
    decisions: (p, w) =>
      `Decisões importadas: ${w.count(p.yes, { one: "par confirmado", other: "pares confirmados" })}, ${w.count(p.no, { one: "par descartado", other: "pares descartados" })}`,
    secretMissing:
      "Falta o segredo: coloque-o na variável de ambiente CIUDATA_LINK_SECRET ou em um arquivo com --secret-file (nunca na linha de comando)",
  },
});
