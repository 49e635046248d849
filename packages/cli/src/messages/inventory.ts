import { defineCatalogs } from "@ciudata/core";

/** The texts of `ciudata inventory`, in es, en and pt. */
export const inventoryMessages = defineCatalogs({
  es: {
    summary:
      "Lleva el inventario de datos de la ciudad: alta, importación, revisión de calidad fechada e informe",
    usage:
      "ciudata inventory init [inventario.json] [--city nombre] [--areas id,id…]\nciudata inventory import <plantilla.csv> [--into inventario.json]\nciudata inventory import --from-portal <url> [--into inventario.json]\nciudata inventory add <inventario.json> --id <id> --title <título> --area <id> --access public|internal|restricted|non-public [--state …] [--periodicity R/P1M] [--url ruta|URL] [--personal] …\nciudata inventory check <inventario.json>\nciudata inventory validate <inventario.json> [--as-of AAAA-MM-DD] [--dataset id]\nciudata inventory report <inventario.json> [--as-of AAAA-MM-DD] [--format text|md|html|json] [--out archivo]\nvalidate revisa calidad, datos personales y desagregación (si los datos son sobre personas) de cada conjunto que puede leer y agrega el resultado fechado a su historial (nunca lo reemplaza). Las rutas relativas se leen desde la carpeta del inventario. Sale con 1 si hay problemas en los datos, con 2 si la entrada no sirve; el archivo de entrada nunca se modifica salvo el inventario que se actualiza, y este se escribe de una vez.",
    "flag.city": "init/import: nombre de la ciudad",
    "flag.areas": "init: áreas que deben inventariar, separadas por comas (id o id:Nombre)",
    "flag.into": "import: inventario donde se agregan las filas (se crea si no existe)",
    "flag.fromPortal": "import: URL de un portal (CKAN, DCAT, Socrata…) cuyo catálogo se importa",
    "flag.asOf": "validate/report: fecha de la revisión o del informe (AAAA-MM-DD)",
    "flag.dataset": "validate: revisar solo este conjunto (id)",
    "flag.id": "add: id del conjunto (minúsculas y guiones)",
    "flag.title": "add: título",
    "flag.description": "add: descripción",
    "flag.area": "add: id del área responsable",
    "flag.access": "add: nivel de acceso",
    "flag.state": "add: estado (existing por omisión)",
    "flag.periodicity": "add: periodicidad ISO 8601 (R/P1M) o eventual",
    "flag.url": "add: ruta o URL de descarga",
    "flag.fileFormat": "add: formato de la distribución (CSV…)",
    "flag.personal": "add: contiene datos personales",
    "flag.contact": "add: punto de contacto",
    "flag.license": "add: licencia",
    "flag.modified": "add: fecha de la última actualización (AAAA-MM-DD)",
    "flag.keyword": "add: palabras clave, separadas por comas",
    created: (p: { file: string; template: string }) =>
      `Inventario vacío creado en ${p.file}; plantilla para completar en planilla: ${p.template}.`,
    exists: (p: { file: string }) =>
      `${p.file} ya existe: no se reemplaza. Elija otro nombre o bórrelo si de verdad quiere empezar de cero.`,
    imported: (p: { file: string; added: number; updated: number }, w) =>
      `${p.file}: ${w.count(p.added, { one: "conjunto agregado", other: "conjuntos agregados" })}, ${w.count(p.updated, { one: "actualizado", other: "actualizados" })} (el historial de revisiones se conserva).`,
    newAreas: (p: { areas: string }) => `Áreas nuevas agregadas a orgUnits (revise sus nombres): ${p.areas}.`,
    portalGuess: (p: { count: number }, w) =>
      `${w.count(p.count, { one: "conjunto del portal quedó", other: "conjuntos del portal quedaron" })} con acceso público, sin datos personales declarados y con la organización del portal como área: es una suposición; corrija lo que no sea así y corra «inventory validate» para escanear datos personales.`,
    added: (p: { id: string; file: string }) => `Conjunto «${p.id}» agregado a ${p.file}.`,
    badRows: (p: { file: string; count: number }, w) =>
      `${p.file}: ${w.count(p.count, { one: "problema", other: "problemas" })}; no se escribió nada:`,
    valid: (p: { file: string; datasets: number; areas: number }, w) =>
      `${p.file}: inventario válido — ${w.count(p.datasets, { one: "conjunto", other: "conjuntos" })}, ${w.count(p.areas, { one: "área", other: "áreas" })}.`,
    invalid: (p: { file: string }) => `${p.file}: el inventario no es válido`,
    reasonStatus: (p: { detail: string }) => `el servidor respondió ${p.detail}`,
    reasonNotFound: "el archivo no existe",
    reasonFolder: "es una carpeta, no un archivo",
    reasonNetwork: (p: { detail: string }) => `no hubo conexión: ${p.detail}`,
    warnings: "Avisos",
    validated: (p: { file: string; date: string; count: number }, w) =>
      `${p.file}: ${w.count(p.count, { one: "revisión agregada", other: "revisiones agregadas" })} con fecha ${p.date}.`,
    unreachable: (p: { id: string; source: string; reason: string }) =>
      `Conjunto «${p.id}»: no se pudo leer ${p.source} (${p.reason}); no se agregó revisión. Revise la ruta o URL en distribution.`,
    skipped: (p: { id: string }) =>
      `Conjunto «${p.id}»: sin distribución para revisar (planeado, retirado o sin ruta).`,
    unknownDataset: (p: { id: string; closest: string }) =>
      `--dataset «${p.id}»: el inventario no tiene ese conjunto${p.closest ? `; ¿quiso decir «${p.closest}»?` : "."}`,
    checkDate: (p: { flag: string; value: string }) =>
      `--${p.flag} espera una fecha AAAA-MM-DD, por ejemplo 2026-03-31; se recibió «${p.value}».`,
    needsFile: (p: { sub: string }) =>
      `inventory ${p.sub} necesita el archivo del inventario (inventario.json).`,
    needsSource: "inventory import necesita una planilla CSV o --from-portal <url>.",
    portalFailed: (p: { url: string; reason: string }) =>
      `No se pudo leer el catálogo de ${p.url} (${p.reason}). Revise la URL del portal.`,
    reviewLine: (p: {
      id: string;
      score: string;
      outcome: string;
      personal: string;
      disaggregation: string;
    }) => `  ${p.id}: calidad ${p.score} (${p.outcome}); datos personales: ${p.personal}${p.disaggregation}`,
    directFound: (p: { columns: string }) => `identificadores directos en ${p.columns}`,
    noDirect: "sin identificadores directos",
    disaggregationFindings: (p: { errors: number; warnings: number }, w) =>
      `; desagregación: ${w.count(p.errors, { one: "error", other: "errores" })}, ${w.count(p.warnings, { one: "aviso", other: "avisos" })}`,
    reportTitle: (p: { city: string; asOf: string }) =>
      `Inventario de datos${p.city ? ` — ${p.city}` : ""} al ${p.asOf}`,
    summaryLine: (p: { datasets: number; inventoried: number; areas: number; passed: number }, w) =>
      `${w.count(p.datasets, { one: "conjunto", other: "conjuntos" })}; ${w.number(p.inventoried)} de ${w.count(p.areas, { one: "área", other: "áreas" })} inventariaron; ${w.number(p.passed)} pasaron el protocolo de calidad.`,
    statusLine: (p: { coverage: string; updated: string; required: string }) =>
      `Cobertura: ${p.coverage} de las áreas · al día: ${p.updated} · campos DCAT-AR obligatorios: ${p.required}.`,
    coverage: "Cobertura por área",
    area: "Área",
    datasets: "Conjuntos",
    reviewed: "Revisados",
    passed: "Sin fallas",
    protocol: "Protocolo de calidad",
    yes: "sí",
    no: "no",
    stale: "Desactualizados según su periodicidad",
    dataset: "Conjunto",
    periodicity: "Periodicidad",
    modified: "Última actualización",
    due: "Vencía",
    daysOverdue: "Días de atraso",
    never: "sin fecha",
    personalNoReview: "Con datos personales y sin revisión de privacidad",
    trends: "Evolución de los puntajes",
    reviews: "Revisiones (fecha: puntaje)",
    change: "Cambio",
    sourceChanged: "Datos cambiaron",
    none: "ninguno",
    passedRule:
      "Un área pasa el protocolo de calidad cuando todos sus conjuntos existentes o publicados tienen una revisión sin resultado «fail» a la fecha.",
  },
  en: {
    summary: "Keep the city's data inventory: add, import, dated quality reviews and a report",
    usage:
      "ciudata inventory init [inventory.json] [--city name] [--areas id,id…]\nciudata inventory import <template.csv> [--into inventory.json]\nciudata inventory import --from-portal <url> [--into inventory.json]\nciudata inventory add <inventory.json> --id <id> --title <title> --area <id> --access public|internal|restricted|non-public [--state …] [--periodicity R/P1M] [--url path|URL] [--personal] …\nciudata inventory check <inventory.json>\nciudata inventory validate <inventory.json> [--as-of YYYY-MM-DD] [--dataset id]\nciudata inventory report <inventory.json> [--as-of YYYY-MM-DD] [--format text|md|html|json] [--out file]\nvalidate reviews quality, personal data and disaggregation (when the rows are about people) of every dataset it can read and appends the dated result to its history (never replacing it). Relative paths are read from the inventory's folder. Exits 1 on data problems, 2 when the input cannot be used; input files are never modified except the inventory being updated, which is written in one go.",
    "flag.city": "init/import: the city's name",
    "flag.areas": "init: areas that must inventory their data, comma-separated (id or id:Name)",
    "flag.into": "import: inventory the rows are added to (created when missing)",
    "flag.fromPortal": "import: URL of a portal (CKAN, DCAT, Socrata…) whose catalog is imported",
    "flag.asOf": "validate/report: date of the review or report (YYYY-MM-DD)",
    "flag.dataset": "validate: review only this dataset (id)",
    "flag.id": "add: dataset id (lowercase and hyphens)",
    "flag.title": "add: title",
    "flag.description": "add: description",
    "flag.area": "add: id of the owner area",
    "flag.access": "add: access level",
    "flag.state": "add: state (existing by default)",
    "flag.periodicity": "add: ISO 8601 periodicity (R/P1M) or eventual",
    "flag.url": "add: download path or URL",
    "flag.fileFormat": "add: the distribution's format (CSV…)",
    "flag.personal": "add: holds personal data",
    "flag.contact": "add: contact point",
    "flag.license": "add: licence",
    "flag.modified": "add: date of the last update (YYYY-MM-DD)",
    "flag.keyword": "add: keywords, comma-separated",
    created: (p: { file: string; template: string }) =>
      `Empty inventory created in ${p.file}; spreadsheet template to fill in: ${p.template}.`,
    exists: (p: { file: string }) =>
      `${p.file} already exists: it is not replaced. Choose another name, or delete it if you really want to start over.`,
    imported: (p: { file: string; added: number; updated: number }, w) =>
      `${p.file}: ${w.count(p.added, { one: "dataset added", other: "datasets added" })}, ${w.count(p.updated, { one: "updated", other: "updated" })} (the review history is kept).`,
    newAreas: (p: { areas: string }) => `New areas added to orgUnits (check their names): ${p.areas}.`,
    portalGuess: (p: { count: number }, w) =>
      `${w.count(p.count, { one: "portal dataset was", other: "portal datasets were" })} given public access, no declared personal data and the portal's organisation as area: a guess; fix what is not so and run "inventory validate" to scan for personal data.`,
    added: (p: { id: string; file: string }) => `Dataset "${p.id}" added to ${p.file}.`,
    badRows: (p: { file: string; count: number }, w) =>
      `${p.file}: ${w.count(p.count, { one: "problem", other: "problems" })}; nothing was written:`,
    valid: (p: { file: string; datasets: number; areas: number }, w) =>
      `${p.file}: valid inventory — ${w.count(p.datasets, { one: "dataset", other: "datasets" })}, ${w.count(p.areas, { one: "area", other: "areas" })}.`,
    invalid: (p: { file: string }) => `${p.file}: the inventory is not valid`,
    reasonStatus: (p: { detail: string }) => `the server answered ${p.detail}`,
    reasonNotFound: "the file does not exist",
    reasonFolder: "it is a folder, not a file",
    reasonNetwork: (p: { detail: string }) => `no connection: ${p.detail}`,
    warnings: "Warnings",
    validated: (p: { file: string; date: string; count: number }, w) =>
      `${p.file}: ${w.count(p.count, { one: "review", other: "reviews" })} appended, dated ${p.date}.`,
    unreachable: (p: { id: string; source: string; reason: string }) =>
      `Dataset "${p.id}": could not read ${p.source} (${p.reason}); no review appended. Check the path or URL in distribution.`,
    skipped: (p: { id: string }) => `Dataset "${p.id}": nothing to review (planned, retired or no path).`,
    unknownDataset: (p: { id: string; closest: string }) =>
      `--dataset "${p.id}": the inventory has no such dataset${p.closest ? `; did you mean "${p.closest}"?` : "."}`,
    checkDate: (p: { flag: string; value: string }) =>
      `--${p.flag} expects a date YYYY-MM-DD, for example 2026-03-31; received "${p.value}".`,
    needsFile: (p: { sub: string }) =>
      `The inventory file (inventory.json) is missing for inventory ${p.sub}.`,
    needsSource: "inventory import needs a CSV spreadsheet or --from-portal <url>.",
    portalFailed: (p: { url: string; reason: string }) =>
      `Could not read the catalog of ${p.url} (${p.reason}). Check the portal's URL.`,
    reviewLine: (p: {
      id: string;
      score: string;
      outcome: string;
      personal: string;
      disaggregation: string;
    }) => `  ${p.id}: quality ${p.score} (${p.outcome}); personal data: ${p.personal}${p.disaggregation}`,
    directFound: (p: { columns: string }) => `direct identifiers in ${p.columns}`,
    noDirect: "no direct identifiers",
    disaggregationFindings: (p: { errors: number; warnings: number }, w) =>
      `; disaggregation: ${w.count(p.errors, { one: "error", other: "errors" })}, ${w.count(p.warnings, { one: "warning", other: "warnings" })}`,
    reportTitle: (p: { city: string; asOf: string }) =>
      `Data inventory on ${p.asOf}${p.city ? ` — ${p.city}` : ""}`,
    summaryLine: (p: { datasets: number; inventoried: number; areas: number; passed: number }, w) =>
      `${w.count(p.datasets, { one: "dataset", other: "datasets" })}; ${w.number(p.inventoried)} of ${w.count(p.areas, { one: "area", other: "areas" })} have inventoried; ${w.number(p.passed)} passed the quality protocol.`,
    statusLine: (p: { coverage: string; updated: string; required: string }) =>
      `Coverage: ${p.coverage} of areas · up to date: ${p.updated} · DCAT-AR required fields: ${p.required}.`,
    coverage: "Coverage by area",
    area: "Area",
    datasets: "Datasets",
    reviewed: "Reviewed",
    passed: "Not failing",
    protocol: "Quality protocol",
    yes: "yes",
    no: "no",
    stale: "Stale against their periodicity",
    dataset: "Dataset",
    periodicity: "Periodicity",
    modified: "Last update",
    due: "Was due",
    daysOverdue: "Days overdue",
    never: "no date",
    personalNoReview: "With personal data and no privacy review",
    trends: "Score trends",
    reviews: "Reviews (date: score)",
    change: "Change",
    sourceChanged: "Data changed",
    none: "none",
    passedRule:
      'An area passes the quality protocol when every existing or published dataset of it has a review without a "fail" outcome as of the date.',
  },
  pt: {
    summary:
      "Mantém o inventário de dados da cidade: inclusão, importação, revisões de qualidade datadas e relatório",
    usage:
      "ciudata inventory init [inventario.json] [--city nome] [--areas id,id…]\nciudata inventory import <modelo.csv> [--into inventario.json]\nciudata inventory import --from-portal <url> [--into inventario.json]\nciudata inventory add <inventario.json> --id <id> --title <título> --area <id> --access public|internal|restricted|non-public [--state …] [--periodicity R/P1M] [--url caminho|URL] [--personal] …\nciudata inventory check <inventario.json>\nciudata inventory validate <inventario.json> [--as-of AAAA-MM-DD] [--dataset id]\nciudata inventory report <inventario.json> [--as-of AAAA-MM-DD] [--format text|md|html|json] [--out arquivo]\nvalidate revisa qualidade, dados pessoais e desagregação (quando os dados são sobre pessoas) de cada conjunto que consegue ler e acrescenta o resultado datado ao histórico (nunca o substitui). Caminhos relativos são lidos a partir da pasta do inventário. Sai com 1 se há problemas nos dados, com 2 se a entrada não serve; os arquivos de entrada nunca são modificados, exceto o inventário atualizado, que é gravado de uma vez.",
    "flag.city": "init/import: nome da cidade",
    "flag.areas": "init: áreas que devem inventariar, separadas por vírgulas (id ou id:Nome)",
    "flag.into": "import: inventário onde as linhas são acrescentadas (criado se não existir)",
    "flag.fromPortal": "import: URL de um portal (CKAN, DCAT, Socrata…) cujo catálogo é importado",
    "flag.asOf": "validate/report: data da revisão ou do relatório (AAAA-MM-DD)",
    "flag.dataset": "validate: revisar só este conjunto (id)",
    "flag.id": "add: id do conjunto (minúsculas e hífens)",
    "flag.title": "add: título",
    "flag.description": "add: descrição",
    "flag.area": "add: id da área responsável",
    "flag.access": "add: nível de acesso",
    "flag.state": "add: situação (existing por padrão)",
    "flag.periodicity": "add: periodicidade ISO 8601 (R/P1M) ou eventual",
    "flag.url": "add: caminho ou URL de download",
    "flag.fileFormat": "add: formato da distribuição (CSV…)",
    "flag.personal": "add: contém dados pessoais",
    "flag.contact": "add: ponto de contato",
    "flag.license": "add: licença",
    "flag.modified": "add: data da última atualização (AAAA-MM-DD)",
    "flag.keyword": "add: palavras-chave, separadas por vírgulas",
    created: (p: { file: string; template: string }) =>
      `Inventário vazio criado em ${p.file}; modelo para preencher em planilha: ${p.template}.`,
    exists: (p: { file: string }) =>
      `${p.file} já existe: não é substituído. Escolha outro nome ou apague-o se quiser mesmo recomeçar.`,
    imported: (p: { file: string; added: number; updated: number }, w) =>
      `${p.file}: ${w.count(p.added, { one: "conjunto acrescentado", other: "conjuntos acrescentados" })}, ${w.count(p.updated, { one: "atualizado", other: "atualizados" })} (o histórico de revisões é mantido).`,
    newAreas: (p: { areas: string }) => `Áreas novas acrescentadas a orgUnits (revise os nomes): ${p.areas}.`,
    portalGuess: (p: { count: number }, w) =>
      `${w.count(p.count, { one: "conjunto do portal ficou", other: "conjuntos do portal ficaram" })} com acesso público, sem dados pessoais declarados e com a organização do portal como área: é uma suposição; corrija o que não for assim e rode «inventory validate» para escanear dados pessoais.`,
    added: (p: { id: string; file: string }) => `Conjunto «${p.id}» acrescentado a ${p.file}.`,
    badRows: (p: { file: string; count: number }, w) =>
      `${p.file}: ${w.count(p.count, { one: "problema", other: "problemas" })}; nada foi gravado:`,
    valid: (p: { file: string; datasets: number; areas: number }, w) =>
      `${p.file}: inventário válido — ${w.count(p.datasets, { one: "conjunto", other: "conjuntos" })}, ${w.count(p.areas, { one: "área", other: "áreas" })}.`,
    invalid: (p: { file: string }) => `${p.file}: o inventário não é válido`,
    reasonStatus: (p: { detail: string }) => `o servidor respondeu ${p.detail}`,
    reasonNotFound: "o arquivo não existe",
    reasonFolder: "é uma pasta, não um arquivo",
    reasonNetwork: (p: { detail: string }) => `não houve conexão: ${p.detail}`,
    warnings: "Avisos",
    validated: (p: { file: string; date: string; count: number }, w) =>
      `${p.file}: ${w.count(p.count, { one: "revisão acrescentada", other: "revisões acrescentadas" })} com data ${p.date}.`,
    unreachable: (p: { id: string; source: string; reason: string }) =>
      `Conjunto «${p.id}»: não foi possível ler ${p.source} (${p.reason}); nenhuma revisão acrescentada. Revise o caminho ou URL em distribution.`,
    skipped: (p: { id: string }) =>
      `Conjunto «${p.id}»: nada para revisar (planejado, retirado ou sem caminho).`,
    unknownDataset: (p: { id: string; closest: string }) =>
      `--dataset «${p.id}»: o inventário não tem esse conjunto${p.closest ? `; quis dizer «${p.closest}»?` : "."}`,
    checkDate: (p: { flag: string; value: string }) =>
      `--${p.flag} espera uma data AAAA-MM-DD, por exemplo 2026-03-31; recebeu «${p.value}».`,
    needsFile: (p: { sub: string }) =>
      `inventory ${p.sub} precisa do arquivo do inventário (inventario.json).`,
    needsSource: "inventory import precisa de uma planilha CSV ou --from-portal <url>.",
    portalFailed: (p: { url: string; reason: string }) =>
      `Não foi possível ler o catálogo de ${p.url} (${p.reason}). Revise a URL do portal.`,
    reviewLine: (p: {
      id: string;
      score: string;
      outcome: string;
      personal: string;
      disaggregation: string;
    }) => `  ${p.id}: qualidade ${p.score} (${p.outcome}); dados pessoais: ${p.personal}${p.disaggregation}`,
    directFound: (p: { columns: string }) => `identificadores diretos em ${p.columns}`,
    noDirect: "sem identificadores diretos",
    disaggregationFindings: (p: { errors: number; warnings: number }, w) =>
      `; desagregação: ${w.count(p.errors, { one: "erro", other: "erros" })}, ${w.count(p.warnings, { one: "aviso", other: "avisos" })}`,
    reportTitle: (p: { city: string; asOf: string }) =>
      `Inventário de dados${p.city ? ` — ${p.city}` : ""} em ${p.asOf}`,
    summaryLine: (p: { datasets: number; inventoried: number; areas: number; passed: number }, w) =>
      `${w.count(p.datasets, { one: "conjunto", other: "conjuntos" })}; ${w.number(p.inventoried)} de ${w.count(p.areas, { one: "área", other: "áreas" })} inventariaram; ${w.number(p.passed)} passaram no protocolo de qualidade.`,
    statusLine: (p: { coverage: string; updated: string; required: string }) =>
      `Cobertura das áreas: ${p.coverage} · em dia: ${p.updated} · campos DCAT-AR obrigatórios: ${p.required}.`,
    coverage: "Cobertura por área",
    area: "Área",
    datasets: "Conjuntos",
    reviewed: "Revisados",
    passed: "Sem falhas",
    protocol: "Protocolo de qualidade",
    yes: "sim",
    no: "não",
    stale: "Desatualizados segundo a periodicidade",
    dataset: "Conjunto",
    periodicity: "Periodicidade",
    modified: "Última atualização",
    due: "Vencia",
    daysOverdue: "Dias de atraso",
    never: "sem data",
    personalNoReview: "Com dados pessoais e sem revisão de privacidade",
    trends: "Evolução das pontuações",
    reviews: "Revisões (data: pontuação)",
    change: "Variação",
    sourceChanged: "Dados mudaram",
    none: "nenhum",
    passedRule:
      "Uma área passa no protocolo de qualidade quando todos os seus conjuntos existentes ou publicados têm uma revisão sem resultado «fail» na data.",
  },
});
